import type { Database } from 'better-sqlite3';
import type { Participant } from '../../../shared/domain/workshop';
import { toColumns } from '../../db/rows';
import { notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { ids, listParticipants, nextPosition, readParticipant, readWorkshop } from './rows';

/**
 * Adds people picked from the stakeholder registry (their name and organisation are copied, so
 * the results stay readable if the registry changes) and people typed by name.
 */
export function addParticipants(
  db: Database, workshopId: string, who: { stakeholderIds?: string[]; names?: string[] }, t: ProjectTools,
): Participant[] {
  readWorkshop(db, workshopId);
  const already = new Set(listParticipants(db, workshopId).map((p) => p.stakeholderId).filter(Boolean));
  let position = nextPosition(db, 'SELECT max(position) AS p FROM workshop_participants WHERE workshop_id = ?', workshopId);
  const added: string[] = [];
  const add = (stakeholderId: string | null, name: string, organisation: string) => {
    const id = t.newId();
    t.rec.insert('workshop_participants', { id, workshop_id: workshopId, stakeholder_id: stakeholderId, position: position++, name, organisation });
    added.push(id);
  };
  for (const sid of new Set(who.stakeholderIds ?? [])) {
    const s = db.prepare('SELECT name, organisation FROM stakeholders WHERE id = ?').get(sid) as { name: string; organisation: string } | undefined;
    if (!s) throw notFound('stakeholder', sid);
    if (!already.has(sid)) add(sid, s.name, s.organisation);
  }
  for (const name of who.names ?? []) add(null, name, '');
  return added.map((id) => readParticipant(db, id));
}

export function updateParticipant(db: Database, id: string, patch: { name?: string; organisation?: string }, t: ProjectTools): Participant {
  readParticipant(db, id);
  t.rec.update('workshop_participants', id, toColumns(patch));
  return readParticipant(db, id);
}

/** Their dots and own scores are removed; the cards they wrote keep their name as typed text. */
export function removeParticipant(db: Database, id: string, t: ProjectTools): { deleted: true; votesRemoved: number } {
  const p = readParticipant(db, id);
  const votes = ids(db, 'SELECT id FROM workshop_votes WHERE participant_id = ?', id);
  for (const v of votes) t.rec.delete('workshop_votes', v);
  for (const s of ids(db, 'SELECT id FROM workshop_participant_scores WHERE participant_id = ?', id)) t.rec.delete('workshop_participant_scores', s);
  for (const c of ids(db, 'SELECT id FROM workshop_cards WHERE author_participant_id = ?', id)) {
    t.rec.update('workshop_cards', c, { author_participant_id: null, author_name: p.name });
  }
  t.rec.delete('workshop_participants', id);
  return { deleted: true, votesRemoved: votes.length };
}
