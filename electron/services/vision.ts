import type { Database } from 'better-sqlite3';
import type { VisionComparison, VisionFields, VisionVersion } from '../../shared/domain/vision';
import { fromRow } from '../db/rows';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { addAgendaItem, addDecision, listAgenda } from './agenda';
import { agendaItemFor } from './agendaTopics';
import { visionDecision } from './generatedDecisions';
import { readMeeting } from './meetings';

type Row = Record<string, unknown>;
const toVersion = (r: Row) => fromRow<VisionVersion>(r, [], ['missions']);

export function listVersions(db: Database): VisionVersion[] {
  return (db.prepare('SELECT * FROM vision_versions ORDER BY number').all() as Row[]).map(toVersion);
}

export function readVersion(db: Database, id: string): VisionVersion {
  const row = db.prepare('SELECT * FROM vision_versions WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('vision_version', id);
  return toVersion(row);
}

export function adoptedVersion(db: Database): VisionVersion | null {
  const row = db.prepare('SELECT * FROM vision_versions WHERE adopted_at IS NOT NULL ORDER BY adopted_at DESC LIMIT 1').get() as Row | undefined;
  return row ? toVersion(row) : null;
}

/** Versions are kept as drafted: a change is a new version, numbered 1, 2, 3... */
export function createVersion(db: Database, fields: VisionFields, t: ProjectTools): VisionVersion {
  if (fields.meetingId) readMeeting(db, fields.meetingId);
  const id = t.newId();
  const number = ((db.prepare('SELECT max(number) AS n FROM vision_versions').get() as { n: number | null }).n ?? 0) + 1;
  t.rec.insert('vision_versions', {
    id, number, vision: fields.vision, missions: JSON.stringify(fields.missions), proposed_by: fields.proposedBy,
    meeting_id: fields.meetingId, note: fields.note, created_at: t.now, adopted_at: null, adopted_meeting_id: null,
  });
  return readVersion(db, id);
}

export function deleteVersion(db: Database, id: string, t: ProjectTools): { deleted: true } {
  const v = readVersion(db, id);
  if (v.adoptedAt) throw new AppError('invalid_state', 'vision_adopted', 'An adopted version cannot be deleted');
  t.rec.delete('vision_versions', id);
  return { deleted: true };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Word-level difference by longest common subsequence: drafts are short, so O(n·m) is fine. */
function diffWords(a: string[], b: string[]): VisionComparison['vision'] {
  const n = a.length, m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: VisionComparison['vision'] = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push({ kind: 'same', text: a[i]! }); i++; j++; }
    else if (j < m && (i === n || L[i]![j + 1]! >= L[i + 1]![j]!)) out.push({ kind: 'added', text: b[j++]! });
    else out.push({ kind: 'removed', text: a[i++]! });
  }
  return out;
}

export function compareVersions(db: Database, beforeId: string, afterId: string): VisionComparison {
  const [a, b] = [readVersion(db, beforeId), readVersion(db, afterId)];
  const missions: VisionComparison['missions'] = [];
  for (let k = 0; k < Math.max(a.missions.length, b.missions.length); k++) {
    const [x, y] = [a.missions[k] ?? null, b.missions[k] ?? null];
    missions.push({ kind: x === y ? 'same' : x === null ? 'added' : y === null ? 'removed' : 'changed', before: x, after: y });
  }
  return { vision: diffWords(words(a.vision), words(b.vision)), missions };
}

/**
 * Adopting a version in a meeting (FGD-1) replaces any earlier adoption and writes the decision
 * into that meeting's vision-and-mission agenda item, so the minutes carry it.
 */
export function adoptVersion(db: Database, id: string, meetingId: string, t: ProjectTools): VisionVersion {
  const v = readVersion(db, id);
  readMeeting(db, meetingId);
  for (const other of listVersions(db)) if (other.adoptedAt && other.id !== id) t.rec.update('vision_versions', other.id, { adopted_at: null, adopted_meeting_id: null });
  t.rec.update('vision_versions', id, { adopted_at: t.now, adopted_meeting_id: meetingId });
  const agenda = listAgenda(db, meetingId);
  const item = agendaItemFor(agenda, 'vision') ?? addAgendaItem(db, meetingId, { title: 'Konfirmasi visi dan misi klaster' }, t);
  addDecision(db, item.id, visionDecision(v), t);
  return readVersion(db, id);
}
