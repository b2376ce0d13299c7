// The first draft of the Anggaran Rumah Tangga: the detailed rules (members' rights and
// duties, the duties of each position from FGD-1, meetings, elections, dues).
import type { ArticleTree } from '../../../../shared/domain/articles';
import { pasalToken } from '../../../../shared/articleNumbering';
import { listPoints, treeBuilder } from './build';
import { continuing, PLACEHOLDER, sentence, type GenerationData } from './data';

export function generateArt(d: GenerationData, newId: () => string): ArticleTree {
  const b = treeBuilder(newId);
  const [iuranId, syaratId] = [newId(), newId()];

  b.chapter('KEANGGOTAAN');
  b.article('Syarat Keanggotaan', [
    `Yang dapat menjadi anggota ${d.name} adalah ${d.eligibility ? continuing(d.eligibility) : `${PLACEHOLDER.eligibility}.`}`,
    'Calon anggota mendaftar kepada Pengurus dan dicatat dalam daftar anggota.',
  ], syaratId);
  b.article('Hak Anggota', [['Setiap anggota berhak:', listPoints([
    'menghadiri dan menyampaikan pendapat dalam Rapat Anggota',
    'memilih dan dipilih menjadi Pengurus',
    'memperoleh manfaat dari kegiatan Organisasi',
    'memperoleh informasi tentang kegiatan dan keuangan Organisasi',
  ])]]);
  b.article('Kewajiban Anggota', [['Setiap anggota wajib:', listPoints([
    'mematuhi Anggaran Dasar, Anggaran Rumah Tangga dan keputusan Rapat Anggota',
    `membayar iuran sebagaimana dimaksud dalam ${pasalToken(iuranId)}`,
    'berperan serta aktif dalam kegiatan Organisasi',
    'menjaga nama baik Organisasi',
  ])]]);

  b.chapter('TUGAS PENGURUS');
  if (d.positions.length === 0) b.article('Tugas Pengurus', [`Pengurus bertugas ${PLACEHOLDER.duties('Pengurus')}.`]);
  for (const p of d.positions) {
    const count = p.count > 1 ? ` (${p.count} orang)` : '';
    b.article(`Tugas ${p.title}`, [`${p.title}${count} bertugas ${p.duties.trim() ? continuing(p.duties) : `${PLACEHOLDER.duties(p.title)}.`}`]);
  }

  b.chapter('RAPAT-RAPAT');
  b.article('Tata Cara Rapat Anggota', [
    'Undangan Rapat Anggota disampaikan oleh Pengurus secara tertulis kepada seluruh anggota beserta acara rapat.',
    'Rapat Anggota dipimpin oleh Ketua atau, apabila Ketua berhalangan, oleh anggota Pengurus yang ditunjuk.',
    'Setiap anggota yang hadir menandatangani daftar hadir.',
    'Jalannya rapat dan keputusannya dicatat dalam notulen yang ditandatangani oleh pimpinan rapat dan notulis.',
  ]);
  b.article('Rapat Pengurus', ['Rapat Pengurus diadakan sesuai kebutuhan untuk membahas pelaksanaan kegiatan dan keuangan Organisasi.']);

  b.chapter('PEMILIHAN PENGURUS');
  b.article('Tata Cara Pemilihan', [
    'Pengurus dipilih dalam Rapat Anggota yang memenuhi kuorum sebagaimana diatur dalam Anggaran Dasar.',
    `Calon Pengurus adalah anggota yang memenuhi syarat sebagaimana dimaksud dalam ${pasalToken(syaratId)}.`,
    'Pemilihan dilakukan secara musyawarah untuk mufakat atau melalui rekomendasi; apabila mufakat tidak tercapai, dilakukan pemungutan suara.',
    'Calon yang memperoleh suara terbanyak ditetapkan sebagai Pengurus; apabila terdapat perolehan suara yang sama, dilakukan pemungutan suara ulang di antara calon tersebut.',
    'Hasil pemilihan dituangkan dalam berita acara yang ditandatangani oleh pimpinan rapat dan 2 (dua) orang saksi.',
  ]);
  b.article('Masa Bakti', [d.term ? `Pengurus terpilih menjabat selama ${d.term}.` : `Pengurus terpilih menjabat selama ${PLACEHOLDER.term}.`]);

  b.chapter('KEUANGAN');
  b.article('Iuran Anggota', [
    'Setiap anggota wajib membayar iuran.',
    'Besarnya iuran dan tata cara pembayarannya ditetapkan oleh Rapat Anggota.',
  ], iuranId);
  b.article('Tunjangan Pengurus', [d.allowances ? sentence(d.allowances) : `${PLACEHOLDER.allowances}.`]);
  b.article('Laporan Keuangan', ['Pengurus menyusun laporan keuangan dan menyampaikannya dalam Rapat Anggota.']);

  b.chapter('PENUTUP');
  b.article('Ketentuan Penutup', [
    'Hal-hal yang belum diatur dalam Anggaran Rumah Tangga ini diatur oleh Pengurus sepanjang tidak bertentangan dengan Anggaran Dasar.',
    'Anggaran Rumah Tangga ini mulai berlaku sejak tanggal ditetapkan.',
  ]);
  return b.tree();
}
