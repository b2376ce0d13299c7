import { describe, expect, it } from 'vitest';
import { expectedShare, periodEnd, progressOf, statusOf } from '../../shared/actionPlans/progress';
import { rawMaterialPlan, shortlistedProject } from './fixtures/actionPlan';

describe('indicator progress', () => {
  it('measures from the baseline towards the target, also for a target below the baseline', () => {
    expect(progressOf(0, 12, 6)).toBe(0.5);
    expect(progressOf(15000, 12000, 14500)).toBeCloseTo(1 / 6);
    expect(progressOf(null, 10, 10)).toBe(1);
    expect(progressOf(5, null, 3)).toBeNull();
    expect(progressOf(5, 5, 4)).toBeNull();
  });

  it('expects the share of the schedule gone by the end of the month, 1 without dates', () => {
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(expectedShare({ startDate: '2026-01-01', endDate: '2026-12-31' }, '2026-06')).toBeCloseTo(181 / 365);
    expect(expectedShare({ startDate: '2026-03-01', endDate: '2026-05-31' }, '2026-01')).toBe(0);
    expect(expectedShare({ startDate: '2026-03-01', endDate: '2026-05-31' }, '2027-01')).toBe(1);
    expect(expectedShare({ startDate: '', endDate: '' }, '2026-06')).toBe(1);
    expect([statusOf(null, 0.5), statusOf(0.2, 0.5), statusOf(0.5, 0.5), statusOf(1, 0.5)]).toEqual(['no_data', 'behind', 'on_track', 'achieved']);
  });
});

describe('indicators over periods', () => {
  it('keep one actual a month, oldest first; a second entry replaces, null removes, each an undo step', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const { plan, times } = await rawMaterialPlan(s);
    await ok('indicators.setActual', { projectId, id: times.id, period: '2026-06', value: 5 });
    await ok('indicators.setActual', { projectId, id: times.id, period: '2026-03', value: 2, note: 'kontrak pertama' });
    let ind = await ok('indicators.setActual', { projectId, id: times.id, period: '2026-06', value: 6 });
    expect(ind.actuals).toEqual([{ period: '2026-03', value: 2, note: 'kontrak pertama' }, { period: '2026-06', value: 6, note: '' }]);
    await ok('history.undo', { projectId });
    expect((await ok('indicators.list', { projectId, planId: plan.id }))[0]!.actuals.at(-1)).toMatchObject({ period: '2026-06', value: 5 });
    ind = await ok('indicators.setActual', { projectId, id: times.id, period: '2026-03', value: null });
    expect(ind.actuals.map((a) => a.period)).toEqual(['2026-06']);
    expect(await raw('indicators.setActual', { projectId, id: times.id, period: '2026-13', value: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('read each indicator at its latest actual against the schedule: one on track, one behind', async () => {
    const s = await shortlistedProject();
    const { ok, projectId } = s;
    const { plan, times, price } = await rawMaterialPlan(s);
    await ok('indicators.setActual', { projectId, id: times.id, period: '2026-06', value: 6 });
    await ok('indicators.setActual', { projectId, id: price.id, period: '2026-06', value: 14500 });
    const p = await ok('actionPlans.get', { projectId, id: plan.id });
    expect(p.readings.map((r) => [r.description, r.actual, r.status])).toEqual([['Pembelian bersama', 6, 'on_track'], ['Harga rotan per kg', 14500, 'behind']]);
    expect(p.readings[1]!.progress).toBeCloseTo(1 / 6);
    await ok('indicators.update', { projectId, id: price.id, target: 14500 });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).readings[1]!.status).toBe('achieved');
    await ok('indicators.delete', { projectId, id: price.id });
    expect((await ok('indicators.list', { projectId, planId: plan.id })).map((i) => i.description)).toEqual(['Pembelian bersama']);
    await ok('history.undo', { projectId });
    expect((await ok('indicators.list', { projectId, planId: plan.id }))[1]!.actuals).toHaveLength(1);
  });
});
