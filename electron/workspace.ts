import fs from 'node:fs';
import path from 'node:path';
import type { ProjectSummary } from '../shared/domain/project';

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
    this.projectsDir = path.join(dataDir, 'projects');
    this.backupsDir = path.join(dataDir, 'backups');
    this.tmpDir = path.join(dataDir, 'tmp');
    this.indexPath = path.join(dataDir, 'workspace.json');
    for (const dir of [this.projectsDir, this.backupsDir, this.tmpDir]) fs.mkdirSync(dir, { recursive: true });
  }

  projectFile(id: string): string {
    return path.join(this.projectsDir, `${id}.klaster`);
  }

  backupDir(id: string): string {
    return path.join(this.backupsDir, id);
  }

  list(): ProjectSummary[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.indexPath, 'utf8')) as IndexFile;
      // An entry whose file was removed outside the app is simply not offered any more.
      return parsed.projects.filter((p) => fs.existsSync(this.projectFile(p.id)));
    } catch {
      return this.rebuild();
    }
  }

  has(id: string): boolean {
    return this.list().some((p) => p.id === id);
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
    // Write then rename, so a crash leaves either the old or the new index, never half of one.
    const tmp = `${this.indexPath}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, projects } satisfies IndexFile, null, 2));
    fs.renameSync(tmp, this.indexPath);
  }

  /** A lost or unreadable index is rebuilt from the file names; names return on next open. */
  private rebuild(): ProjectSummary[] {
    const projects = fs
      .readdirSync(this.projectsDir)
      .filter((f) => f.endsWith('.klaster'))
      .map((f) => {
        const id = f.slice(0, -'.klaster'.length);
        const stat = fs.statSync(path.join(this.projectsDir, f));
        return { id, name: id, product: '', regency: '', updatedAt: stat.mtime.toISOString(), openedAt: null };
      });
    this.write(projects);
    return projects;
  }
}
