import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsNode, type MetricsTie } from '../../electron/services/network/metrics';
import { MetricsService } from '../../electron/services/network/metricsService';
import { buildDiGraph, indexGraph, indexTies } from '../../electron/services/network/graph';
import { makeBackend } from './helpers';

// Reference values from networkx, written by `python3 scripts/networkx-fixtures.py`.
const FIXTURES = path.resolve('test/fixtures/networkx');
const METRICS = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const;
type Values = Record<(typeof METRICS)[number], number>;
interface Fixture { description: string; nodes: MetricsNode[]; ties: MetricsTie[]; expected: Record<string, Values> }

const fixtureFiles = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();

describe('network metrics agree with networkx', () => {
  it('has the four reference graphs', () => {
    expect(fixtureFiles).toEqual(['components.json', 'demo.json', 'karate.json', 'random-directed.json']);
  });

  it.each(fixtureFiles)('%s', (file) => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Fixture;
    const rows = computeMetrics(fixture.nodes, fixture.ties);
    expect(rows.map((r) => r.stakeholderId)).toEqual(fixture.nodes.map((n) => n.id));
    expect(rows.map((r) => r.name)).toEqual(fixture.nodes.map((n) => n.name));
    for (const row of rows) {
      const expected = fixture.expected[row.stakeholderId]!;
      for (const metric of METRICS) {
        const diff = Math.abs(row[metric] - expected[metric]);
        if (!(diff <= 1e-6)) throw new Error(`${file} ${row.stakeholderId} ${metric}: ${row[metric]} vs networkx ${expected[metric]}`);
      }
    }
  });
});

describe('network metrics in the worker threads', () => {
  const service = new MetricsService(process.env.KLASTER_METRICS_WORKER);
  afterAll(() => service.close());

  it.each(fixtureFiles)('%s agrees with networkx as well', async (file) => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Fixture;
    const rows = await service.rows(file, () => fixture);
    expect(rows.map((r) => r.stakeholderId)).toEqual(fixture.nodes.map((n) => n.id));
    for (const row of rows) {
      for (const metric of METRICS) {
        const diff = Math.abs(row[metric] - fixture.expected[row.stakeholderId]![metric]);
        if (!(diff <= 1e-6)) throw new Error(`${file} ${row.stakeholderId} ${metric}: ${row[metric]} (worker) vs networkx ${fixture.expected[row.stakeholderId]![metric]}`);
      }
    }
  });

  it('remembers the answer for an unchanged map, and not for a changed one', async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'demo.json'), 'utf8')) as Fixture;
    const first = await service.rows('demo', () => fixture);
    // A new name is not a new map: same numbers, the new name shown.
    const renamed = fixture.nodes.map((n, i) => (i === 0 ? { ...n, name: 'Nama baru' } : n));
    const again = await service.rows('demo', () => ({ nodes: renamed, ties: fixture.ties }));
    expect(again[0]!.name).toBe('Nama baru');
    expect(again.map(({ name: _n, ...m }) => m)).toEqual(first.map(({ name: _n, ...m }) => m));
    const fewer = await service.rows('demo', () => ({ nodes: fixture.nodes, ties: fixture.ties.slice(1) }));
    expect(fewer).not.toEqual(first);
    // Same numbers as on this thread, up to the order in which the workers' shares are added.
    const here = computeMetrics(fixture.nodes, fixture.ties.slice(1));
    fewer.forEach((row, i) => METRICS.forEach((m) => expect(row[m]).toBeCloseTo(here[i]![m], 12)));
  });
});

describe('the map as compressed rows', () => {
  it('has the same arcs as the graphology graph it replaces', () => {
    for (const file of fixtureFiles) {
      const f = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Fixture;
      const arcs = (g: ReturnType<typeof indexTies>) => {
        const out: string[] = [];
        for (let i = 0; i < g.n; i++) for (let j = g.outStart[i]!; j < g.outStart[i + 1]!; j++) out.push(`${g.ids[i]}>${g.ids[g.outAdj[j]!]}`);
        return out.sort();
      };
      const direct = indexTies(f.nodes, f.ties);
      const viaGraphology = indexGraph(buildDiGraph(f.nodes, f.ties));
      expect(direct.ids, file).toEqual(viaGraphology.ids);
      expect(arcs(direct), file).toEqual(arcs(viaGraphology));
    }
  });
});

describe('network.metrics through the API', () => {
  it('follows every change of the map, and a rename without measuring again', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Peta' });
    const [a, b, c] = await Promise.all(['Ani', 'Budi', 'Citra'].map((name) => ok('stakeholders.create', { projectId, name, kind: 'core_firm' })));
    const tie = (s: string, t: string) => ok('relations.create', { projectId, sourceId: s, targetId: t, kind: 'upstream', formality: 'traditional', strength: 2, mutual: false, since: null, note: '' });
    await tie(a!.id, b!.id);
    const first = await ok('network.metrics', { projectId });
    expect(await ok('network.metrics', { projectId })).toEqual(first);
    await ok('stakeholders.update', { projectId, id: a!.id, name: 'Ani Baru' });
    const renamed = await ok('network.metrics', { projectId });
    expect(renamed.map((r) => r.name)).toContain('Ani Baru');
    await tie(b!.id, c!.id);
    const more = await ok('network.metrics', { projectId });
    expect(more.find((r) => r.stakeholderId === b!.id)!.betweenness).toBeGreaterThan(0);
    await ok('history.undo', { projectId });
    expect((await ok('network.metrics', { projectId })).find((r) => r.stakeholderId === b!.id)!.betweenness).toBe(0);
  });
});

const node = (id: string): MetricsNode => ({ id, name: id.toUpperCase() });
const tie = (sourceId: string, targetId: string, mutual = false, kind = 'information') => ({ sourceId, targetId, mutual, kind });
const values = (nodes: string[], ties: MetricsTie[]) =>
  Object.fromEntries(computeMetrics(nodes.map(node), ties).map(({ stakeholderId, name: _name, ...rest }) => [stakeholderId, rest]));

describe('network metrics, small cases by hand', () => {
  it('an empty map has no rows', () => {
    expect(computeMetrics([], [])).toEqual([]);
  });

  it('a single actor gets degree 1 like networkx, and nothing else but eigenvector 1', () => {
    expect(computeMetrics([node('a')], [])).toEqual([
      { stakeholderId: 'a', name: 'A', inDegree: 1, outDegree: 1, closeness: 0, betweenness: 0, eigenvector: 1 },
    ]);
  });

  it('two actors and one tie', () => {
    const v = values(['a', 'b'], [tie('a', 'b')]);
    expect(v.a).toMatchObject({ inDegree: 0, outDegree: 1, closeness: 0, betweenness: 0 });
    expect(v.b).toMatchObject({ inDegree: 1, outDegree: 0, closeness: 1, betweenness: 0 });
    // No cycle, so the power iteration does not converge (networkx raises); after the 1000
    // iterations x is proportional to (1, 1001) and that last iterate is what we return.
    expect(v.a!.eigenvector).toBeCloseTo(1 / Math.hypot(1, 1001), 12);
    expect(v.b!.eigenvector).toBeCloseTo(1001 / Math.hypot(1, 1001), 12);
  });

  it('a path a->b->c: b is the bridge, c is reached best', () => {
    const v = values(['a', 'b', 'c'], [tie('a', 'b'), tie('b', 'c')]);
    expect(v.b!.betweenness).toBeCloseTo(0.5, 12); // 1 pair of 2*1 ordered pairs
    expect(v.a!.betweenness).toBe(0);
    expect(v.c!.closeness).toBeCloseTo((2 / 3) * (2 / 2), 12); // reached by 2 of 2, total distance 3
    expect(v.b!.closeness).toBeCloseTo((1 / 1) * (1 / 2), 12); // reached by 1 of 2, distance 1
    expect(v.a!.closeness).toBe(0);
  });

  it('a mutual tie counts both ways', () => {
    const mutual = values(['a', 'b', 'c'], [tie('a', 'b', true), tie('b', 'c')]);
    const twoTies = values(['a', 'b', 'c'], [tie('a', 'b'), tie('b', 'a'), tie('b', 'c')]);
    expect(mutual).toEqual(twoTies);
    expect(mutual.a).toMatchObject({ inDegree: 0.5, outDegree: 0.5 });
    expect(mutual.b).toMatchObject({ inDegree: 0.5, outDegree: 1 });
    // A mutual tie on top of the same arc adds nothing.
    expect(values(['a', 'b', 'c'], [tie('a', 'b', true), tie('a', 'b'), tie('b', 'a', true), tie('b', 'c')])).toEqual(mutual);
  });

  it('parallel ties of different kinds between the same pair count once', () => {
    const once = values(['a', 'b', 'c'], [tie('a', 'b'), tie('b', 'c'), tie('c', 'a')]);
    const twice = values(['a', 'b', 'c'], [tie('a', 'b', false, 'finance'), tie('a', 'b', false, 'support'), tie('b', 'c'), tie('c', 'a')]);
    expect(twice).toEqual(once);
    expect(once.a).toMatchObject({ inDegree: 0.5, outDegree: 0.5 });
    expect(once.a!.eigenvector).toBeCloseTo(1 / Math.sqrt(3), 9);
  });

  it('self ties and ties to unknown actors are ignored', () => {
    const plain = values(['a', 'b'], [tie('a', 'b')]);
    expect(values(['a', 'b'], [tie('a', 'a'), tie('a', 'b'), tie('b', 'b', true), tie('a', 'zz'), tie('zz', 'b', true)])).toEqual(plain);
  });

  it('rows follow the order of the nodes given, isolated actors included', () => {
    const rows = computeMetrics(['c', 'a', 'x', 'b'].map(node), [tie('a', 'b'), tie('b', 'c')]);
    expect(rows.map((r) => r.stakeholderId)).toEqual(['c', 'a', 'x', 'b']);
    expect(rows[2]).toMatchObject({ inDegree: 0, outDegree: 0, closeness: 0, betweenness: 0 });
  });

  it('counts of shortest paths beyond 2^32 stay exact enough (graphology-metrics gives NaN here)', () => {
    // 14 layers of 8 actors, every actor tied to every actor of the next layer: 8^12 shortest
    // paths from the first layer to the last. Expected values from nx.betweenness_centrality.
    const ids: string[] = [];
    const ties: MetricsTie[] = [];
    for (let l = 0; l < 14; l++) for (let w = 0; w < 8; w++) ids.push(`${l}_${w}`);
    for (let l = 0; l < 13; l++) for (let a = 0; a < 8; a++) for (let b = 0; b < 8; b++) ties.push(tie(`${l}_${a}`, `${l + 1}_${b}`));
    const v = values(ids, ties);
    expect(v['5_0']!.betweenness).toBeCloseTo(0.02620802620802621, 9);
    expect(v['1_0']!.betweenness).toBeCloseTo(0.007862407862407862, 9);
    expect(v['10_0']!.betweenness).toBeCloseTo(0.019656019656019656, 9);
  });
});
