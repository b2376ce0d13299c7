// Times the sign-in sheet import on a 2,000-row workbook, about the largest a cluster meeting
// series produces. Run with `npx tsx scripts/bench-import.ts`; tests never assert on time.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildPreview } from '../electron/services/import/buildPreview';
import { guessMapping } from '../electron/services/import/mapColumns';
import { parseTable } from '../electron/services/import/parseTable';

const ROWS = 2_000;
const RUNS = 3;

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Daftar Hadir');
  ws.getCell('A1').value = 'DAFTAR HADIR PERTEMUAN KLASTER';
  ws.mergeCells('A1:K1');
  ws.getRow(3).values = ['No', 'Nama', 'Instansi/Lembaga', 'Jabatan', 'Desa', 'Kecamatan', 'No. HP', 'Jenis',
    'Kelompok', 'Ketua Kelompok', 'Kepentingan', 'Tanda Tangan'];
  const kinds = ['Pengrajin', 'Pemasok', 'Pengepul', 'Dinas', 'Bank', 'Paguyuban'];
  for (let i = 0; i < ROWS; i++) {
    ws.getRow(4 + i).values = [i + 1, { richText: [{ text: `Peserta ${i % 1_900}` }] }, `Usaha ${i % 300}`, 'Pemilik',
      `Desa ${i % 40}`, `Kec ${i % 8}`, 81_200_000_000 + i, kinds[i % kinds.length]!, `KUB ${i % 25}`,
      i % 10 === 0 ? 'Ya' : 'Tidak', { formula: `MOD(${i},5)+1`, result: (i % 5) + 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function time<T>(step: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await step();
  return { ms: performance.now() - start, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bytes = await workbook();
const existing = Array.from({ length: 500 }, (_, i) => ({ name: `Peserta ${i * 3}`, organisation: `Usaha ${(i * 3) % 300}` }));
const figures = { parseTable: [] as number[], guessMapping: [] as number[], buildPreview: [] as number[], total: [] as number[] };
let summary: unknown;
for (let run = 0; run < RUNS; run++) {
  const parsed = await time(() => parseTable('daftar-hadir.xlsx', bytes));
  const mapped = await time(() => guessMapping(parsed.result.headers));
  const preview = await time(() => buildPreview(parsed.result, mapped.result, existing, { defaultKind: 'core_firm' }));
  figures.parseTable.push(parsed.ms);
  figures.guessMapping.push(mapped.ms);
  figures.buildPreview.push(preview.ms);
  figures.total.push(parsed.ms + mapped.ms + preview.ms);
  summary = preview.result.summary;
}

console.log(`xlsx ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB, median of ${RUNS} runs`);
for (const [label, xs] of Object.entries(figures)) {
  console.log(`${label.padEnd(14)} ${median(xs).toFixed(1).padStart(8)} ms   (runs: ${xs.map((x) => x.toFixed(1)).join(', ')})`);
}
console.log('summary', JSON.stringify(summary));
console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MB`);
