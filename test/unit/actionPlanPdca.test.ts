import { describe, expect, it } from 'vitest';
import { rawMaterialPlan, shortlistedProject } from './fixtures/actionPlan';

describe('PDCA', () => {
  it('goes Plan -> Do -> Check -> Action -> Do, one step at a time, with what each step needs', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const plan = await ok('actionPlans.create', { projectId, title: 'Pelatihan finishing', area: 'human_resources' });
    const stage = (to: 'plan' | 'do' | 'check' | 'action') => raw('actionPlans.setStage', { projectId, id: plan.id, stage: to });
    expect(await stage('check')).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'plan_stage_order' } });
    expect(await stage('do')).toMatchObject({ ok: false, error: { reason: 'plan_needs_start' } });
    expect(await raw('actionPlans.saveEvaluation', { projectId, planId: plan.id, kind: 'midterm' })).toMatchObject({ ok: false, error: { reason: 'plan_not_started' } });
    await ok('actionPlans.update', { projectId, id: plan.id, startDate: '2026-04-01', endDate: '2026-09-30' });
    expect(await stage('do')).toMatchObject({ ok: true, data: { stage: 'do' } });
    expect(await stage('check')).toMatchObject({ ok: true, data: { stage: 'check' } });
    expect(await stage('action')).toMatchObject({ ok: false, error: { reason: 'plan_needs_midterm' } });
    await ok('actionPlans.saveEvaluation', { projectId, planId: plan.id, kind: 'midterm', date: '2026-06-30', improvementPlan: 'Tambah satu pelatih' });
    expect(await stage('action')).toMatchObject({ ok: true, data: { stage: 'action' } });
    expect(await stage('do')).toMatchObject({ ok: true, data: { stage: 'do' } });
    await ok('history.undo', { projectId });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).stage).toBe('action');
  });

  it('records the mid-term evaluation (a plan in Do moves to Check) with actual against target at its month', async () => {
    const s = await shortlistedProject();
    const { ok, projectId } = s;
    const { plan, times, price } = await rawMaterialPlan(s);
    await ok('actionPlans.setStage', { projectId, id: plan.id, stage: 'do' });
    await ok('indicators.setActual', { projectId, id: times.id, period: '2026-06', value: 6 });
    await ok('indicators.setActual', { projectId, id: price.id, period: '2026-06', value: 14500 });
    await ok('indicators.setActual', { projectId, id: price.id, period: '2026-09', value: 12500 });
    const p = await ok('actionPlans.saveEvaluation', {
      projectId, planId: plan.id, kind: 'midterm', date: '2026-07-08', meetingId: s.general.id,
      problems: 'Harga rotan belum turun', improvementPlan: 'Menambah pemasok kedua', decision: 'Dilanjutkan dengan perbaikan',
    });
    expect(p.stage).toBe('check');
    expect(p.midterm).toMatchObject({ meetingTitle: 'Rapat Umum Anggota 2026', problems: 'Harga rotan belum turun' });
    // At July the September figure is not known yet: the price reads 14.500, behind.
    expect(p.midterm!.readings.map((r) => [r.actual, r.status])).toEqual([[6, 'on_track'], [14500, 'behind']]);
    expect(p.readings[1]!.actual).toBe(12500);
    await ok('history.undo', { projectId });
    const back = await ok('actionPlans.get', { projectId, id: plan.id });
    expect([back.stage, back.midterm]).toEqual(['do', null]);
  });

  it('closes with the outputs shared and the lessons kept; a closed plan moves no further until reopened', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const { plan } = await rawMaterialPlan(s);
    await ok('actionPlans.setStage', { projectId, id: plan.id, stage: 'do' });
    const closed = await ok('actionPlans.saveEvaluation', { projectId, planId: plan.id, kind: 'closing', date: '2026-12-20', meetingId: s.general.id, outputsShared: 'Laporan dibagikan dalam rapat umum', lessons: 'Mulai dari pemasok terdekat' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.closing).toMatchObject({ lessons: 'Mulai dari pemasok terdekat' });
    expect(await raw('actionPlans.setStage', { projectId, id: plan.id, stage: 'check' })).toMatchObject({ ok: false, error: { reason: 'plan_closed' } });
    const reopened = await ok('actionPlans.deleteEvaluation', { projectId, planId: plan.id, kind: 'closing' });
    expect([reopened.closedAt, reopened.closing]).toEqual([null, null]);
    // The meeting named in a record may be deleted: the record stays, without the meeting.
    await ok('history.undo', { projectId });
    await ok('meetings.delete', { projectId, id: s.general.id });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).closing).toMatchObject({ meetingId: null, meetingTitle: null });
  });
});

describe('the annual activity plan and budget', () => {
  it('sums the year\'s plans, is authorised by the general meeting as a decision of it, and shows later changes', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const { plan } = await rawMaterialPlan(s);
    await ok('actionPlans.create', { projectId, title: 'Belum berjadwal', area: 'finance' });
    let a = await ok('annualPlans.get', { projectId, year: 2026 });
    expect(a).toMatchObject({ year: 2026, total: 45_000_000, totals: { members: 20_000_000, apbd: 15_000_000, bank: 10_000_000 }, undated: 1, authorisation: null });
    expect(a.plans.map((p) => p.title)).toEqual(['Pembelian bahan baku bersama']);
    expect(a.years).toContain(2026);
    const fgd = await ok('meetings.create', { projectId, kind: 'fgd1' });
    expect(await raw('annualPlans.authorise', { projectId, year: 2026, meetingId: fgd.id })).toMatchObject({ ok: false, error: { reason: 'annual_plan_needs_general_meeting' } });
    expect(await raw('annualPlans.authorise', { projectId, year: 2027, meetingId: s.general.id })).toMatchObject({ ok: false, error: { reason: 'annual_plan_empty' } });
    a = await ok('annualPlans.authorise', { projectId, year: 2026, meetingId: s.general.id });
    expect(a.authorisation).toMatchObject({ meetingTitle: 'Rapat Umum Anggota 2026', total: 45_000_000, planCount: 1, changed: false });
    const minutes = await ok('meetings.get', { projectId, id: s.general.id });
    const item = minutes.agenda.find((i) => i.title === 'Pengesahan Rencana Kegiatan dan Anggaran Tahun 2026')!;
    expect(item.decisions.map((d) => d.text)).toEqual(['Rencana kegiatan dan anggaran tahun 2026 (1 kegiatan, jumlah anggaran Rp 45.000.000) disahkan oleh rapat.']);
    await ok('budgetLines.add', { projectId, planId: plan.id, description: 'Transport', source: 'others', amount: 500_000 });
    expect((await ok('annualPlans.get', { projectId, year: 2026 })).authorisation!.changed).toBe(true);
    await ok('history.undo', { projectId });
    await ok('history.undo', { projectId });
    expect((await ok('annualPlans.get', { projectId, year: 2026 })).authorisation).toBeNull();
    expect((await ok('meetings.get', { projectId, id: s.general.id })).agenda.some((i) => i.title.startsWith('Pengesahan Rencana'))).toBe(false);
  });
});
