import type { Database } from 'better-sqlite3';
import type { Letterhead } from '../../shared/domain/letterhead';
import { fromRow, toColumns } from '../db/rows';
import type { ProjectTools } from '../handlers/types';

// One letterhead per project file, in a single row with a fixed id.
const ID = 'letterhead';

export function readLetterhead(db: Database): Letterhead {
  const row = db.prepare('SELECT * FROM letterhead WHERE id = ?').get(ID) as Record<string, unknown> | undefined;
  if (!row) return { institution: '', subInstitution: '', address: '', contact: '', logoBase64: null, logoType: null };
  const { id: _id, ...rest } = fromRow<Letterhead & { id: string }>(row);
  return rest;
}

export function setLetterhead(db: Database, patch: Partial<Letterhead>, t: ProjectTools): Letterhead {
  const exists = db.prepare('SELECT 1 FROM letterhead WHERE id = ?').get(ID);
  if (exists) t.rec.update('letterhead', ID, toColumns(patch));
  else t.rec.insert('letterhead', { id: ID, ...toColumns({ ...readLetterhead(db), ...patch }) });
  return readLetterhead(db);
}
