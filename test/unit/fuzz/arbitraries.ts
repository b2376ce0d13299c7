import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries derived from a zod 4 schema, read through `schema._zod.def`.
 *
 * `valid` mode builds values the schema accepts, leaning on boundaries (exact max length, min and
 * max of a range, unicode, quotes, path pieces), so most calls get past validation and reach the
 * handler. `edgy` mode lets each leaf sometimes break its rule (max+1, wrong type, unknown key,
 * missing key), which exercises refusals. Node types the walker does not know fall back to
 * fc.jsonValue() and are listed in `fallbacks`.
 */
export interface Hints {
  /** Uuids worth trying for a field named `key` (ids that exist, of the right kind). */
  uuid(key: string | undefined): fc.Arbitrary<string>;
  /** The existing ids of the kind a field named `key` takes (may be empty). */
  typed(key: string | undefined): readonly string[];
  /** Hand-picked values for a string field named `key` (real files, references...). */
  samples(key: string | undefined): readonly string[];
}

interface Walk {
  hints: Hints;
  edgy: boolean;
  /** Nearest object key above the node: arrays and wrappers pass it on to their elements. */
  key: string | undefined;
}

type Def = { type: string; [k: string]: unknown };
type Node = z.ZodType;

export const fallbacks = new Set<string>();

const defOf = (s: Node): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isOptional = (s: Node) => (s as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
const checksOf = (s: Node) => ((defOf(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Strings that have broken parsers, file paths, SQL and document builders elsewhere. */
export const TRICKY_STRINGS = [
  '', ' ', '  padded  ', '\t\n', '0', '-1', 'null', 'undefined', 'true',
  "O'Brien", "'; DROP TABLE stakeholders; --", '"quoted"', '`tick`', '\\', '%', '%s%d%n', '100%', '_%_',
  '../', '../../etc/passwd', '..\\..\\boot.ini', '/', 'CON', 'a/b\\c:d*e?f"g<h>i|j',
  '<w:p>', '<script>alert(1)</script>', '&amp;', ']]>', '{{pasal:}}', '{{ayat:x}}', '${x}', '{{', '}}',
  'Bâtik Lasem', 'Ñandú', 'ß', 'İı', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '日本語テキスト', '한국어',
  '👩‍👩‍👧‍👦', '🇮🇩', 'e\u0301', '\u200B', '\uFEFF', '\u0000', '\u0001\u001F', '\r\n', 'line1\nline2\n\nline4',
  '\uD800', '\uDFFF', 'Ǆ', '٣٤٥', '١٢:٣٠',
];

const GARBAGE_IDS = [
  '', 'x', 'not-a-uuid', '../../etc/passwd', "1' OR '1'='1", '%00', '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-4000-8000-000000000000}', '00000000000040008000000000000000', 'current', ' 00000000-0000-4000-8000-000000000000',
];
const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, true, false, [], {}, ['x'], { a: 1 }, 'x'];

const ISO_DATE = String.raw`^\d{4}-\d{2}-\d{2}$`;
// Years 0000 and 9999 are real calendar days to the schema, so documents must cope with them.
const realDates = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }) },
).map((d) => d.toISOString().slice(0, 10));
const boundaryDates = ['2023-02-29', '2026-13-01', '2026-00-10', '2026-11-31', '10000-01-01', '2026-1-1', '2026-01-01T00:00'];

function valuesOrEdges<T>(w: Walk, valid: fc.Arbitrary<T>, invalid: readonly unknown[]): fc.Arbitrary<unknown> {
  if (!w.edgy || invalid.length === 0) return valid;
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
}

function stringArb(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const checks = checksOf(s);
  const min = checks.find((c) => c.check === 'min_length')?.minimum as number | undefined;
  const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
  const format = checks.find((c) => c.check === 'string_format');
  const fits = (v: string) => s.safeParse(v).success;

  if (format?.format === 'uuid') return valuesOrEdges(w, w.hints.uuid(w.key), [...GARBAGE_IDS, ...WRONG_TYPES]);

  const samples = w.hints.samples(w.key);
  let valid: fc.Arbitrary<string>;
  if (format?.format === 'regex') {
    const pattern = format.pattern as RegExp;
    // Matching the date pattern is not enough: the schema also wants a real calendar day.
    const base = pattern.source === ISO_DATE
      ? fc.oneof({ weight: 4, arbitrary: realDates }, { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31', '2024-02-29', '2100-02-28') })
      : fc.stringMatching(pattern).filter(fits);
    valid = samples.length ? fc.oneof(base, fc.constantFrom(...samples)) : base;
    return valuesOrEdges(w, valid, [...boundaryDates, 'x'.repeat((max ?? 10) + 1), ...TRICKY_STRINGS.slice(0, 12), ...WRONG_TYPES]);
  }

  const cap = Math.min(max ?? 60, 60);
  const lo = Math.min(min ?? 0, cap);
  const edges = [...TRICKY_STRINGS, ...(max !== undefined ? ['x'.repeat(max), ` ${'é'.repeat(max)} `, `${'👍'.repeat(Math.floor(max / 2))}`] : [])];
  const generic = fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: lo, maxLength: cap, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength: lo, maxLength: cap, unit: 'binary' }) },
    { weight: 2, arbitrary: fc.constantFrom(...edges) },
  ).filter(fits);
  valid = samples.length ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...samples) }, { weight: 1, arbitrary: generic }) : generic;
  const invalid: unknown[] = [...WRONG_TYPES];
  if (max !== undefined && max < 1_000_000) invalid.push('y'.repeat(max + 1));
  if (min) invalid.push('', '   ', '\n\t');
  return valuesOrEdges(w, valid, invalid);
}

const INT32 = 2 ** 31;
/** fc.integer stays within 32 bits; beyond that the bounds themselves and safe integers are tried. */
function integers(lo: number, hi: number): fc.Arbitrary<number> {
  const small = fc.integer({ min: Math.max(lo, -INT32), max: Math.min(hi, INT32 - 1) });
  if (lo >= -INT32 && hi < INT32) return small;
  return fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(lo, hi) }, { weight: 1, arbitrary: fc.maxSafeInteger().filter((v) => v >= lo && v <= hi) });
}

function numberArb(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const checks = checksOf(s);
  const int = checks.some((c) => c.check === 'number_format');
  const bound = (name: string) => checks.find((c) => c.check === name) as { value: number; inclusive: boolean } | undefined;
  const gt = bound('greater_than');
  const lt = bound('less_than');
  const lo = gt ? gt.value + (gt.inclusive ? 0 : 1) : Number.MIN_SAFE_INTEGER;
  const hi = lt ? lt.value - (lt.inclusive ? 0 : 1) : Number.MAX_SAFE_INTEGER;
  const valid = int
    ? integers(lo, hi)
    : fc.oneof(fc.double({ min: Math.max(lo, -1e12), max: Math.min(hi, 1e12), noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e300, -1e300, 5e-324).filter((v) => v >= lo && v <= hi));
  return valuesOrEdges(w, valid, [lo - 1, hi + 1, 0.5, -1, 1e21, 2 ** 53 + 2, -(2 ** 53) - 2, '1', null, true, []]);
}

const isUuid = (s: Node) => defOf(s).type === 'string' && checksOf(s).some((c) => c.format === 'uuid');

function arrayArb(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const def = defOf(s);
  const checks = checksOf(s);
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
  const element = walk(def.element as Node, w);
  const length = { minLength: min, maxLength: Math.max(min, Math.min(max ?? 8, 8)) };
  let valid: fc.Arbitrary<unknown[]> = fc.array(element, length);
  // A list of ids mixing kinds is refused at its first stranger; also try lists of one kind only.
  const typed = isUuid(def.element as Node) ? w.hints.typed(w.key) : [];
  if (typed.length > 0 && typed.length >= min) valid = fc.oneof(valid, fc.shuffledSubarray([...typed], { minLength: min, maxLength: Math.min(max ?? typed.length, typed.length) }));
  // Exactly the maximum, where building it stays cheap (one value repeated: duplicates too).
  if (max !== undefined && max > 8 && max <= 100) valid = fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: element.map((e) => Array.from({ length: max }, () => e)) });
  if (!w.edgy) return valid;
  const invalid: fc.Arbitrary<unknown>[] = [fc.constantFrom(...WRONG_TYPES)];
  if (min > 0) invalid.push(fc.constant([]));
  // One past the maximum, where building it stays cheap.
  if (max !== undefined && max <= 100) invalid.push(element.map((e) => Array.from({ length: max + 1 }, () => e)));
  return fc.oneof({ weight: 4, arbitrary: valid }, ...invalid.map((arbitrary) => ({ weight: 1, arbitrary })));
}

function withOwnKey(o: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...o };
  // defineProperty, so '__proto__' becomes an own key as JSON.parse would make it.
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function objectArb(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const shape = defOf(s).shape as Record<string, Node>;
  const keys = Object.keys(shape);
  const model = Object.fromEntries(keys.map((k) => [k, walk(shape[k]!, { ...w, key: k })]));
  const requiredKeys = keys.filter((k) => !isOptional(shape[k]!));
  const record = fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
  if (!w.edgy) return record;
  const extra = fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'unknownField', 'projectid', ''), fc.jsonValue())
    .map(([o, k, v]) => withOwnKey(o, k, v));
  const variants = [{ weight: 6, arbitrary: record as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: extra as fc.Arbitrary<unknown> }];
  if (requiredKeys.length) {
    const missing = fc.tuple(record, fc.constantFrom(...requiredKeys)).map(([o, k]) => {
      const copy = { ...o };
      delete copy[k];
      return copy;
    });
    variants.push({ weight: 1, arbitrary: missing });
  }
  return fc.oneof(...variants);
}

function recordArb(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const def = defOf(s);
  const keyArb = walk(def.keyType as Node, { ...w, edgy: false }).filter((k): k is string => typeof k === 'string');
  return fc.dictionary(keyArb, walk(def.valueType as Node, w), { maxKeys: 6 });
}

/** The arbitrary for one schema node; see the module comment for the two modes. */
export function walk(s: Node, w: Walk): fc.Arbitrary<unknown> {
  const def = defOf(s);
  switch (def.type) {
    case 'string': return stringArb(s, w);
    case 'number': return numberArb(s, w);
    case 'boolean': return valuesOrEdges(w, fc.boolean(), ['true', 0, 1, null]);
    case 'null': return fc.constant(null);
    case 'literal': return valuesOrEdges(w, fc.constantFrom(...(def.values as unknown[])), ['', 'other', 0, null]);
    case 'enum': {
      const options = Object.values(def.entries as Record<string, string>);
      return valuesOrEdges(w, fc.constantFrom(...options), ['', 'NOPE', String(options[0]).toUpperCase(), ` ${options[0]}`, 0, null]);
    }
    case 'object': return objectArb(s, w);
    case 'array': return arrayArb(s, w);
    case 'record': return recordArb(s, w);
    case 'optional':
    // In an object, an optional key is left out or sent as undefined: IPC keeps such keys.
    case 'default': return fc.option(walk(def.innerType as Node, w), { nil: undefined, freq: 4 });
    case 'nullable': return fc.option(walk(def.innerType as Node, w), { nil: null, freq: 4 });
    case 'union': return fc.oneof(...(def.options as Node[]).map((o) => walk(o, w)));
    case 'pipe': return walk(def.in as Node, w);
    default:
      fallbacks.add(def.type);
      return fc.jsonValue();
  }
}

/** Mostly valid inputs, some with broken leaves, some pure JSON noise, and the seeds as given. */
export function inputArbitrary(schema: z.ZodType, hints: Hints, seeds: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const options = [
    { weight: 6, arbitrary: walk(schema, { hints, edgy: false, key: undefined }) },
    { weight: 3, arbitrary: walk(schema, { hints, edgy: true, key: undefined }) },
    { weight: 1, arbitrary: fc.jsonValue() },
  ];
  if (seeds.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...seeds) });
  return fc.oneof(...options);
}
