// Turns a parsed sheet plus a column mapping into stakeholder values the user reviews before
// importing: every row keeps its Excel line number so "baris 14" means the same thing to both.
import { stakeholderFields, STAKEHOLDER_KINDS, type StakeholderFields, type StakeholderKind } from '../../../shared/domain/stakeholder';
import type { ImportField } from './mapColumns';
import type { ParsedTable } from './parseTable';

export type ImportValues = Partial<StakeholderFields> & { smallGroupName?: string };
export interface ImportRowError { field: ImportField; reason: 'name_required' | 'unknown_kind' | 'out_of_range' | 'invalid' }
export interface ImportPreviewRow {
  rowNumber: number;
  values: ImportValues;
  errors: ImportRowError[];
  /** 'existing' = already in the project; a number = row number of an earlier row of this file. */
  duplicateOf?: 'existing' | number;
}
export interface ImportPreview {
  rows: ImportPreviewRow[];
  /** valid = rows without errors (duplicates are only a warning and count as valid). */
  summary: { total: number; valid: number; withErrors: number; duplicates: number };
}
/** Row numbers are optional so hand-built tables work; they then count from line 2. */
export type PreviewTable = Pick<ParsedTable, 'headers' | 'rows'> & Partial<Pick<ParsedTable, 'headerRow' | 'rowNumbers'>>;

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** First match wins, so "Dinas ... Provinsi" is provincial and "Asosiasi Perajin" an association. */
const KIND_WORDS: [StakeholderKind, RegExp][] = [
  ['gov_central', /\b(kementerian|kemen\w*|pemerintah pusat|ministry)\b/],
  ['gov_provincial', /\b(provinsi|prov|pemprov|province|provincial)\b/],
  ['training_centre', /\b(blk|pelatihan|latihan kerja|training)\b/],
  ['rnd_institute', /\b(balai|litbang|brin|penelitian|research)\b/],
  ['gov_regency', /\b(dinas|pemkab|pemkot|kabupaten|pemerintah|disperindag|diskop\w*|disperin|bappeda|regency)\b/],
  // After the offices ("Dinas Koperasi" is government), before the firms ("Koperasi Perajin").
  ['cooperative', /\b(koperasi|kud|kopontren|cooperative)\b/],
  ['related_industry', /\b(industri terkait|related industry)\b/],
  ['bank', /\b(bank|bpr|perbankan)\b/],
  ['university', /\b(universitas|politeknik|perguruan tinggi|institut|sekolah tinggi|akademi|kampus|university)\b/],
  ['ngo', /\b(lsm|ngo|yayasan)\b/],
  ['kadin', /\bkadin\b/],
  ['association', /\b(asosiasi|paguyuban|himpunan|association)\b/],
  ['consultant', /\b(konsultan|consultant|bds)\b/],
  ['facilitator', /\b(fasilitator|pendamping|facilitator)\b/],
  ['committee', /\b(komite|panitia|pokja|forum|committee)\b/],
  ['subcontractor', /\b(subkontraktor|makloon|subcontractor)\b/],
  ['distributor', /\b(distributor|agen)\b/],
  ['buyer', /\b(pembeli|konsumen|buyer)\b/],
  ['supplier', /\b(pemasok|supplier|penyedia)\b/],
  ['leading_firm', /\b(pedagang|pengepul|pengumpul|eksportir|trader|leading firm)\b/],
  ['core_firm', /\b(inti|ikm|ukm|umkm|pengrajin|perajin|produsen|pelaku usaha|core firm)\b/],
];

export function parseKind(raw: string): StakeholderKind | undefined {
  const text = fold(raw).trim();
  const asKey = text.replace(/[\s-]+/g, '_');
  if ((STAKEHOLDER_KINDS as readonly string[]).includes(asKey)) return asKey as StakeholderKind;
  const spaced = text.replace(/[^a-z0-9]+/g, ' ');
  return KIND_WORDS.find(([, re]) => re.test(spaced))?.[0];
}

const YES = new Set(['ya', 'y', 'iya', 'yes', '1', '✓', '✔', 'x', 'v', 'true', 'benar']);
const NO = new Set(['tidak', 't', 'no', 'n', '0', '-', '', 'false', 'bukan']);
export function parseYesNo(raw: string): boolean | undefined {
  const v = fold(raw).trim();
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}

/** Titles and honorifics dropped before comparing names ("Bp. H. Ma'ruf, S.E." = "Ma'ruf"). */
const TITLES = new Set(['bapak', 'bp', 'pak', 'ibu', 'bu', 'ny', 'nyonya', 'sdr', 'sdri', 'saudara', 'saudari',
  'tn', 'tuan', 'h', 'hj', 'haji', 'hajjah', 'kh', 'dr', 'drs', 'dra', 'ir', 'prof', 'mr', 'mrs', 'ms']);

/**
 * Key for spotting likely duplicates: academic degrees follow the first comma in Indonesian
 * names, so everything after it goes; leading titles go; punctuation and case are ignored.
 * Apostrophes vanish without a space so "Ma'ruf" and "Ma’ruf" and "Maruf" agree.
 */
export function personKey(name: string, organisation: string): string {
  return `${nameKey(name)}|${cleanKey(organisation)}`;
}
const cleanKey = (s: string) => fold(s).replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
export function nameKey(name: string): string {
  const parts = cleanKey(name.split(',')[0] ?? '').split(' ');
  while (parts.length > 1 && TITLES.has(parts[0]!)) parts.shift();
  return parts.join(' ');
}

/** Digits only, with the country code written as the local 0: "+62 812-34" = "0812 34". */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

/** The same person is the same name at the same organisation, or the same name with the same phone. */
function duplicateKeys(name: string, organisation: string, phone: string): string[] {
  const keys = [`org:${personKey(name, organisation)}`];
  const tel = phoneKey(phone);
  if (tel) keys.push(`tel:${nameKey(name)}|${tel}`);
  return keys;
}

// Built once: zod compiles a schema on first use, and rebuilding it per row cost ~0.2 ms each.
const partialFields = stakeholderFields.partial();

const TEXT_FIELDS = ['name', 'organisation', 'role', 'village', 'district', 'coreBusiness', 'phone', 'notes',
  'sector', 'cooperativeName', 'salesVolume', 'productSpec'] as const;

/** "1.250", "25 orang", "12 org": a head count as offices type it (dots group thousands). */
export function parseCount(raw: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)\s*(orang|org|tk|pekerja|karyawan)?\.?$/i.exec(raw.trim());
  return m ? Number(m[1]!.replace(/\./g, '')) : undefined;
}

export function buildPreview(
  table: PreviewTable,
  mapping: Record<number, ImportField | null>,
  existing: { name: string; organisation: string; phone?: string }[],
  options: { defaultKind: StakeholderKind },
): ImportPreview {
  const known = new Set(existing.flatMap((e) => duplicateKeys(e.name, e.organisation, e.phone ?? '')));
  const seen = new Map<string, number>();
  const columns = Object.entries(mapping).filter((e): e is [string, ImportField] => e[1] !== null);

  const rows = table.rows.map((cells, i): ImportPreviewRow => {
    const rowNumber = table.rowNumbers?.[i] ?? (table.headerRow ?? 1) + i + 1;
    // Several columns may feed one field ("Nama Depan" + "Nama Belakang"): join what is filled.
    const raw: Partial<Record<ImportField, string[]>> = {};
    for (const [col, field] of columns) {
      const cell = cells[Number(col)]?.trim() ?? '';
      if (cell !== '') (raw[field] ??= []).push(cell);
    }
    const text = (f: ImportField) => raw[f]?.join(f === 'notes' ? '; ' : ' ');
    const values: ImportValues = { kind: options.defaultKind };
    const errors: ImportRowError[] = [];
    const fail = (field: ImportField, reason: ImportRowError['reason']) => {
      if (!errors.some((e) => e.field === field)) errors.push({ field, reason });
    };

    for (const f of TEXT_FIELDS) {
      const v = text(f);
      if (v !== undefined) values[f] = v;
    }
    if (!values.name) fail('name', 'name_required');
    const group = text('smallGroup');
    if (group !== undefined && group.length > 120) fail('smallGroup', 'invalid');
    else if (group !== undefined) values.smallGroupName = group; // resolved to a group id on import

    const kindText = raw.kind?.[0];
    if (kindText !== undefined) {
      const kind = parseKind(kindText);
      if (kind) values.kind = kind;
      else fail('kind', 'unknown_kind'); // keeps the default kind so the user only has to fix this cell
    } else {
      // Sheets often have no kind column; "Dinas ...", "Bank ...", "Politeknik ..." still say it.
      const guessed = parseKind(values.organisation ?? '') ?? parseKind(values.role ?? '');
      if (guessed) values.kind = guessed;
    }
    const employees = raw.employees?.[0];
    if (employees !== undefined) {
      const n = parseCount(employees);
      if (n === undefined) fail('employees', 'invalid');
      else values.employees = n;
    }
    const year = raw.yearFounded?.[0];
    if (year !== undefined) {
      if (/^\d{4}$/.test(year)) values.yearFounded = Number(year);
      else fail('yearFounded', 'invalid');
    }
    for (const f of ['groupLeader', 'clusterMember', 'potential'] as const) {
      const v = raw[f]?.[0];
      if (v === undefined) continue;
      const yes = parseYesNo(v);
      if (yes === undefined) fail(f, 'invalid');
      else values[f] = yes;
    }
    for (const f of ['interest', 'influence'] as const) {
      const v = raw[f]?.[0];
      if (v === undefined) continue;
      const n = Number(v.replace(',', '.')); // decimal comma: "4,0"
      if (!Number.isFinite(n)) fail(f, 'invalid');
      else if (!Number.isInteger(n) || n < 1 || n > 5) fail(f, 'out_of_range');
      else values[f] = n;
    }

    // The domain schema has the final word on lengths and the phone pattern.
    const { smallGroupName: _group, ...fields } = values;
    const checked = partialFields.safeParse(fields);
    if (!checked.success) {
      for (const issue of checked.error.issues) fail(String(issue.path[0] ?? 'notes') as ImportField, 'invalid');
    }

    const row: ImportPreviewRow = { rowNumber, values, errors };
    if (values.name) {
      const keys = duplicateKeys(values.name, values.organisation ?? '', values.phone ?? '');
      const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      if (keys.some((k) => known.has(k))) row.duplicateOf = 'existing';
      else if (earlier !== undefined) row.duplicateOf = earlier;
      else for (const k of keys) seen.set(k, rowNumber);
    }
    return row;
  });

  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  return {
    rows,
    summary: {
      total: rows.length,
      valid: rows.length - withErrors,
      withErrors,
      duplicates: rows.filter((r) => r.duplicateOf !== undefined).length,
    },
  };
}
