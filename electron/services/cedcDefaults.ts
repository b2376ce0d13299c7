import type { Database } from 'better-sqlite3';
import type { CedcInitiator, CedcSettings, RegionalHead } from '../../shared/domain/cedc';
import { townOf } from '../export/documents/common';
import { readOrganisation } from './organisation';
import { readProject } from './projectRows';
import { readSigning } from './signing';

/** A number or year the facilitator fills in. */
const BLANK = '........';

export const HEAD_TITLE: Record<RegionalHead, string> = { bupati: 'Bupati', walikota: 'Walikota', gubernur: 'Gubernur' };

/**
 * A first draft of the letter and the decree from what the project already knows; the
 * facilitator edits every line. The laws listed are the usual legal bases of such decrees.
 */
export function draftCedc(db: Database, initiator: CedcInitiator = 'cluster'): CedcSettings {
  const project = readProject(db);
  const org = readOrganisation(db);
  const signing = readSigning(db);
  const kind = signing.regencyKind || (/^kota\b/i.test(project.regency.trim()) ? 'kota' : 'kabupaten');
  const regionalHead: RegionalHead = kind === 'kota' ? 'walikota' : 'bupati';
  const regionName = townOf(project.regency) || '..........';
  const head = `${HEAD_TITLE[regionalHead]} ${regionName}`;
  const committeeName = `Komite Pengembangan Ekonomi Terpadu ${project.regency || regionName}`;
  const sender = initiatorDraft(db, initiator);
  const place = signing.place || townOf(project.regency);
  const copies = [
    ...(project.facilitatorOffice ? [`Kepala ${project.facilitatorOffice}`] : []),
    `Kepala Badan Perencanaan Pembangunan Daerah ${project.regency || regionName}`,
    'Arsip',
  ];
  return {
    committeeName,
    regionalHead,
    regionName,
    regionalHeadName: signing.officials.regionalHead.name,
    initiator,
    letter: {
      number: '', nature: 'Biasa', attachment: '1 (satu) berkas', subject: `Permohonan Pembentukan ${committeeName}`,
      place, date: '',
      body: [
        sender.background,
        `Untuk mempercepat pengembangan klaster dan menyelaraskan dukungan pemerintah daerah, dunia usaha, dan lembaga pendukung, kami mengajukan permohonan kepada Bapak/Ibu ${head} untuk berkenan membentuk ${committeeName} melalui Keputusan ${head}.`,
        'Bersama ini kami lampirkan usulan susunan keanggotaan komite dan rancangan keputusannya.',
      ],
      signerName: sender.signerName, signerPosition: sender.signerPosition, copies,
    },
    decree: {
      number: '', year: '', subject: `PEMBENTUKAN ${committeeName.toUpperCase()}`,
      considerations: [
        `bahwa dalam rangka mempercepat pengembangan ekonomi daerah melalui pendekatan klaster industri di ${project.regency || regionName}, diperlukan wadah koordinasi antara pemerintah daerah, dunia usaha, dan lembaga pendukung;`,
        sender.consideration,
        `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${head} tentang Pembentukan ${committeeName};`,
      ],
      // The law that formed the region and the latest amendments are the facilitator's to look
      // up: left as dotted blanks in the place the drafting technique puts them.
      legalBases: [
        `Undang-Undang Nomor ${BLANK} Tahun ${BLANK} tentang Pembentukan ${project.regency || regionName} sebagaimana telah diubah terakhir dengan Undang-Undang Nomor ${BLANK} Tahun ${BLANK};`,
        `Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah sebagaimana telah diubah terakhir dengan Undang-Undang Nomor ${BLANK} Tahun ${BLANK};`,
        `Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian sebagaimana telah diubah terakhir dengan Undang-Undang Nomor ${BLANK} Tahun ${BLANK};`,
        `Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor ${BLANK} Tahun ${BLANK};`,
        'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah;',
      ],
      dictums: [
        `Membentuk ${committeeName} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
        'Komite sebagaimana dimaksud dalam Diktum KESATU bertugas menyusun program pengembangan dan sinergi klaster, mengoordinasikan dukungan para pemangku kepentingan, dan memfasilitasi perumusan kebijakan.',
        `Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah ${project.regency || regionName} dan sumber lain yang sah dan tidak mengikat.`,
        'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ],
      place,
      copies,
    },
  };
}

export interface InitiatorDraft {
  signerName: string;
  signerPosition: string;
  /** The letter's first paragraph: who formed what. */
  background: string;
  /** Menimbang b: who asked for the committee. */
  consideration: string;
}

/**
 * The parts of the letter and the decree that follow from who initiates the committee. In the
 * guideline that is Bappeda or the Dinas; the cluster organisation may ask where the office
 * wants it to. Their heads sign with the name and title set in the signing settings.
 */
export function initiatorDraft(db: Database, initiator: CedcInitiator): InitiatorDraft {
  const project = readProject(db);
  const org = readOrganisation(db);
  const { officials, titles } = readSigning(db);
  const where = project.regency ? ` di ${project.regency}` : '';
  if (initiator === 'cluster') {
    const chair = org.board.find((m) => /^ketua$/i.test(m.positionTitle))?.name ?? '';
    return {
      signerName: chair, signerPosition: `Ketua ${org.name}`,
      background: `Dalam rangka pengembangan ${project.name}${where}, para pelaku usaha bersama pemangku kepentingan telah membentuk ${org.name} beserta susunan pengurusnya.`,
      consideration: `bahwa ${org.name} telah mengajukan permohonan pembentukan Komite Pengembangan Ekonomi Terpadu;`,
    };
  }
  const role = initiator === 'dinas' ? 'kepalaDinas' : 'kepalaBappeda';
  const institution = titles[role].replace(/^kepala\s+/i, '');
  return {
    signerName: officials[role].name, signerPosition: titles[role],
    background: `Dalam rangka pengembangan ${project.name}${where}, ${institution} bersama para pelaku usaha dan pemangku kepentingan telah memfasilitasi pembentukan ${org.name} beserta susunan pengurusnya.`,
    consideration: `bahwa ${institution} selaku pemrakarsa telah mengusulkan pembentukan Komite Pengembangan Ekonomi Terpadu sebagai wadah koordinasi pengembangan klaster;`,
  };
}
