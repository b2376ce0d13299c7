import type { Database } from 'better-sqlite3';
import type { BinaryFile } from '../../../shared/domain/files';
import { readProject } from '../projectRows';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { MapMetrics } from '../network/measure';
import { mapModel, type MapFilter } from './mapModel';
import { toCsv, toXlsx } from './tables';

import type { MAP_EXPORT_FORMATS } from '../../../shared/contract';

export type MapExportFormat = (typeof MAP_EXPORT_FORMATS)[number];

const MIME: Record<MapExportFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-').toLowerCase() || 'proyek';

/** The map (as filtered on screen) in a format other tools open: Gephi, yEd, Excel. */
export async function exportMap(db: Database, format: MapExportFormat, filter: MapFilter, metrics: MapMetrics): Promise<BinaryFile> {
  const model = mapModel(db, filter, metrics);
  const bytes =
    format === 'graphml' ? Buffer.from(toGraphml(model), 'utf8')
    : format === 'gexf' ? Buffer.from(toGexf(model), 'utf8')
    : format === 'csv' ? toCsv(model)
    : await toXlsx(model);
  const base = format === 'csv' || format === 'xlsx' ? 'pemangku-kepentingan' : 'peta';
  return { fileName: `${base}-${fileSafe(readProject(db).name)}.${format}`, mimeType: MIME[format], base64: bytes.toString('base64') };
}
