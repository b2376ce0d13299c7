import type { Database } from 'better-sqlite3';
import type { CedcSettings, RegionalHead } from '../../shared/domain/cedc';
import { townOf } from '../export/documents/common';
import { readOrganisation } from './organisation';
import { readProject } from './projectRows';

export const HEAD_TITLE: Record<RegionalHead, string> = { bupati: 'Bupati', walikota: 'Walikota', gubernur: 'Gubernur' };

/**
 * A first draft of the letter and the decree from what the project already knows; the
 * facilitator edits every line. The laws listed are the usual legal bases of such decrees.
 */
export function draftCedc(db: Database): CedcSettings {
  const project = readProject(db);
  const org = readOrganisation(db);
  const regionalHead: RegionalHead = /^kota\b/i.test(project.regency.trim()) ? 'walikota' : 'bupati';
  const regionName = townOf(project.regency) || '..........';
  const head = `${HEAD_TITLE[regionalHead]} ${regionName}`;
  const committeeName = `Komite Pengembangan Ekonomi Terpadu ${project.regency || regionName}`;
  const chair = org.board.find((m) => /^ketua$/i.test(m.positionTitle))?.name ?? '';
  const copies = [
    ...(project.facilitatorOffice ? [`Kepala ${project.facilitatorOffice}`] : []),
    `Kepala Badan Perencanaan Pembangunan Daerah ${project.regency || regionName}`,
    'Arsip',
  ];
  return {
    committeeName,
    regionalHead,
    regionName,
    regionalHeadName: '',
    letter: {
      number: '', nature: 'Biasa', attachment: '1 (satu) berkas', subject: `Permohonan Pembentukan ${committeeName}`,
      place: townOf(project.regency), date: '',
      body: [
        `Dalam rangka pengembangan ${project.name}${project.regency ? ` di ${project.regency}` : ''}, para pelaku usaha bersama pemangku kepentingan telah membentuk ${org.name} beserta susunan pengurusnya.`,
        `Untuk mempercepat pengembangan klaster dan menyelaraskan dukungan pemerintah daerah, dunia usaha, dan lembaga pendukung, kami mengajukan permohonan kepada Bapak/Ibu ${head} untuk berkenan membentuk ${committeeName} melalui Keputusan ${head}.`,
        'Bersama ini kami lampirkan usulan susunan keanggotaan komite dan rancangan keputusannya.',
      ],
      signerName: chair, signerPosition: `Ketua ${org.name}`, copies,
    },
    decree: {
      number: '', year: '', subject: `PEMBENTUKAN ${committeeName.toUpperCase()}`,
      considerations: [
        `bahwa dalam rangka mempercepat pengembangan ekonomi daerah melalui pendekatan klaster industri di ${project.regency || regionName}, diperlukan wadah koordinasi antara pemerintah daerah, dunia usaha, dan lembaga pendukung;`,
        `bahwa ${org.name} telah mengajukan permohonan pembentukan komite pengembangan ekonomi terpadu;`,
        `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${head} tentang Pembentukan ${committeeName};`,
      ],
      legalBases: [
        'Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah;',
        'Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian;',
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
        'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah;',
      ],
      dictums: [
        `Membentuk ${committeeName} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
        'Komite sebagaimana dimaksud dalam Diktum KESATU bertugas menyusun program pengembangan dan sinergi klaster, mengoordinasikan dukungan para pemangku kepentingan, dan memfasilitasi perumusan kebijakan.',
        `Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah ${project.regency || regionName} dan sumber lain yang sah dan tidak mengikat.`,
        'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ],
      place: townOf(project.regency),
      copies,
    },
  };
}
