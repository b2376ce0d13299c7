import type { Database } from 'better-sqlite3';
import type { CardGroup, CARD_COLOURS } from '../../../shared/domain/workshop';
import { toColumns } from '../../db/rows';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { placeCards } from './place';
import { ids, listGroups, nextPosition, readGroup, readWorkshop, sameWorkshop } from './rows';
import { carryScore, carryVotes, dropTargetData } from './targets';

type Colour = (typeof CARD_COLOURS)[number];

/** A template's fixed columns (SWOT, diagnosis) always exist: they may be renamed or recoloured, not removed. */
function refuseFixed(g: CardGroup): void {
  if (g.fixedKey) throw new AppError('invalid_state', 'workshop_group_fixed', `The ${g.name} column of this template cannot be removed`, { name: g.name });
}

export function createGroup(db: Database, workshopId: string, input: { name: string; colour?: Colour }, t: ProjectTools): CardGroup {
  readWorkshop(db, workshopId);
  const id = t.newId();
  const position = nextPosition(db, 'SELECT max(position) AS p FROM workshop_groups WHERE workshop_id = ?', workshopId);
  t.rec.insert('workshop_groups', { id, workshop_id: workshopId, position, name: input.name, colour: input.colour ?? 'yellow', fixed_key: null });
  return readGroup(db, id);
}

export function listGroupsWithCounts(db: Database, workshopId: string) {
  readWorkshop(db, workshopId);
  const count = db.prepare('SELECT count(*) AS n FROM workshop_cards WHERE group_id = ?');
  return listGroups(db, workshopId).map((g) => ({ ...g, cardCount: (count.get(g.id) as { n: number }).n }));
}

export function updateGroup(db: Database, id: string, patch: { name?: string; colour?: Colour }, t: ProjectTools): CardGroup {
  readGroup(db, id);
  t.rec.update('workshop_groups', id, toColumns(patch));
  return readGroup(db, id);
}

export function moveGroup(db: Database, id: string, toIndex: number, t: ProjectTools): { moved: true } {
  const g = readGroup(db, id);
  const order = listGroups(db, g.workshopId).map((x) => x.id).filter((x) => x !== id);
  order.splice(Math.min(toIndex, order.length), 0, id);
  order.forEach((groupId, position) => t.rec.update('workshop_groups', groupId, { position }));
  return { moved: true };
}

const cardsOf = (db: Database, groupId: string) => ids(db, 'SELECT id FROM workshop_cards WHERE group_id = ? ORDER BY position, created_at', groupId);

/** Two themes found to be one: the sources' cards join the end of the target with their dots. */
export function mergeGroups(db: Database, targetId: string, sourceIds: string[], t: ProjectTools): CardGroup {
  const target = readGroup(db, targetId);
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId).map((id) => readGroup(db, id));
  for (const s of sources) {
    sameWorkshop('group', s.id, s.workshopId, target.workshopId);
    refuseFixed(s);
  }
  for (const s of sources) {
    placeCards(db, target.workshopId, targetId, cardsOf(db, s.id), undefined, t);
    carryVotes(db, s.id, { type: 'group', id: targetId }, t);
    carryScore(db, s.id, { type: 'group', id: targetId }, t);
    t.rec.delete('workshop_groups', s.id);
  }
  return readGroup(db, targetId);
}

/** The group goes with its dots and score; its cards return to the ungrouped pile. */
export function deleteGroup(db: Database, id: string, t: ProjectTools): { deleted: true; cardsReleased: number } {
  const g = readGroup(db, id);
  refuseFixed(g);
  const cards = cardsOf(db, id);
  placeCards(db, g.workshopId, null, cards, undefined, t);
  dropTargetData(db, id, t);
  t.rec.delete('workshop_groups', id);
  return { deleted: true, cardsReleased: cards.length };
}
