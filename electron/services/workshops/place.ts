import type { Database } from 'better-sqlite3';
import type { ProjectTools } from '../../handlers/types';
import { nextPosition } from './rows';

/**
 * Puts cards into a group (null: the ungrouped pile) in the order given: at the end, or at
 * `index` among the cards already there, which then close ranks. Only rows whose group or
 * position really change are written, so moving a few cards on a wall of 1,000 stays cheap.
 */
export function placeCards(
  db: Database, workshopId: string, groupId: string | null, cardIds: readonly string[], index: number | undefined, t: ProjectTools,
): void {
  const current = new Map(
    (db.prepare('SELECT id, group_id, position FROM workshop_cards WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(cardIds)) as
      { id: string; group_id: string | null; position: number }[]).map((r) => [r.id, r]),
  );
  const write = (id: string, position: number, known?: { group_id: string | null; position: number }) => {
    const before = known ?? current.get(id);
    if (before && before.group_id === groupId && before.position === position) return;
    t.rec.update('workshop_cards', id, { group_id: groupId, position });
  };
  if (index === undefined) {
    let position = nextPosition(db, 'SELECT max(position) AS p FROM workshop_cards WHERE workshop_id = ? AND group_id IS ?', workshopId, groupId);
    for (const id of cardIds) write(id, position++);
    return;
  }
  const moving = new Set(cardIds);
  const staying = (db.prepare('SELECT id, group_id, position FROM workshop_cards WHERE workshop_id = ? AND group_id IS ? ORDER BY position, created_at')
    .all(workshopId, groupId) as { id: string; group_id: string | null; position: number }[]).filter((r) => !moving.has(r.id));
  const order: { id: string; known?: { group_id: string | null; position: number } }[] = staying.map((r) => ({ id: r.id, known: r }));
  order.splice(Math.min(index, order.length), 0, ...cardIds.map((id) => ({ id })));
  order.forEach((o, position) => write(o.id, position, o.known));
}
