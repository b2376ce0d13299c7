import type { Database } from 'better-sqlite3';
import type { Letterhead } from '../../shared/domain/letterhead';
import { fromRow, toColumns } from '../db/rows';
import { AppError } from '../errors';
import { readImage } from '../export/docx/imageSize';
import type { ProjectTools } from '../handlers/types';

// One letterhead per project file, in a single row with a fixed id.
const ID = 'letterhead';

export function readLetterhead(db: Database): Letterhead {
  const row = db.prepare('SELECT * FROM letterhead WHERE id = ?').get(ID) as Record<string, unknown> | undefined;
  if (!row) return { institution: '', subInstitution: '', address: '', contact: '', logoBase64: null, logoType: null };
  const { id: _id, ...rest } = fromRow<Letterhead & { id: string }>(row);
  return rest;
}

/**
 * The logo is checked when it is set, so no document fails on it later: bytes that are not a
 * readable PNG or JPEG are refused, and the type stored is the one the bytes have.
 */
function checkedLogo(l: Pick<Letterhead, 'logoBase64' | 'logoType'>): Pick<Letterhead, 'logoBase64' | 'logoType'> {
  if (!l.logoBase64) return { logoBase64: null, logoType: null };
  const image = readImage(l.logoBase64);
  if (!image) throw new AppError('invalid_input', 'logo_unreadable', 'The logo is not a readable PNG or JPEG image');
  return { logoBase64: l.logoBase64, logoType: image.type };
}

export function setLetterhead(db: Database, patch: Partial<Letterhead>, t: ProjectTools): Letterhead {
  const current = readLetterhead(db);
  const logoTouched = 'logoBase64' in patch || 'logoType' in patch;
  const next = logoTouched ? { ...patch, ...checkedLogo({ ...current, ...patch }) } : patch;
  const exists = db.prepare('SELECT 1 FROM letterhead WHERE id = ?').get(ID);
  if (exists) t.rec.update('letterhead', ID, toColumns(next));
  else t.rec.insert('letterhead', { id: ID, ...toColumns({ ...current, ...next }) });
  return readLetterhead(db);
}
