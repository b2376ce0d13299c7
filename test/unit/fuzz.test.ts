import fc from 'fast-check';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, DOCUMENT_KINDS, methodNames, type MethodName } from '../../shared/contract';
import { fileHash } from './helpers';
import { fallbacks, inputArbitrary } from './fuzz/arbitraries';
import { harvest, hintsFor } from './fuzz/hints';
import { createWorld, type FuzzWorld, type Transport } from './fuzz/world';

// Every method, random and boundary inputs: the answer is 2xx or 4xx, never 5xx, and a project
// no call names stays byte for byte as it was. Replay a failure with the printed seed and path:
// FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/unit/fuzz.test.ts -t '<method>'
const RUNS = 25;
// Word and Excel builders and whole-file copies take milliseconds each, not microseconds.
const FEWER_RUNS: Partial<Record<MethodName, number>> = {
  'documents.render': 12,
  'network.export': 10,
  'projects.createDemo': 5,
  'projects.duplicate': 10,
  'projects.exportFile': 8,
  'projects.importFile': 15,
  'projects.open': 10,
  'backups.restore': 10,
  'import.preview': 15,
};

/** Random sequences of edits, each on a fresh copy of the fuzzed project. */
const SEQUENCES = 40;

const RAW_BODIES = ['', '{', 'null', '[]', '"x"', '{"projectId":', '\u0000', '{"a":1}{"b":2}', '\uFEFF{}'];
/** Mostly the dispatcher; one call in ten through the HTTP host, some with a body that is not JSON. */
const transport: fc.Arbitrary<[Transport, string | undefined]> = fc.oneof(
  { weight: 18, arbitrary: fc.constant<[Transport, undefined]>(['dispatch', undefined]) },
  { weight: 1, arbitrary: fc.constant<[Transport, undefined]>(['http', undefined]) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((b): [Transport, string] => ['http-raw', b]) },
);

const shorten = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && x.length > 300 ? `${x.slice(0, 120)}...(${x.length} chars)` : x));

let world: FuzzWorld;
const logged: unknown[][] = [];
const started = Date.now();

beforeAll(async () => {
  // The dispatcher logs unexpected errors; keep them as the cause shown with a failure.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  world = await createWorld();
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await world?.close();
  const unknown = fallbacks.size ? `; schema nodes fuzzed as plain JSON: ${[...fallbacks].join(', ')}` : '';
  console.info(`fuzz: ${world?.calls} calls over ${methodNames.length} methods in ${Date.now() - started} ms${unknown}`);
});

/** Fails the test with the seed, the path and a readable counterexample. */
async function check<T>(property: fc.IAsyncPropertyWithHooks<T>, numRuns: number, shrink = true): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const out = await fc.check(property, { numRuns, seed, path: process.env.FUZZ_PATH, endOnFailure: !shrink });
  if (out.failed) {
    const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    expect.fail(`seed ${out.seed}, path ${out.counterexamplePath}\ninput ${shorten(out.counterexample)}\n${error}`);
  }
}

/** One call; throws with the logged cause when the answer is a 5xx or 'internal'. */
async function answers(method: string, value: unknown, via: Transport, raw?: string) {
  logged.length = 0;
  const { status, envelope } = await world.call(method, value, via, raw);
  const internal = envelope && !envelope.ok && envelope.error.code === 'internal';
  if (status >= 500 || internal) {
    const cause = logged.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')).join('\n');
    throw new Error(`${method} via ${via} answered ${status}: ${shorten(envelope)}\n${cause}`);
  }
  return envelope;
}

const inputOf = (method: MethodName) => inputArbitrary(contract[method].input, hintsFor(method, world), world.seeds[method]);

describe('every method answers random and boundary input with 2xx or 4xx', () => {
  for (const method of methodNames) {
    it(method, async () => {
      world.reset();
      await check(fc.asyncProperty(inputOf(method), transport, async (value, [via, raw]) => {
        await answers(method, value, via, raw);
      }), FEWER_RUNS[method] ?? RUNS);
    });
  }
});

describe('random sequences of edits', () => {
  // State bugs need several steps: each step may name what the earlier ones created, and at the
  // end everything is undone and redone.
  it('answer 2xx or 4xx, and so do undo and redo of all of them', async () => {
    const quick = methodNames.filter((m) => !FEWER_RUNS[m] && m !== 'projects.delete');
    const projectId = world.projectId;
    await check(fc.asyncProperty(fc.gen(), fc.integer({ min: 2, max: 12 }), async (g, length) => {
      world.reset();
      const known = { ...world, ids: structuredClone(world.ids) };
      for (let i = 0; i < length; i++) {
        const method = g(() => fc.constantFrom(...quick));
        const value = g(() => inputArbitrary(contract[method].input, hintsFor(method, known)));
        const envelope = await answers(method, value, 'dispatch');
        if (envelope?.ok) harvest(known.ids, method, envelope.data);
      }
      // Documents are built from whatever the steps left behind.
      const render = hintsFor('documents.render', known);
      for (const kind of g(() => fc.shuffledSubarray([...DOCUMENT_KINDS], { minLength: 2, maxLength: 3 }))) {
        const ids = g(() => fc.record({ meetingId: render.uuid('meetingId'), workshopId: render.uuid('workshopId'), versionId: render.uuid('versionId') }));
        const options = g(() => fc.record({ paper: fc.constantFrom('A4', 'F4'), variant: fc.constantFrom('before', 'after'), blankRows: fc.nat(12) }));
        await answers('documents.render', { projectId, kind, ...ids, ...options }, 'dispatch');
      }
      for (const way of ['history.undo', 'history.redo'] as const) {
        for (let i = 0; i < 40; i++) {
          const envelope = await answers(way, { projectId }, 'dispatch');
          const state = envelope?.ok ? (envelope.data as { canUndo: boolean; canRedo: boolean }) : undefined;
          if (!state || !(way === 'history.undo' ? state.canUndo : state.canRedo)) break;
        }
      }
    }), SEQUENCES, false); // replaying a sequence to shrink it costs a back end per try
  }, 60_000);
});

describe('a project no call names', () => {
  it('stays byte for byte as it was', () => {
    world.reset(); // closes every connection, so a write held in a WAL would reach the file now
    expect(fileHash(world.fileB)).toBe(world.hashB);
    expect(fs.existsSync(`${world.fileB}-wal`)).toBe(false);
  });
});
