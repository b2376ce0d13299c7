import type { Database } from 'better-sqlite3';
import type { BinaryFile } from '../../../shared/domain/files';
import { CARD_COLOUR_LABELS_ID } from '../../../shared/labels';
import { excelCsv } from '../export/csv';
import { fileSafe } from '../export/exportMap';
import { listCards, listGroups, listScores, readWorkshop } from './rows';

export const CARD_CSV_COLUMNS = ['no', 'kelompok', 'kartu', 'penulis', 'warna', 'tersembunyi', 'titik', 'kepentingan', 'kelayakan', 'nilai'];

/** Every card of the workshop, in wall order, as CSV for Excel (the same format as the map's: Ya/Tidak, labels). */
export function exportCardsCsv(db: Database, workshopId: string): BinaryFile {
  const w = readWorkshop(db, workshopId);
  const groups = new Map(listGroups(db, workshopId).map((g) => [g.id, g.name]));
  const scores = new Map(listScores(db, workshopId).map((s) => [s.targetId, s]));
  const dots = new Map((db.prepare('SELECT target_id, sum(dots) AS n FROM workshop_votes WHERE workshop_id = ? GROUP BY target_id').all(workshopId) as
    { target_id: string; n: number }[]).map((r) => [r.target_id, r.n]));
  const rows = listCards(db, workshopId).map((c, i) => {
    const s = scores.get(c.id);
    return {
      no: i + 1, kelompok: c.groupId ? groups.get(c.groupId) ?? '' : '', kartu: c.text, penulis: c.author ?? '',
      warna: CARD_COLOUR_LABELS_ID[c.colour], tersembunyi: c.hidden || c.withheld, titik: dots.get(c.id) ?? 0,
      kepentingan: s?.importance ?? '', kelayakan: s?.feasibility ?? '',
      nilai: s?.importance && s.feasibility ? s.importance * s.feasibility : '',
    };
  });
  return { fileName: `kartu-${fileSafe(w.theme)}.csv`, mimeType: 'text/csv', base64: excelCsv(rows, CARD_CSV_COLUMNS).toString('base64') };
}
