import type { Database } from 'better-sqlite3';
import type { ElectionPosition } from '../../../shared/domain/election';
import type { ProjectTools } from '../../handlers/types';

type SeatRow = { id: string; position: number; replaced_by_position_id: string | null };
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A confirmed committee election seats its winners in the committee's list under the position's
 * title. The entries it replaces are those shown under the same title, and any entry of a person
 * now elected (one seat per person); they are kept, marked as replaced by this position, so a
 * reopening brings them back. As for the board, the latest meeting by date stands: a seat elected
 * in a meeting held after this one is not replaced, and this result goes in already replaced by
 * it. The first winner takes the first replaced entry's place in the list; without one, the
 * winners go at the end in election order.
 */
export function seatCommittee(db: Database, p: ElectionPosition, t: ProjectTools): void {
  const winners = p.outcome.winners.map((w) => p.candidates.find((c) => c.id === w)!);
  const people = winners.map((c) => db.prepare(`
    SELECT a.stakeholder_id, a.organisation, a.role, s.organisation AS s_org, s.role AS s_role
    FROM attendees a LEFT JOIN stakeholders s ON s.id = a.stakeholder_id WHERE a.id = ?`).get(c.attendeeId) as
    { stakeholder_id: string | null; organisation: string; role: string; s_org: string | null; s_role: string | null });
  const shown = db.prepare(`
    SELECT c.id, c.position, c.committee_position, c.stakeholder_id, c.elected_position_id, coalesce(m.date, '') AS meeting_date
    FROM cedc_members c LEFT JOIN election_positions p ON p.id = c.elected_position_id LEFT JOIN meetings m ON m.id = p.meeting_id
    WHERE c.replaced_by_position_id IS NULL ORDER BY c.position, c.id`)
    .all() as (SeatRow & { committee_position: string; stakeholder_id: string | null; elected_position_id: string | null; meeting_date: string })[];
  const date = (db.prepare('SELECT date FROM meetings WHERE id = ?').get(p.meetingId) as { date: string }).date;
  const electedIds = new Set(people.map((x) => x.stakeholder_id).filter(Boolean));
  const matching = shown.filter((r) => same(r.committee_position, p.title) || (r.stakeholder_id && electedIds.has(r.stakeholder_id)));
  const newer = matching.find((r) => r.elected_position_id && r.meeting_date > date);
  const replaced = newer ? [] : matching;
  for (const r of replaced) t.rec.update('cedc_members', r.id, { replaced_by_position_id: p.id });
  let position = (newer ?? replaced[0])?.position ?? ((db.prepare('SELECT max(position) AS p FROM cedc_members').get() as { p: number | null }).p ?? -1) + 1;
  winners.forEach((c, i) => {
    const who = people[i]!;
    t.rec.insert('cedc_members', {
      id: t.newId(), position: position++, committee_position: p.title, person: c.name,
      institution: who.organisation || who.s_org || c.name, official_position: who.role || who.s_role || '',
      stakeholder_id: who.stakeholder_id, elected_position_id: p.id, replaced_by_position_id: newer?.elected_position_id ?? null,
    });
  });
}

/**
 * Takes a reopened position's seats out of the list and brings back what they replaced. If a
 * later election had already replaced these seats in turn, what they replaced stays replaced,
 * now by that later election. Among what comes back, an elected seat outranks a hand entry, and
 * the latest meeting by date (then the latest confirmation) stands again; the rest stay replaced by it.
 */
export function unseatCommittee(db: Database, positionId: string, t: ProjectTools): void {
  const seats = db.prepare('SELECT id, position, replaced_by_position_id FROM cedc_members WHERE elected_position_id = ?').all(positionId) as SeatRow[];
  const successor = seats.find((s) => s.replaced_by_position_id)?.replaced_by_position_id ?? null;
  for (const s of seats) t.rec.delete('cedc_members', s.id);
  const returning = db.prepare(`
    SELECT c.id, c.elected_position_id, coalesce(m.date, '') || '|' || coalesce(p.confirmed_at, '') AS rank
    FROM cedc_members c LEFT JOIN election_positions p ON p.id = c.elected_position_id LEFT JOIN meetings m ON m.id = p.meeting_id
    WHERE c.replaced_by_position_id = ?`).all(positionId) as { id: string; elected_position_id: string | null; rank: string }[];
  const heir = returning.filter((r) => r.elected_position_id).sort((a, b) => (a.rank < b.rank ? 1 : a.rank > b.rank ? -1 : 0))[0]?.elected_position_id ?? null;
  for (const r of returning) {
    const by = successor ?? (heir && r.elected_position_id !== heir ? heir : null);
    t.rec.update('cedc_members', r.id, { replaced_by_position_id: by });
  }
}
