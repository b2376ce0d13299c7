import type { Database } from 'better-sqlite3';
import { CARD_TEXT_MAX, type Card } from '../../../shared/domain/workshop';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { placeCards } from './place';
import { ids, readCard, sameWorkshop } from './rows';
import { carryScore, carryVotes } from './targets';

// Merge and split are each one undo step, whatever number of rows they touch.

/**
 * Several cards saying the same thing become the target: texts joined line by line (so a split
 * can undo the idea), dots added up per participant, the others deleted. The target keeps its
 * author, colour and place.
 */
export function mergeCards(db: Database, targetId: string, cardIds: string[], t: ProjectTools): Card {
  const target = readCard(db, targetId);
  const others = [...new Set(cardIds)].filter((id) => id !== targetId).map((id) => readCard(db, id));
  for (const c of others) sameWorkshop('card', c.id, c.workshopId, target.workshopId);
  const text = [target, ...others].map((c) => c.text).join('\n');
  if (text.length > CARD_TEXT_MAX) {
    throw new AppError('invalid_input', 'workshop_card_too_long', `The merged text would be ${text.length} characters; a card holds ${CARD_TEXT_MAX}`, { max: CARD_TEXT_MAX, length: text.length });
  }
  for (const c of others) {
    carryVotes(db, c.id, { type: 'card', id: targetId }, t);
    carryScore(db, c.id, { type: 'card', id: targetId }, t);
    t.rec.delete('workshop_cards', c.id);
  }
  const hidden = target.hidden && others.every((c) => c.hidden);
  t.rec.update('workshop_cards', targetId, { text, hidden: Number(hidden), updated_at: t.now });
  return readCard(db, targetId);
}

/** One card per line (or per given part), placed right after the original; the original keeps its dots. */
export function splitCard(db: Database, id: string, given: string[] | undefined, t: ProjectTools): Card[] {
  const card = readCard(db, id);
  const parts = given ?? card.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (parts.length < 2) throw new AppError('invalid_input', 'workshop_card_single_line', 'A card needs at least two lines to be split');
  t.rec.update('workshop_cards', id, { text: parts[0], updated_at: t.now });
  const created = parts.slice(1).map((text) => {
    const newId = t.newId();
    t.rec.insert('workshop_cards', {
      id: newId, workshop_id: card.workshopId, group_id: card.groupId, position: card.position, text,
      author_participant_id: card.authorParticipantId, author_name: card.authorName, colour: card.colour,
      hidden: Number(card.hidden), withheld: Number(card.withheld), created_at: t.now, updated_at: t.now,
    });
    return newId;
  });
  const pile = ids(db, 'SELECT id FROM workshop_cards WHERE workshop_id = ? AND group_id IS ? AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY position, created_at',
    card.workshopId, card.groupId, JSON.stringify(created));
  placeCards(db, card.workshopId, card.groupId, created, pile.indexOf(id) + 1, t);
  return [id, ...created].map((c) => readCard(db, c));
}
