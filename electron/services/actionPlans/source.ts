import type { Database } from 'better-sqlite3';
import { AppError, notFound } from '../../errors';
import { shortlistOf } from '../workshops/ranking';

export interface PlanSourceRow { workshopId: string; targetId: string; label: string; theme: string }

/**
 * The workshop a short-listed card or theme belongs to, and its wording. Only what the short
 * list keeps can become a plan: the ranking is the participants' choice.
 */
export function shortlistedItem(db: Database, itemId: string): PlanSourceRow {
  const owner = db.prepare('SELECT workshop_id FROM workshop_groups WHERE id = ? UNION ALL SELECT workshop_id FROM workshop_cards WHERE id = ?')
    .get(itemId, itemId) as { workshop_id: string } | undefined;
  if (!owner) throw notFound('shortlist_item', itemId);
  const list = shortlistOf(db, owner.workshop_id);
  const item = list.items.find((i) => i.targetId === itemId && i.shortlisted);
  if (!item) throw new AppError('invalid_state', 'not_shortlisted', 'Only an item on the short list becomes an action plan');
  return { workshopId: owner.workshop_id, targetId: itemId, label: item.label, theme: list.theme };
}
