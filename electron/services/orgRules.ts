import type { Database } from 'better-sqlite3';
import type { OrgRules, OrgRulesFields } from '../../shared/domain/orgRules';
import { fromRow, toColumns } from '../db/rows';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { readMeeting } from './meetings';

export function readRules(db: Database, meetingId: string): OrgRules {
  const row = db.prepare('SELECT * FROM org_rules WHERE id = ?').get(meetingId) as Record<string, unknown> | undefined;
  if (!row) throw notFound('rules', meetingId);
  const { id, ...rest } = fromRow<OrgRulesFields & { id: string; updatedAt: string }>(row, [], ['positions']);
  return { ...rest, meetingId: id, boardSize: rest.positions.reduce((n, p) => n + p.count, 0) };
}

/** The draft rules belong to an FGD-1 meeting; the latest FGD-1 holds the ones in force. */
export function latestRules(db: Database): OrgRules | null {
  const row = db.prepare(`SELECT r.id FROM org_rules r JOIN meetings m ON m.id = r.id ORDER BY m.date DESC, m.created_at DESC LIMIT 1`).get() as { id: string } | undefined;
  return row ? readRules(db, row.id) : null;
}

export function setRules(db: Database, meetingId: string, patch: Partial<OrgRulesFields>, t: ProjectTools): OrgRules {
  const meeting = readMeeting(db, meetingId);
  if (meeting.kind !== 'fgd1') throw new AppError('invalid_state', 'rules_need_fgd1', 'Draft rules are recorded in an FGD-1 meeting');
  readRules(db, meetingId);
  t.rec.update('org_rules', meetingId, { ...toColumns(patch, ['positions']), updated_at: t.now });
  return readRules(db, meetingId);
}
