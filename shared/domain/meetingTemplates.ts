import type { MeetingKind } from './meeting';

/**
 * Agendas prefilled from the guideline's ANNEX-2 (Indonesian, as they appear in the minutes).
 * The facilitator edits them freely; these are only the starting point.
 */
export const AGENDA_TEMPLATES: Record<MeetingKind, string[]> = {
  kickoff: [
    'Pembukaan dan perkenalan peserta',
    'Mengapa pembentukan klaster penting bagi pengembangan ekonomi daerah',
    'Manfaat klaster bagi keuntungan masing-masing usaha',
    'Contoh kisah sukses klaster di Indonesia',
    'Garis besar kegiatan klaster dan pencatatan peserta (nama, asal daerah, usaha inti)',
    'Pembagian kelompok kecil menurut lokasi',
  ],
  small_group: [
    'Pendalaman pemahaman pendekatan klaster',
    'Penetapan ketua kelompok kecil',
    'Masukan untuk peta pemangku kepentingan klaster',
  ],
  fgd1: [
    'Konfirmasi visi dan misi pengembangan klaster',
    'Penetapan perwakilan pelaksana dan prosedur pembentukan organisasi perwakilan klaster',
    'Penyusunan draf aturan klaster (jumlah pengurus, jabatan dan tugas, tunjangan, masa bakti, syarat keanggotaan)',
  ],
  fgd2: [
    'Pemilihan anggota pengurus dan ketua organisasi perwakilan klaster',
    'Pengumuman pembentukan organisasi perwakilan klaster',
    'Agenda dan tanggal rapat berikutnya',
  ],
  general: [
    'Pengesahan draf aturan klaster',
    'Jadwal kegiatan',
    'Rencana anggaran',
    'Informasi bersama untuk anggota',
    'Pembaruan daftar anggota klaster',
  ],
  other: ['Pembukaan', 'Pembahasan', 'Penutup'],
};

export const DEFAULT_TITLES: Record<MeetingKind, string> = {
  kickoff: 'Pertemuan Awal Inisiasi Klaster',
  small_group: 'Rapat Kelompok Kecil',
  fgd1: 'Focus Group Discussion (FGD) 1',
  fgd2: 'Focus Group Discussion (FGD) 2',
  general: 'Rapat Umum Organisasi Klaster',
  other: 'Rapat',
};
