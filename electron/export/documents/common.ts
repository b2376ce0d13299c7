import type { Database } from 'better-sqlite3';
import type { Project } from '../../../shared/domain/project';
import type { OfficialRole } from '../../../shared/domain/signing';
import { readImage, type Paper, type KopSuratSpec, type OfficialSpec } from '../docx';
import { AppError } from '../../errors';
import { readLetterhead } from '../../services/letterhead';
import { readOrganisation } from '../../services/organisation';
import { readProject } from '../../services/projectRows';
import { readSigning } from '../../services/signing';

export interface DocContext {
  project: Project;
  letterhead?: KopSuratSpec;
  paper: Paper;
  /** The place of signing for "Sumber, 2 Desember 2026": the setting, else the regency's name. */
  town: string;
  /** The officials set once per project, with their titles resolved; names may be empty. */
  officials: Record<OfficialRole, OfficialSpec>;
  /** The cluster organisation, for its own papers: its heading and who signs for it. */
  cluster: ClusterSigners;
}

export interface ClusterSigners {
  name: string;
  /** The organisation's own heading (name, secretariat): its papers are not the Dinas's. */
  heading: KopSuratSpec;
  chairName: string;
  secretaryName: string;
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
  const signing = readSigning(db);
  const official = (role: OfficialRole, civilServant: boolean): OfficialSpec => ({
    name: signing.officials[role].name, nip: signing.officials[role].nip, title: signing.titles[role], civilServant,
  });
  return {
    project, letterhead, paper,
    town: signing.place || townOf(project.regency),
    officials: { kepalaDinas: official('kepalaDinas', true), regionalHead: official('regionalHead', false), kepalaBappeda: official('kepalaBappeda', true) },
    cluster: clusterSigners(db, project),
  };
}

/** The elected board's chair and secretary (Sekretaris or Kepala Administrasi), '' before the election. */
function clusterSigners(db: Database, project: Project): ClusterSigners {
  const org = readOrganisation(db);
  const holder = (title: RegExp) => org.board.find((m) => title.test(m.positionTitle.trim()))?.name ?? '';
  return {
    name: org.name,
    heading: { institution: org.name.toUpperCase(), address: org.seat ? `Sekretariat: ${org.seat}` : project.regency },
    chairName: holder(/^ketua$/i),
    secretaryName: holder(/^(sekretaris|kepala administrasi)\b/i),
  };
}

/** "a blank" when a value was not recorded: a form to fill by hand rather than a lie. */
export const orDots = (s: string) => (s.trim() ? s : '.......................................');
