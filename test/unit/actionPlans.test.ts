import { describe, expect, it } from 'vitest';
import { rawMaterialPlan, shortlistedProject } from './fixtures/actionPlan';

describe('action plans', () => {
  it('come from a short-listed theme (several from one workshop) or from scratch, and refuse what was not kept', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const a = await ok('actionPlans.create', { projectId, title: 'Pembelian bahan baku bersama', area: 'raw_material', shortlistItemId: s.groups[0]!.id });
    expect(a).toMatchObject({ stage: 'plan', horizon: 'short', source: { workshopId: s.workshopId, label: 'Pembelian bahan baku bersama', theme: 'Masalah utama klaster' }, budgetTotal: 0 });
    await ok('actionPlans.create', { projectId, title: 'Gudang bersama', area: 'production', shortlistItemId: s.groups[0]!.id });
    const scratch = await ok('actionPlans.create', { projectId, title: 'Pelatihan pembukuan', area: 'finance', horizon: 'medium' });
    expect(scratch.source).toBeNull();
    expect((await ok('actionPlans.list', { projectId })).map((p) => p.title)).toEqual(['Pembelian bahan baku bersama', 'Gudang bersama', 'Pelatihan pembukuan']);
    expect(await raw('actionPlans.create', { projectId, title: 'Akses modal', area: 'finance', shortlistItemId: s.groups[4]!.id }))
      .toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'not_shortlisted' } });
    expect(await raw('actionPlans.create', { projectId, title: 'X', area: 'finance', shortlistItemId: s.koperasi.id }))
      .toMatchObject({ ok: false, error: { code: 'not_found', reason: 'shortlist_item_not_found' } });
  });

  it('keeps the answers to the nine questions, supporters from the registry, and refuses an end before the start', async () => {
    const s = await shortlistedProject();
    const { plan } = await rawMaterialPlan(s);
    const p = await s.ok('actionPlans.get', { projectId: s.projectId, id: plan.id });
    expect(p).toMatchObject({
      why: 'Harga rotan yang dibeli sendiri-sendiri mahal dan mutunya tidak menentu.', responsibleName: 'H. Sukardi', responsibleStakeholderId: s.pak.id,
      externalSupport: true, supporters: [{ stakeholderId: s.koperasi.id, name: 'Koperasi Mekar Sari', kind: 'association' }],
      milestones: [{ title: 'Kontrak ditandatangani', date: '2026-03-15' }, { title: 'Pembelian pertama', date: '2026-04-10' }],
      assumptions: { purpose: 'Harga rotan di pasar tidak melonjak', goal: '' },
    });
    expect(await s.raw('actionPlans.update', { projectId: s.projectId, id: plan.id, endDate: '2025-06-30' }))
      .toMatchObject({ ok: false, error: { reason: 'plan_end_before_start' } });
    // Naming a supporter never blocks removing them from the registry; the plan keeps the name.
    await s.ok('stakeholders.delete', { projectId: s.projectId, id: s.koperasi.id });
    expect((await s.ok('actionPlans.get', { projectId: s.projectId, id: plan.id })).supporters[0]!.name).toBe('Koperasi Mekar Sari');
    // Adding another supporter keeps the one deleted from the registry.
    const p2 = await s.ok('actionPlans.update', { projectId: s.projectId, id: plan.id, supporterIds: [s.koperasi.id, s.bank.id] });
    expect(p2.supporters.map((x) => x.name)).toEqual(['Koperasi Mekar Sari', 'Bank Jabar Cabang Sumber']);
  });

  it('sums the budget per source of funds as integer rupiah, and every edit is undone', async () => {
    const s = await shortlistedProject();
    const { ok, projectId } = s;
    const { plan } = await rawMaterialPlan(s);
    let p = await ok('actionPlans.get', { projectId, id: plan.id });
    expect(p.totals).toEqual({ members: 20_000_000, apbd: 15_000_000, bank: 10_000_000, csr: 0, others: 0 });
    expect(p.budgetTotal).toBe(45_000_000);
    const line = p.budgetLines[1]!;
    await ok('budgetLines.update', { projectId, id: line.id, source: 'csr', amount: 12_500_000 });
    p = await ok('actionPlans.get', { projectId, id: plan.id });
    expect(p.totals).toMatchObject({ apbd: 0, csr: 12_500_000 });
    expect(p.budgetTotal).toBe(42_500_000);
    await ok('history.undo', { projectId });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).budgetTotal).toBe(45_000_000);
    await ok('budgetLines.delete', { projectId, id: line.id });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).budgetLines).toHaveLength(2);
    await ok('history.undo', { projectId });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).budgetLines.map((l) => l.description)).toEqual(['Iuran modal pembelian', 'Sewa gudang', 'Kredit modal kerja']);
    expect(await s.raw('budgetLines.add', { projectId, planId: plan.id, description: 'Pecahan', source: 'others', amount: 10.5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await s.raw('budgetLines.add', { projectId, planId: plan.id, description: 'Minus', source: 'others', amount: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('deletes a plan with its budget, indicators and records in one step that one undo brings back whole', async () => {
    const s = await shortlistedProject();
    const { ok, projectId } = s;
    const { plan, times } = await rawMaterialPlan(s);
    await ok('indicators.setActual', { projectId, id: times.id, period: '2026-03', value: 2 });
    await ok('actionPlans.update', { projectId, id: plan.id, startDate: '2026-01-01' });
    await ok('actionPlans.setStage', { projectId, id: plan.id, stage: 'do' });
    await ok('actionPlans.saveEvaluation', { projectId, planId: plan.id, kind: 'midterm', date: '2026-06-30', problems: 'Pemasok terlambat' });
    const before = await ok('actionPlans.get', { projectId, id: plan.id });
    await ok('actionPlans.delete', { projectId, id: plan.id });
    expect(await ok('actionPlans.list', { projectId })).toEqual([]);
    await ok('history.undo', { projectId });
    expect(await ok('actionPlans.get', { projectId, id: plan.id })).toEqual(before);
    await ok('history.redo', { projectId });
    expect(await s.raw('actionPlans.get', { projectId, id: plan.id })).toMatchObject({ ok: false, error: { reason: 'action_plan_not_found' } });
  });
});

describe('action plans under bad or extreme input', () => {
  it('answer with a reason, never an internal error, and still print the documents', async () => {
    const s = await shortlistedProject();
    const { ok, raw, projectId } = s;
    const ghost = '00000000-0000-4000-8000-000000000000';
    for (const [method, input] of [
      ['actionPlans.get', { id: ghost }], ['actionPlans.update', { id: ghost, title: 'X' }], ['actionPlans.delete', { id: ghost }],
      ['actionPlans.setStage', { id: ghost, stage: 'do' }], ['actionPlans.saveEvaluation', { planId: ghost, kind: 'midterm' }],
      ['budgetLines.add', { planId: ghost, description: 'X', source: 'csr', amount: 1 }], ['budgetLines.update', { id: ghost, amount: 1 }],
      ['indicators.create', { planId: ghost, level: 'goal', description: 'X' }], ['indicators.setActual', { id: ghost, period: '2026-01', value: 1 }],
      ['indicators.list', { planId: ghost }], ['annualPlans.authorise', { year: 2026, meetingId: ghost }],
      ['documents.render', { kind: 'action-plan', planId: ghost }], ['documents.render', { kind: 'monitoring-report', snapshotId: ghost }],
      ['budgetLines.add', { planId: ghost, description: 'X', source: 'csr', amount: 1e12 }], ['annualPlans.get', { year: 1999 }],
      ['actionPlans.create', { title: 'X', area: 'tourism' }], ['indicators.create', { planId: ghost, level: 'activities', description: 'X' }],
    ] as const) {
      const answer = await raw(method, { projectId, ...input });
      expect(answer.ok, method).toBe(false);
      if (!answer.ok) expect(['not_found', 'invalid_input', 'invalid_state'], `${method} ${JSON.stringify(answer.error)}`).toContain(answer.error.code);
    }
    // A century-long schedule and a budget too large for words still print.
    const plan = await ok('actionPlans.create', { projectId, title: 'Rencana panjang', area: 'finance' });
    await ok('actionPlans.update', { projectId, id: plan.id, startDate: '2000-01-01', endDate: '2100-12-31', milestones: [{ title: 'Jauh', date: '2099-01-01' }] });
    for (let i = 0; i < 3; i++) await ok('budgetLines.add', { projectId, planId: plan.id, description: `Baris ${i}`, source: 'others', amount: 100_000_000_000 });
    const ind = await ok('indicators.create', { projectId, planId: plan.id, level: 'goal', description: 'Besar', baseline: -1e12, target: 1e12 });
    await ok('indicators.setActual', { projectId, id: ind.id, period: '2000-01', value: 1e12 });
    await ok('actionPlans.setStage', { projectId, id: plan.id, stage: 'do' });
    for (const kind of ['action-plan', 'pdm'] as const) expect((await ok('documents.render', { projectId, kind, planId: plan.id })).base64.length).toBeGreaterThan(1000);
    expect((await ok('documents.render', { projectId, kind: 'annual-plan', year: 2000 })).base64.length).toBeGreaterThan(1000);
    expect((await ok('documents.render', { projectId, kind: 'monitoring-report' })).base64.length).toBeGreaterThan(1000);
    expect((await ok('actionPlans.exportXlsx', { projectId })).base64.length).toBeGreaterThan(1000);
  });
});
