import type { Database } from 'better-sqlite3';
import type { Regency } from '../../shared/domain/regions';
import { emptySigning, type Official, type OfficialRole, type SigningSettings } from '../../shared/domain/signing';
import { signingTitles, type SigningTitles } from '../../shared/domain/signingTitles';
import { fromRow, toColumns } from '../db/rows';
import { AppError } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { readMeeting } from './meetings';
import { readProject } from './projectRows';
import { regencyByCode } from './regions';

// One row per project file, with a fixed id, like the letterhead.
const ID = 'signing';

export interface SigningState extends SigningSettings {
  regency: Regency | null;
  /** The titles printed when an official's own title is empty. */
  titles: SigningTitles;
}

export function readSigningSettings(db: Database): SigningSettings {
  const row = db.prepare('SELECT * FROM signing WHERE id = ?').get(ID) as Record<string, unknown> | undefined;
  if (!row) return emptySigning;
  const { id: _id, ...s } = fromRow<SigningSettings & { id: string }>(row, [], ['officials']);
  return { ...s, officials: { ...emptySigning.officials, ...s.officials } };
}

export function readSigning(db: Database): SigningState {
  const s = readSigningSettings(db);
  const regency = s.regencyCode ? (regencyByCode(s.regencyCode) ?? null) : null;
  return { ...s, regency, titles: signingTitles(s, readProject(db)) };
}

export type SigningPatch = Partial<Pick<SigningSettings, 'regencyCode' | 'place'>> & {
  officials?: Partial<Record<OfficialRole, Partial<Official>>>;
};

/**
 * Picking a regency fills the project's regency and province with the list's names and moves the
 * place of signing to the new seat, unless the facilitator had typed a place of their own.
 */
export function setSigning(db: Database, patch: SigningPatch, t: ProjectTools): SigningState {
  const current = readSigningSettings(db);
  const next: SigningSettings = {
    ...current,
    ...(patch.place !== undefined ? { place: patch.place } : {}),
    officials: {
      kepalaDinas: { ...current.officials.kepalaDinas, ...patch.officials?.kepalaDinas },
      regionalHead: { ...current.officials.regionalHead, ...patch.officials?.regionalHead },
      kepalaBappeda: { ...current.officials.kepalaBappeda, ...patch.officials?.kepalaBappeda },
    },
  };
  if (patch.regencyCode !== undefined && patch.regencyCode !== current.regencyCode) {
    const previous = current.regencyCode ? regencyByCode(current.regencyCode) : undefined;
    const regency = patch.regencyCode ? regencyByCode(patch.regencyCode) : undefined;
    if (patch.regencyCode && !regency) {
      throw new AppError('invalid_input', 'regency_unknown', `No regency or city with code ${patch.regencyCode}`, { code: patch.regencyCode });
    }
    next.regencyCode = patch.regencyCode;
    next.regencyKind = regency?.kind ?? '';
    const placeWasDefault = !current.place || current.place === previous?.seat;
    if (regency && patch.place === undefined && placeWasDefault) next.place = regency.seat;
    if (regency) setProjectRegion(db, regency, t);
  }
  // Leaving a field unchanged must not leave an empty undo step behind.
  if (JSON.stringify(next) === JSON.stringify(current)) return readSigning(db);
  const columns = toColumns(next, ['officials']);
  if (db.prepare('SELECT 1 FROM signing WHERE id = ?').get(ID)) t.rec.update('signing', ID, columns);
  else t.rec.insert('signing', { id: ID, ...columns });
  return readSigning(db);
}

function setProjectRegion(db: Database, r: Regency, t: ProjectTools) {
  const row = db.prepare('SELECT id, regency, province FROM project LIMIT 1').get() as { id: string; regency: string; province: string };
  if (row.regency === r.fullName && row.province === r.provinceName) return;
  t.rec.update('project', row.id, { regency: r.fullName, province: r.provinceName, updated_at: t.now });
}

/** Witnesses of the election held in a meeting, as printed in its berita acara. */
export function readWitnesses(db: Database, meetingId: string): string[] {
  const row = db.prepare('SELECT names FROM meeting_witnesses WHERE id = ?').get(meetingId) as { names: string } | undefined;
  return row ? (JSON.parse(row.names) as string[]) : [];
}

export function setWitnesses(db: Database, meetingId: string, names: string[], t: ProjectTools): string[] {
  readMeeting(db, meetingId);
  const json = JSON.stringify(names);
  if (db.prepare('SELECT 1 FROM meeting_witnesses WHERE id = ?').get(meetingId)) t.rec.update('meeting_witnesses', meetingId, { names: json });
  else t.rec.insert('meeting_witnesses', { id: meetingId, names: json });
  return readWitnesses(db, meetingId);
}
