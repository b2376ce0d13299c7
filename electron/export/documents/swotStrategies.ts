import type { SwotStrategy } from '../../../shared/domain/swotStrategy';
import { dataTable, heading, para } from '../docx';

const KIND_TITLES = {
  SO: 'SO: kekuatan untuk meraih peluang', WO: 'WO: mengatasi kelemahan lewat peluang',
  ST: 'ST: kekuatan untuk menghadapi ancaman', WT: 'WT: memperkecil kelemahan dan ancaman',
} as const;

/** The strategies drawn from a SWOT, each with the cards it comes from, for the workshop results. */
export function swotStrategiesSection(strategies: readonly SwotStrategy[], width: number, headingText: string) {
  if (strategies.length === 0) return [];
  return [
    heading(headingText, 1, { keepNext: true }),
    para('Strategi disusun dari kartu SWOT di atas; kolom "Dari kartu" menyebut kartu asalnya.', { keepNext: true }),
    dataTable({
      totalWidthTwip: width, sizePt: 10,
      columns: [{ header: 'No', width: 6, align: 'center' }, { header: 'Jenis', width: 22 }, { header: 'Strategi', width: 36 }, { header: 'Dari kartu', width: 36 }],
      rows: strategies.map((s, i) => [String(i + 1), KIND_TITLES[s.kind], s.text, s.sources.map((x) => `${x.column}: ${x.text}`).join('\n') || '-']),
    }),
  ];
}
