import type { Database } from 'better-sqlite3';
import type { Card, CARD_COLOURS } from '../../../shared/domain/workshop';
import { toColumns } from '../../db/rows';
import type { ProjectTools } from '../../handlers/types';
import { placeCards } from './place';
import { ids, nextPosition, readCard, readGroup, readParticipant, readWorkshop, sameWorkshop } from './rows';
import { dropTargetData } from './targets';

export interface CardInput {
  text: string;
  groupId?: string | null;
  index?: number;
  authorParticipantId?: string | null;
  authorName?: string;
  colour?: (typeof CARD_COLOURS)[number];
  hidden?: boolean;
}

/** A card has one author: naming a participant clears a typed name and the other way round. */
function authorColumns(db: Database, workshopId: string, p: { authorParticipantId?: string | null; authorName?: string }) {
  if (p.authorParticipantId) {
    sameWorkshop('participant', p.authorParticipantId, readParticipant(db, p.authorParticipantId).workshopId, workshopId);
    return { author_participant_id: p.authorParticipantId, author_name: '' };
  }
  if (p.authorName) return { author_participant_id: null, author_name: p.authorName };
  if (p.authorParticipantId === null || p.authorName === '') return { author_participant_id: null, author_name: '' };
  return {};
}

function checkGroup(db: Database, workshopId: string, groupId: string | null | undefined): void {
  if (groupId) sameWorkshop('group', groupId, readGroup(db, groupId).workshopId, workshopId);
}

/** During a private writing round a new card is hidden unless said otherwise. */
export function createCard(db: Database, workshopId: string, input: CardInput, t: ProjectTools): Card {
  const w = readWorkshop(db, workshopId);
  checkGroup(db, workshopId, input.groupId);
  const id = t.newId();
  const groupId = input.groupId ?? null;
  t.rec.insert('workshop_cards', {
    id, workshop_id: workshopId, group_id: groupId, text: input.text,
    position: nextPosition(db, 'SELECT max(position) AS p FROM workshop_cards WHERE workshop_id = ? AND group_id IS ?', workshopId, groupId),
    author_participant_id: null, author_name: '', ...authorColumns(db, workshopId, input),
    colour: input.colour ?? 'yellow', hidden: Number(input.hidden ?? w.privateWriting), created_at: t.now, updated_at: t.now,
  });
  // Typed at the end of the pile by default; a card dropped between others makes them close ranks.
  if (input.index !== undefined) placeCards(db, workshopId, groupId, [id], input.index, t);
  return readCard(db, id);
}

export function updateCard(db: Database, id: string, patch: Omit<CardInput, 'groupId' | 'index' | 'text'> & { text?: string }, t: ProjectTools): Card {
  const c = readCard(db, id);
  const { authorParticipantId, authorName, ...rest } = patch;
  t.rec.update('workshop_cards', id, { ...toColumns(rest), ...authorColumns(db, c.workshopId, { authorParticipantId, authorName }), updated_at: t.now });
  return readCard(db, id);
}

export function deleteCard(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readCard(db, id);
  dropTargetData(db, id, t);
  t.rec.delete('workshop_cards', id);
  return { deleted: true };
}

/** Ends a private writing round: all hidden cards show together, as one undo step. */
export function revealCards(db: Database, workshopId: string, t: ProjectTools): { revealed: number } {
  readWorkshop(db, workshopId);
  const hidden = ids(db, 'SELECT id FROM workshop_cards WHERE workshop_id = ? AND hidden = 1', workshopId);
  for (const id of hidden) t.rec.update('workshop_cards', id, { hidden: 0 });
  return { revealed: hidden.length };
}

/** Many cards at once into one group (or out of any), keeping the order they were picked in. */
export function moveCards(db: Database, cardIds: string[], groupId: string | null, index: number | undefined, t: ProjectTools): { moved: number } {
  const unique = [...new Set(cardIds)];
  const workshopId = readCard(db, unique[0]!).workshopId;
  const owners = db.prepare('SELECT id, workshop_id FROM workshop_cards WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(unique)) as
    { id: string; workshop_id: string }[];
  const found = new Map(owners.map((o) => [o.id, o.workshop_id]));
  for (const id of unique) {
    if (!found.has(id)) readCard(db, id); // throws card_not_found
    sameWorkshop('card', id, found.get(id)!, workshopId);
  }
  checkGroup(db, workshopId, groupId);
  placeCards(db, workshopId, groupId, unique, index, t);
  return { moved: unique.length };
}
