import ExcelJS from 'exceljs';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { KIND_LABELS_ID } from '../../../shared/labels';
import { excelCsv } from './csv';
import { FIRM_COLUMNS, firmRecord } from './firmColumns';
import type { MapModel } from './mapModel';
import { relationRecord, STAKEHOLDER_COLUMNS, stakeholderRecord } from './mapModel';

/** A row for people reading a spreadsheet: the kind as the screens name it, not its code. */
const tableRecord = (model: MapModel, s: Stakeholder) => ({ ...stakeholderRecord(model, s), ...firmRecord(s), jenis: KIND_LABELS_ID[s.kind] });

/** The directory's columns sit after the scores and before the metrics. */
const at = STAKEHOLDER_COLUMNS.indexOf('pengaruh') + 1;
const TABLE_COLUMNS: string[] = [...STAKEHOLDER_COLUMNS.slice(0, at), ...FIRM_COLUMNS, ...STAKEHOLDER_COLUMNS.slice(at)];

/** The stakeholders with their metrics, as CSV for Excel (excelCsv writes the decimal commas). */
export function toCsv(model: MapModel): Buffer {
  return excelCsv(model.stakeholders.map((s) => tableRecord(model, s)), TABLE_COLUMNS);
}

// Cells stay numbers; Excel shows this format with the reader's own decimal separator.
export const METRIC_FORMAT = '0.0000';
export const METRIC_COLUMNS = ['in_degree', 'out_degree', 'closeness', 'betweenness', 'eigenvector'] as const;

/** Two sheets: stakeholders with their metrics, and the ties among them. */
export async function toXlsx(model: MapModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Klaster Workbench';
  const people = book.addWorksheet('Pemangku kepentingan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const records = model.stakeholders.map((s) => tableRecord(model, s));
  people.columns = TABLE_COLUMNS.map((k) => ({ header: k, key: k, width: k.startsWith('n') || k === 'organisasi' || k === 'jenis' ? 28 : 14 }));
  for (const r of records) people.addRow(r);
  for (const k of METRIC_COLUMNS) people.getColumn(k).numFmt = METRIC_FORMAT;
  people.getRow(1).font = { bold: true };

  const ties = book.addWorksheet('Hubungan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const names = new Map(model.stakeholders.map((s) => [s.id, s.name]));
  const tieRows = model.relations.map((r) => relationRecord(names, r));
  ties.columns = ['dari', 'ke', 'jenis', 'sifat', 'kekuatan', 'timbal_balik', 'sejak', 'catatan']
    .map((k) => ({ header: k, key: k, width: k === 'dari' || k === 'ke' || k === 'jenis' || k === 'sifat' ? 28 : 14 }));
  for (const r of tieRows) ties.addRow(r);
  ties.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
