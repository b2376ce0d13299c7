// Snapshots, exports and documents take the map's metrics from the metrics workers, measured
// before their transaction: the host answers other calls meanwhile, and the figures stay those
// of the map written (equal to the ones computed on the thread).
import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../shared/domain/relation';
import { computeMetrics } from '../../electron/services/network/metrics';
import { makeBackend } from './helpers';

const METRICS = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const;

function expectSameMetrics(actual: MetricsRow[], expected: MetricsRow[]): void {
  expect(actual.map((r) => [r.stakeholderId, r.name])).toEqual(expected.map((r) => [r.stakeholderId, r.name]));
  actual.forEach((row, i) => {
    for (const m of METRICS) expect(row[m], `${row.name} ${m}`).toBeCloseTo(expected[i]![m], 12);
  });
}

async function demo() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.createDemo', { story: false });
  return { ...b, projectId };
}

/** The metrics as computed on this thread from what the project holds now. */
async function onThread(ok: ReturnType<typeof makeBackend>['ok'], projectId: string): Promise<MetricsRow[]> {
  return computeMetrics(await ok('stakeholders.list', { projectId }), await ok('relations.list', { projectId }));
}

describe('metrics measured off the host thread', () => {
  it('a snapshot stores the same figures as computed on the thread, and the host answered a call while it was measured', async () => {
    const { ok, projectId } = await demo();
    const order: string[] = [];
    const taking = ok('snapshots.create', { projectId, name: 'Awal' }).then((s) => (order.push('snapshot'), s));
    const listing = ok('stakeholders.list', { projectId }).then((l) => (order.push('list'), l));
    const [snap] = await Promise.all([taking, listing]);
    expect(order).toEqual(['list', 'snapshot']);
    const stored = await ok('snapshots.get', { projectId, id: snap.id });
    expectSameMetrics(stored.data.metrics, await onThread(ok, projectId));
  });

  it('a tie added while the snapshot is measured is in its figures: they belong to the map it stores', async () => {
    const { ok, projectId } = await demo();
    const people = await ok('stakeholders.list', { projectId });
    const before = await onThread(ok, projectId);
    const [a, b] = [people.at(-1)!, people[0]!];
    const taking = ok('snapshots.create', { projectId, name: 'Saat menambah' });
    const tie = ok('relations.create', { projectId, sourceId: a.id, targetId: b.id, kind: 'information' });
    const [snap] = await Promise.all([taking, tie]);
    const stored = await ok('snapshots.get', { projectId, id: snap.id });
    const after = await onThread(ok, projectId);
    expect(stored.data.relations).toHaveLength((await ok('relations.list', { projectId })).length);
    expectSameMetrics(stored.data.metrics, after);
    expectSameMetrics(stored.data.metrics, computeMetrics(stored.data.stakeholders, stored.data.relations));
    expect(after.find((r) => r.stakeholderId === b.id)!.inDegree).not.toBe(before.find((r) => r.stakeholderId === b.id)!.inDegree);
  });

  it('comparing with the map as it is now uses the same figures as the metrics panel', async () => {
    const { ok, projectId } = await demo();
    const snap = await ok('snapshots.create', { projectId, name: 'Awal' });
    const diff = await ok('snapshots.compare', { projectId, beforeId: snap.id, afterId: 'current' });
    const panel = await ok('network.metrics', { projectId });
    for (const change of diff.metricChanges) {
      const row = panel.find((r) => r.stakeholderId === change.stakeholderId)!;
      for (const m of METRICS) expect(change.after![m]).toBeCloseTo(row[m], 12);
    }
    expect(diff.metricChanges).toHaveLength(panel.length);
  });
});
