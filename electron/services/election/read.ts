import type { Database } from 'better-sqlite3';
import { electionOutcome, quorumRequired, type ElectionPosition, type ElectionRound, type ElectionState, type ElectionTarget, type QuorumRule } from '../../../shared/domain/election';
import { fromRow } from '../../db/rows';
import { notFound } from '../../errors';

type Row = Record<string, unknown>;

export function readRounds(db: Database, positionId: string): ElectionRound[] {
  return (db.prepare('SELECT * FROM election_rounds WHERE position_id = ? ORDER BY number').all(positionId) as Row[]).map((r) => {
    const { positionId: _p, ...round } = fromRow<ElectionRound & { positionId: string }>(r, [], ['candidateIds', 'tallies', 'openVotes']);
    return round;
  });
}

export function readPosition(db: Database, id: string): ElectionPosition {
  const row = db.prepare('SELECT * FROM election_positions WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('election_position', id);
  const { sortOrder, ...p } = fromRow<Omit<ElectionPosition, 'order' | 'candidates' | 'rounds' | 'outcome'> & { sortOrder: number }>(row, [], ['agreed', 'reopenLog']);
  const candidates = db.prepare(`
    SELECT c.id, c.attendee_id AS attendeeId, a.name, a.organisation FROM election_candidates c
    JOIN attendees a ON a.id = c.attendee_id WHERE c.position_id = ? ORDER BY a.name COLLATE NOCASE`).all(id) as ElectionPosition['candidates'];
  const rounds = readRounds(db, id);
  const base = { ...p, order: sortOrder, candidates, rounds };
  return { ...base, outcome: electionOutcome(base) };
}

export function positionIdsOf(db: Database, meetingId: string): string[] {
  return (db.prepare('SELECT id FROM election_positions WHERE meeting_id = ? ORDER BY sort_order').all(meetingId) as { id: string }[]).map((r) => r.id);
}

export function quorumRuleOf(db: Database, meetingId: string): QuorumRule {
  return ((db.prepare('SELECT quorum_rule FROM election_settings WHERE id = ?').get(meetingId) as { quorum_rule: QuorumRule } | undefined)?.quorum_rule) ?? 'more_than_half';
}

/** What the meeting elects; a meeting without settings (and every file before it could say) elects the board. */
export function electsOf(db: Database, meetingId: string): ElectionTarget {
  return ((db.prepare('SELECT elects FROM election_settings WHERE id = ?').get(meetingId) as { elects: ElectionTarget } | undefined)?.elects) ?? 'board';
}

/** Attendee ids holding a confirmed seat from this meeting's election: one seat per person. */
export function electedAttendees(db: Database, meetingId: string): Set<string> {
  const out = new Set<string>();
  for (const id of positionIdsOf(db, meetingId)) {
    const p = readPosition(db, id);
    if (p.status !== 'confirmed') continue;
    for (const w of p.outcome.winners) {
      const c = p.candidates.find((x) => x.id === w);
      if (c) out.add(c.attendeeId);
    }
  }
  return out;
}

/** Eligible voters are the cluster's members; those present are the attendees linked to one. */
export function presentMemberIds(db: Database, meetingId: string): string[] {
  return (db.prepare(`
    SELECT a.id FROM attendees a JOIN stakeholders s ON s.id = a.stakeholder_id
    WHERE a.meeting_id = ? AND a.present = 1 AND s.cluster_member = 1`).all(meetingId) as { id: string }[]).map((r) => r.id);
}

export function readElection(db: Database, meetingId: string): ElectionState {
  const rule = quorumRuleOf(db, meetingId);
  const members = (db.prepare('SELECT count(*) AS n FROM stakeholders WHERE cluster_member = 1').get() as { n: number }).n;
  const present = presentMemberIds(db, meetingId).length;
  const required = quorumRequired(rule, members);
  return {
    meetingId,
    elects: electsOf(db, meetingId),
    quorum: { rule, members, present, required, met: members > 0 && present >= required },
    positions: positionIdsOf(db, meetingId).map((id) => readPosition(db, id)),
  };
}
