// The first draft of the Anggaran Dasar: the ten chapters of DOCUMENTS.md, filled from FGD-1
// (rules, vision and mission) and FGD-2 (the organisation), in formal Indonesian.
import type { ArticleTree } from '../../../../shared/domain/articles';
import { pasalToken } from '../../../../shared/articleNumbering';
import { treeBuilder, listPoints, type ParagraphSpec } from './build';
import { continuing, inWords, PLACEHOLDER, type GenerationData } from './data';

export function generateAd(d: GenerationData, newId: () => string): ArticleTree {
  const b = treeBuilder(newId);
  // Made first: the amendment chapter refers to these two articles.
  const [rapatId, kuorumId, tujuanId] = [newId(), newId(), newId()];

  b.chapter('NAMA, WAKTU DAN TEMPAT KEDUDUKAN');
  b.article('Nama', [`Organisasi ini bernama ${d.name}, selanjutnya dalam Anggaran Dasar ini disebut Organisasi.`]);
  b.article('Waktu dan Tempat Kedudukan', [
    `Organisasi didirikan pada tanggal ${d.foundingDate} untuk jangka waktu yang tidak ditentukan.`,
    `Organisasi berkedudukan di ${d.seat}.`,
  ]);

  b.chapter('ASAS, VISI DAN MISI');
  b.article('Asas', ['Organisasi berasaskan Pancasila dan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, serta kekeluargaan dan gotong royong.']);
  b.article('Visi dan Misi', [
    `Visi Organisasi adalah ${d.vision ? `“${d.vision.replace(/[.]$/, '')}”.` : `${PLACEHOLDER.vision}.`}`,
    d.missions.length ? ['Misi Organisasi adalah:', listPoints(d.missions)] : `Misi Organisasi adalah ${PLACEHOLDER.missions}.`,
  ]);

  b.chapter('TUJUAN DAN KEGIATAN');
  b.article('Tujuan', [`Organisasi bertujuan meningkatkan daya saing ${d.clusterName} melalui kerja sama antaranggota dan dengan para pemangku kepentingan.`], tujuanId);
  b.article('Kegiatan', [[`Untuk mencapai tujuan sebagaimana dimaksud dalam ${pasalToken(tujuanId)}, Organisasi melakukan kegiatan:`, listPoints([
    'menyelenggarakan pertemuan, lokakarya dan forum anggota',
    'menyusun dan melaksanakan rencana aksi bersama',
    'menjalin kerja sama dengan pemerintah daerah, lembaga keuangan, penyedia jasa pengembangan usaha dan pihak lain',
    'menyediakan informasi dan layanan bagi anggota',
  ])]]);

  b.chapter('KEANGGOTAAN');
  b.article('Anggota', [
    'Anggota Organisasi adalah pelaku usaha dan pemangku kepentingan dalam klaster yang memenuhi syarat keanggotaan.',
    `Yang dapat menjadi anggota Organisasi adalah ${d.eligibility ? continuing(d.eligibility) : `${PLACEHOLDER.eligibility}.`}`,
    'Hak dan kewajiban anggota diatur lebih lanjut dalam Anggaran Rumah Tangga.',
  ]);
  b.article('Berakhirnya Keanggotaan', [['Keanggotaan berakhir karena:', listPoints([
    'mengundurkan diri secara tertulis', 'meninggal dunia atau usahanya berhenti', 'diberhentikan oleh Rapat Anggota',
  ])]]);

  b.chapter('SUSUNAN PENGURUS');
  const susunan: ParagraphSpec = d.positions.length
    ? [`Pengurus Organisasi berjumlah ${inWords(d.boardSize)} orang, terdiri atas:`, listPoints(d.positions.map((p) => `${p.title} sebanyak ${inWords(p.count)} orang`))]
    : `Pengurus Organisasi terdiri atas ${PLACEHOLDER.positions}.`;
  const pengurus = b.article('Susunan Pengurus', [
    susunan,
    'Pengurus dipilih oleh Rapat Anggota secara musyawarah untuk mufakat atau melalui pemungutan suara.',
  ]);
  b.article('Tugas Pengurus', [
    `Pengurus sebagaimana dimaksud dalam ${pasalToken(pengurus.id)} memimpin dan mengelola Organisasi serta mempertanggungjawabkannya kepada Rapat Anggota.`,
    'Tugas masing-masing jabatan Pengurus diatur lebih lanjut dalam Anggaran Rumah Tangga.',
  ]);

  b.chapter('MASA BAKTI');
  b.article('Masa Bakti Pengurus', [d.term
    ? `Masa bakti Pengurus adalah ${d.term} terhitung sejak tanggal ditetapkan.`
    : `Masa bakti Pengurus adalah ${PLACEHOLDER.term}.`]);

  b.chapter('RAPAT-RAPAT');
  b.article('Rapat Anggota', [
    'Rapat Anggota merupakan pemegang kekuasaan tertinggi dalam Organisasi.',
    'Rapat Anggota diselenggarakan sekurang-kurangnya 1 (satu) kali dalam 1 (satu) tahun.',
    ['Rapat Anggota berwenang:', listPoints([
      'menetapkan dan mengubah Anggaran Dasar dan Anggaran Rumah Tangga',
      'memilih dan memberhentikan Pengurus',
      'menetapkan rencana kerja dan anggaran tahunan',
      'menilai pertanggungjawaban Pengurus',
    ])],
  ], rapatId);
  b.article('Kuorum dan Pengambilan Keputusan', [
    'Rapat Anggota sah apabila dihadiri oleh lebih dari setengah jumlah anggota.',
    'Keputusan Rapat Anggota diambil secara musyawarah untuk mufakat.',
    'Apabila musyawarah untuk mufakat tidak tercapai, keputusan diambil berdasarkan suara terbanyak anggota yang hadir.',
  ], kuorumId);

  b.chapter('KEUANGAN');
  b.article('Sumber Keuangan', [
    ['Keuangan Organisasi diperoleh dari:', listPoints([
      'iuran anggota', 'bantuan pemerintah yang tidak mengikat', 'sumbangan pihak lain yang sah dan tidak mengikat', 'hasil usaha Organisasi yang sah',
    ])],
    'Pengelolaan keuangan Organisasi dipertanggungjawabkan kepada Rapat Anggota.',
  ]);
  b.article('Tunjangan Pengurus', [`Tunjangan bagi Pengurus ditetapkan sebagai berikut: ${d.allowances ? continuing(d.allowances) : `${PLACEHOLDER.allowances}.`}`]);

  b.chapter('PERUBAHAN ANGGARAN DASAR');
  b.article('Perubahan Anggaran Dasar', [
    `Perubahan Anggaran Dasar hanya dapat dilakukan oleh Rapat Anggota sebagaimana dimaksud dalam ${pasalToken(rapatId)}, dengan kuorum dan tata cara pengambilan keputusan sebagaimana dimaksud dalam ${pasalToken(kuorumId)}.`,
  ]);

  b.chapter('PENUTUP');
  b.article('Ketentuan Penutup', [
    'Hal-hal yang belum diatur dalam Anggaran Dasar ini diatur dalam Anggaran Rumah Tangga.',
    'Anggaran Dasar ini mulai berlaku sejak tanggal ditetapkan.',
  ]);
  return b.tree();
}
