import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Project } from '../../shared/domain/project';
import { projectDetails } from '../../shared/domain/project';
import { relationFields } from '../../shared/domain/relation';
import { stakeholderFields } from '../../shared/domain/stakeholder';
import { bdsFields, firmFields } from '../../shared/domain/stakeholderProfile';
import type { ServiceContext } from './context';
import { DEMO_STORY } from './demo/story';
import { runStory } from './demo/runStory';
import { createProject, deleteProject } from './projects';
import { readProject } from './projectRows';
import { stakeholderColumns } from './stakeholderRows';

const demoFile = z.object({
  formatVersion: z.literal(1),
  project: projectDetails,
  smallGroups: z.array(z.object({ key: z.string(), name: z.string(), area: z.string() })),
  // The shipped file predates the firm and BDS fields: they may be absent (the columns' defaults apply).
  stakeholders: z.array(stakeholderFields.omit({ smallGroupId: true }).extend(firmFields.partial().shape).extend(bdsFields.partial().shape)
    .extend({ key: z.string(), smallGroup: z.string().nullable() })),
  ties: z.array(relationFields.omit({ sourceId: true, targetId: true }).extend({ source: z.string(), target: z.string() })),
});

function insert(db: ReturnType<ServiceContext['store']['db']>, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

/**
 * The story is played today, so the moments it records (a vision adopted, the board confirmed
 * and announced, the AD/ART and the year's plan authorised) would read as today; they are moved
 * to the day of the meeting that made them (mid-morning, WIB), and the map snapshot to the eve of FGD-1.
 */
function dateTheStory(db: ReturnType<ServiceContext['store']['db']>): void {
  const at = (time: string, meetingColumn: string) => `(SELECT date || 'T${time}.000Z' FROM meetings m WHERE m.id = ${meetingColumn} AND m.date <> '')`;
  db.exec(`
    UPDATE vision_versions SET adopted_at = coalesce(${at('03:30:00', 'adopted_meeting_id')}, adopted_at) WHERE adopted_at IS NOT NULL;
    UPDATE election_positions SET confirmed_at = coalesce(${at('03:45:00', 'meeting_id')}, confirmed_at) WHERE confirmed_at IS NOT NULL;
    UPDATE organisation SET announced_at = coalesce(${at('04:30:00', 'announced_meeting_id')}, announced_at) WHERE announced_at IS NOT NULL;
    UPDATE article_versions SET authorised_at = coalesce(${at('03:15:00', 'authorised_meeting_id')}, authorised_at) WHERE authorised_at IS NOT NULL;
    UPDATE annual_plans SET authorised_at = coalesce(${at('04:00:00', 'authorised_meeting_id')}, authorised_at) WHERE authorised_at IS NOT NULL;
    UPDATE snapshots SET taken_at = '2026-04-13T09:00:00.000Z' WHERE name = 'Sebelum FGD-1';
  `);
}

/**
 * The shipped demo always opens as a fresh, editable copy; its creation is not an undo step.
 * The registry (groups, stakeholders, ties) is written directly; then, unless `story` is false,
 * the story of demo/story.ts is played through the dispatcher, so every rule applies to it.
 */
export async function createDemoProject(ctx: ServiceContext, { story = true }: { story?: boolean } = {}): Promise<Project> {
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
  if (story) {
    // One transaction around the whole story: each call's own transaction becomes a savepoint,
    // so the story costs one commit instead of hundreds. Nobody else knows this project yet.
    db.exec('BEGIN IMMEDIATE');
    try {
      await runStory(ctx.dispatch, project.id, ids, DEMO_STORY);
      dateTheStory(db);
      // The story was played as a user would, one undo step per call: none of it is history.
      db.prepare('DELETE FROM changes').run();
      db.prepare('DELETE FROM actions').run();
      db.exec('COMMIT');
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      // Half a story is no demo: remove the project and say which step broke.
      try {
        deleteProject(ctx, project.id);
      } catch {
        /* the error below is the one worth reporting */
      }
      throw new Error(`The demo project could not be made: ${(e as Error).message}`, { cause: e });
    }
  }
  return readProject(db);
}
