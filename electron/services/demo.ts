import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Project } from '../../shared/domain/project';
import { projectDetails } from '../../shared/domain/project';
import { relationFields } from '../../shared/domain/relation';
import { stakeholderFields } from '../../shared/domain/stakeholder';
import type { ServiceContext } from './context';
import { createProject } from './projects';
import { readProject } from './projectRows';
import { stakeholderColumns } from './stakeholderRows';

const demoFile = z.object({
  formatVersion: z.literal(1),
  project: projectDetails,
  smallGroups: z.array(z.object({ key: z.string(), name: z.string(), area: z.string() })),
  stakeholders: z.array(stakeholderFields.omit({ smallGroupId: true }).extend({ key: z.string(), smallGroup: z.string().nullable() })),
  ties: z.array(relationFields.omit({ sourceId: true, targetId: true }).extend({ source: z.string(), target: z.string() })),
});

function insert(db: ReturnType<ServiceContext['store']['db']>, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

/** The shipped demo always opens as a fresh, editable copy; its creation is not an undo step. */
export function createDemoProject(ctx: ServiceContext): Project {
  const demo = demoFile.parse(JSON.parse(fs.readFileSync(path.join(ctx.resourcesDir, 'demo', 'demo-project.json'), 'utf8')));
  const project = createProject(ctx, demo.project);
  const db = ctx.store.db(project.id);
  const now = ctx.now();
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    if (!ids.has(key)) ids.set(key, ctx.newId());
    return ids.get(key)!;
  };
  db.transaction(() => {
    for (const g of demo.smallGroups) insert(db, 'small_groups', { id: idOf(g.key), name: g.name, area: g.area, created_at: now });
    for (const { key, smallGroup, ...fields } of demo.stakeholders) {
      const columns = stakeholderColumns({ ...fields, smallGroupId: smallGroup ? idOf(smallGroup) : null });
      insert(db, 'stakeholders', { id: idOf(key), ...columns, created_at: now, updated_at: now });
    }
    for (const { source, target, ...tie } of demo.ties) {
      insert(db, 'relations', {
        id: ctx.newId(), source_id: idOf(source), target_id: idOf(target), kind: tie.kind, formality: tie.formality,
        strength: tie.strength, mutual: Number(tie.mutual), since: tie.since, note: tie.note, created_at: now,
      });
    }
  })();
  return readProject(db);
}
