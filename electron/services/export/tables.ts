import ExcelJS from 'exceljs';
import { excelCsv } from './csv';
import type { MapModel } from './mapModel';
import { relationRecord, STAKEHOLDER_COLUMNS, stakeholderRecord } from './mapModel';

/** The stakeholders with their metrics, as CSV for Excel. */
export function toCsv(model: MapModel): Buffer {
  return excelCsv(model.stakeholders.map((s) => stakeholderRecord(model, s)), STAKEHOLDER_COLUMNS);
}

const metricFormat = '0.000000';

/** Two sheets: stakeholders with their metrics, and the ties among them. */
export async function toXlsx(model: MapModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Klaster Workbench';
  const people = book.addWorksheet('Pemangku kepentingan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const records = model.stakeholders.map((s) => stakeholderRecord(model, s));
  people.columns = STAKEHOLDER_COLUMNS.map((k) => ({ header: k, key: k, width: k.startsWith('n') || k === 'organisasi' ? 28 : 14 }));
  for (const r of records) people.addRow(r);
  for (const k of ['in_degree', 'out_degree', 'closeness', 'betweenness', 'eigenvector']) people.getColumn(k).numFmt = metricFormat;
  people.getRow(1).font = { bold: true };

  const ties = book.addWorksheet('Hubungan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const names = new Map(model.stakeholders.map((s) => [s.id, s.name]));
  const tieRows = model.relations.map((r) => relationRecord(names, r));
  ties.columns = ['dari', 'ke', 'jenis', 'sifat', 'kekuatan', 'timbal_balik', 'sejak', 'catatan'].map((k) => ({ header: k, key: k, width: k === 'dari' || k === 'ke' ? 28 : 14 }));
  for (const r of tieRows) ties.addRow(r);
  ties.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
