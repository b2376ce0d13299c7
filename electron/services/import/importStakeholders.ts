import type { Database } from 'better-sqlite3';
import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import type { ImportCommitRow, ImportPreviewData } from '../../../shared/domain/import';
import type { ProjectTools } from '../../handlers/types';
import { createGroup, createStakeholder } from '../stakeholders';
import { listGroups, listStakeholders } from '../stakeholderRows';
import { buildPreview } from './buildPreview';
import { guessMapping, type ImportField } from './mapColumns';
import { parseTable } from './parseTable';

export interface PreviewInput {
  fileName: string;
  base64: string;
  mapping?: Record<string, ImportField | null>;
  defaultKind?: StakeholderKind;
}

/** Reads the sheet and shows what would be imported; writes nothing. */
export async function previewImport(db: Database, input: PreviewInput): Promise<ImportPreviewData> {
  const table = await parseTable(input.fileName, Buffer.from(input.base64, 'base64'));
  const mapping: Record<number, ImportField | null> = input.mapping
    ? Object.fromEntries(Object.entries(input.mapping).map(([k, v]) => [Number(k), v]))
    : guessMapping(table.headers);
  const existing = listStakeholders(db).map((s) => ({ name: s.name, organisation: s.organisation, phone: s.phone }));
  const preview = buildPreview(table, mapping, existing, { defaultKind: input.defaultKind ?? 'core_firm' });
  return {
    fileName: input.fileName,
    sheetName: table.sheetName,
    headers: table.headers,
    mapping: Object.fromEntries(Object.entries(mapping).map(([k, v]) => [String(k), v])),
    rows: preview.rows,
    summary: preview.summary,
  };
}

/**
 * Writes the confirmed rows as one undoable step. Small groups named in the sheet are found by
 * name (case-insensitive) or created, so "Kelompok Babagan" typed twice is one group.
 */
export function commitImport(db: Database, rows: ImportCommitRow[], t: ProjectTools): { created: number; groupsCreated: number } {
  const groups = new Map(listGroups(db).map((g) => [g.name.toLocaleLowerCase('id'), g.id]));
  let groupsCreated = 0;
  for (const { smallGroupName, ...fields } of rows) {
    let smallGroupId: string | null = null;
    const groupName = smallGroupName?.trim();
    if (groupName) {
      const key = groupName.toLocaleLowerCase('id');
      if (!groups.has(key)) {
        groups.set(key, createGroup(db, { name: groupName }, t).id);
        groupsCreated++;
      }
      smallGroupId = groups.get(key)!;
    }
    createStakeholder(db, { ...fields, smallGroupId, groupLeader: smallGroupId ? fields.groupLeader : false }, t);
  }
  return { created: rows.length, groupsCreated };
}
