import type { Database } from 'better-sqlite3';
import {
  DEFAULT_RANK_TARGET, DEFAULT_RULES, DEFAULT_THEMES, FIXED_GROUPS, type Workshop, type WorkshopBoard, type WorkshopFields,
} from '../../../shared/domain/workshop';
import { fromRow, toColumns } from '../../db/rows';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { listParticipantScores, scoreAverages } from './participantScores';
import { addParticipants } from './participants';
import { currentRound } from './rounds';
import { ids, listCards, listGroups, listParticipants, listScores, listVotes, readWorkshop } from './rows';

const JSON_FIELDS = ['rules'] as const;

export function readBoard(db: Database, id: string, now: string): WorkshopBoard {
  return {
    ...readWorkshop(db, id),
    participants: listParticipants(db, id), groups: listGroups(db, id), cards: listCards(db, id),
    votes: listVotes(db, id), scores: listScores(db, id), currentRound: currentRound(db, id, now),
    participantScores: listParticipantScores(db, id), scoreAverages: scoreAverages(db, id),
  };
}

export function listWorkshops(db: Database) {
  const rows = db.prepare(`SELECT w.*,
      (SELECT count(*) FROM workshop_cards c WHERE c.workshop_id = w.id) AS card_count,
      (SELECT count(*) FROM workshop_groups g WHERE g.workshop_id = w.id) AS group_count,
      (SELECT count(*) FROM workshop_participants p WHERE p.workshop_id = w.id) AS participant_count
    FROM workshops w ORDER BY CASE WHEN w.date = '' THEN 1 ELSE 0 END, w.date, w.created_at`).all() as Record<string, unknown>[];
  return rows.map((r) => fromRow<Workshop & { cardCount: number; groupCount: number; participantCount: number }>(r, ['privateWriting'], JSON_FIELDS));
}

/** A new workshop starts with the ANNEX-4 rules, the defaults of its template and its fixed columns (SWOT, diagnosis). */
export function createWorkshop(
  db: Database,
  input: Partial<WorkshopFields> & { stakeholderIds?: string[]; participantNames?: string[] },
  t: ProjectTools,
): WorkshopBoard {
  const { stakeholderIds, participantNames, ...given } = input;
  const template = given.template ?? 'free';
  const fields: WorkshopFields = {
    template, theme: DEFAULT_THEMES[template], date: '', place: '', facilitator: '', rules: [...DEFAULT_RULES],
    dotsPerParticipant: 3, decision: 'dots', rankTarget: DEFAULT_RANK_TARGET[template], cutLine: null, privateWriting: false,
    ...given,
  };
  const id = t.newId();
  t.rec.insert('workshops', { id, ...toColumns(fields, JSON_FIELDS), created_at: t.now, updated_at: t.now });
  (FIXED_GROUPS[template] ?? []).forEach((g, position) =>
    t.rec.insert('workshop_groups', { id: t.newId(), workshop_id: id, position, name: g.name, colour: g.colour, fixed_key: g.key }));
  if (stakeholderIds?.length || participantNames?.length) addParticipants(db, id, { stakeholderIds, names: participantNames }, t);
  return readBoard(db, id, t.now);
}

/** Most dots any participant has already placed: the least the dot allowance may be lowered to. */
function mostDotsUsed(db: Database, workshopId: string): { name: string; used: number } | undefined {
  return db.prepare(`SELECT p.name AS name, sum(v.dots) AS used FROM workshop_votes v JOIN workshop_participants p ON p.id = v.participant_id
    WHERE v.workshop_id = ? GROUP BY v.participant_id ORDER BY used DESC LIMIT 1`).get(workshopId) as { name: string; used: number } | undefined;
}

export function updateWorkshop(db: Database, id: string, patch: Partial<Omit<WorkshopFields, 'template'>>, t: ProjectTools): Workshop {
  readWorkshop(db, id);
  if (patch.dotsPerParticipant !== undefined) {
    const top = mostDotsUsed(db, id);
    // Lowering the allowance below what someone already placed would silently make their dots invalid.
    if (top && top.used > patch.dotsPerParticipant) {
      throw new AppError('conflict', 'workshop_dots_in_use', `${top.name} has already placed ${top.used} dots`, { name: top.name, used: top.used });
    }
  }
  // A null cutLine is kept by toColumns: it clears the cut line.
  t.rec.update('workshops', id, { ...toColumns(patch, JSON_FIELDS), updated_at: t.now });
  return readWorkshop(db, id);
}

/** Removes the workshop with everything on its wall, as one undoable step. */
export function deleteWorkshop(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readWorkshop(db, id);
  for (const table of ['swot_strategies', 'workshop_votes', 'workshop_scores', 'workshop_participant_scores', 'workshop_cards', 'workshop_groups', 'workshop_participants', 'workshop_rounds']) {
    for (const row of ids(db, `SELECT id FROM ${table} WHERE workshop_id = ?`, id)) t.rec.delete(table, row);
  }
  t.rec.delete('workshops', id);
  return { deleted: true };
}
