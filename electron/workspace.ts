import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectId, projectSummary, type ProjectSummary } from '../shared/domain/project';
import { AppError } from './errors';

/** Recent projects as shown on the home screen; the project files themselves are the truth. */
interface IndexFile {
  version: 1;
  projects: ProjectSummary[];
}

export class Workspace {
  readonly projectsDir: string;
  readonly backupsDir: string;
  readonly tmpDir: string;
  private readonly indexPath: string;

  constructor(readonly dataDir: string) {
    this.dataDir = path.resolve(dataDir);
    this.projectsDir = path.join(this.dataDir, 'projects');
    this.backupsDir = path.join(this.dataDir, 'backups');
    this.tmpDir = path.join(this.dataDir, 'tmp');
    this.indexPath = path.join(this.dataDir, 'workspace.json');
    for (const dir of [this.projectsDir, this.backupsDir, this.tmpDir]) fs.mkdirSync(dir, { recursive: true });
  }

  projectFile(id: string): string {
    return this.inside(this.projectsDir, `${checkedId(id)}.klaster`);
  }

  backupDir(id: string): string {
    return this.inside(this.backupsDir, checkedId(id));
  }

  /** A path under `dir`, or an error: no name may lead out of the data folder. */
  inside(dir: string, name: string): string {
    const file = path.resolve(dir, name);
    const rel = path.relative(dir, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new AppError('invalid_input', 'invalid_input', 'The name leads outside the data folder');
    }
    return file;
  }

  list(): ProjectSummary[] {
    let parsed: { projects?: unknown };
    try {
      parsed = JSON.parse(fs.readFileSync(this.indexPath, 'utf8')) as { projects?: unknown };
    } catch {
      return this.rebuild();
    }
    if (!Array.isArray(parsed.projects)) return this.rebuild();
    // One bad entry (edited by hand, left by an old bug) is skipped, never fatal to the list;
    // an entry whose file was removed outside the app is simply not offered any more.
    return parsed.projects.flatMap((entry) => {
      const ok = projectSummary.safeParse(entry);
      return ok.success && fs.existsSync(this.projectFile(ok.data.id)) ? [ok.data] : [];
    });
  }

  has(id: string): boolean {
    return fs.existsSync(this.projectFile(id)) || this.list().some((p) => p.id === id);
  }

  upsert(entry: Omit<ProjectSummary, 'openedAt'> & { openedAt?: string | null }): void {
    const projects = this.list();
    const old = projects.find((p) => p.id === entry.id);
    const next: ProjectSummary = { ...entry, openedAt: entry.openedAt ?? old?.openedAt ?? null };
    this.write(old ? projects.map((p) => (p.id === entry.id ? next : p)) : [...projects, next]);
  }

  remove(id: string): void {
    this.write(this.list().filter((p) => p.id !== id));
  }

  private write(projects: ProjectSummary[]): void {
    // Write then rename, so a crash leaves either the old or the new index, never half of one;
    // the temporary name is unique, so two writers never share (and lose) one.
    const tmp = `${this.indexPath}.${process.pid}-${randomUUID()}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify({ version: 1, projects } satisfies IndexFile, null, 2));
      fs.renameSync(tmp, this.indexPath);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }

  /** A lost or unreadable index is rebuilt from the file names; names return on next open. */
  private rebuild(): ProjectSummary[] {
    const projects = fs
      .readdirSync(this.projectsDir)
      .filter((f) => f.endsWith('.klaster') && projectId.safeParse(f.slice(0, -'.klaster'.length)).success)
      .map((f) => {
        const id = f.slice(0, -'.klaster'.length);
        const stat = fs.statSync(path.join(this.projectsDir, f));
        return { id, name: id, product: '', regency: '', updatedAt: stat.mtime.toISOString(), openedAt: null };
      });
    this.write(projects);
    return projects;
  }
}

function checkedId(id: string): string {
  if (!projectId.safeParse(id).success) throw new AppError('invalid_input', 'invalid_input', 'A project id is a UUID');
  return id;
}
