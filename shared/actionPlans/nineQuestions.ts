// Guideline Step 5: every activity on the short list must answer these, word for word as the
// guideline prints them (including its spelling), on the form and in the action plan document.
export const NINE_QUESTIONS = [
  'Mengapa kegiatan dilakukan dan apa yang akan berubah atau yang akan dicapai?',
  'Apa output yang diperkirakan akan diperoleh?',
  'Siapa yang akan bertanggungjawab?',
  'Kapan akan dilaksanakan?',
  'Apakah pendukung luar diperlukan?',
  'Siapa yang menjadi pendukung tersebut?',
  'Apa aturan pemerintah daerah yang diespektasikan?',
  'Berapa banyak dana yang dibutuhkan?',
  'Bagaimana hasilnya di monitor dan dilaporkan?',
] as const;
