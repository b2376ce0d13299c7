import type { Database } from 'better-sqlite3';
import type { Project } from '../../../shared/domain/project';
import { readImage, type Paper, type KopSuratSpec } from '../docx';
import { AppError } from '../../errors';
import { readLetterhead } from '../../services/letterhead';
import { readProject } from '../../services/projectRows';

export interface DocContext {
  project: Project;
  letterhead?: KopSuratSpec;
  paper: Paper;
  /** The town for "Rembang, 2 Desember 2026" above signatures. */
  town: string;
}

/** "Kabupaten Rembang" -> "Rembang": the place name written before a date in a signature block. */
export function townOf(regency: string): string {
  return regency.replace(/^(kabupaten|kab\.|kota|kotamadya)\s+/i, '').trim();
}

/** A stored logo Word could not show (kept by an older version) is named, not a crash. */
function printableLogo(base64: string): NonNullable<KopSuratSpec['logo']> {
  const image = readImage(base64);
  if (!image) throw new AppError('invalid_state', 'logo_unreadable', 'The letterhead logo is not a readable PNG or JPEG image; choose it again');
  return { data: image.data, type: image.type };
}

export function docContext(db: Database, paper: Paper = 'A4'): DocContext {
  const project = readProject(db);
  const lh = readLetterhead(db);
  const letterhead: KopSuratSpec | undefined = lh.institution.trim()
    ? {
        institution: lh.institution.toUpperCase(),
        subInstitution: lh.subInstitution ? lh.subInstitution.toUpperCase() : undefined,
        address: lh.address,
        contact: lh.contact || undefined,
        logo: lh.logoBase64 ? printableLogo(lh.logoBase64) : undefined,
      }
    : undefined;
  return { project, letterhead, paper, town: townOf(project.regency) };
}

/** "a blank" when a value was not recorded: a form to fill by hand rather than a lie. */
export const orDots = (s: string) => (s.trim() ? s : '.......................................');
