import { describe, expect, it } from 'vitest';
import { docxText, sectionProperties, unzipDocx } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

async function project() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Tahu Kalisari', product: 'Tahu', regency: 'Kabupaten Banyumas', province: 'Jawa Tengah', facilitatorName: 'Ratna Sari' });
  return { ...b, projectId };
}

describe('the initiation plan', () => {
  it('starts from the guideline\'s six steps, each with its target output and kind of meeting, in one undo step', async () => {
    const { ok, raw, projectId } = await project();
    expect((await ok('initiation.get', { projectId })).activities).toEqual([]);
    const plan = await ok('initiation.prefill', { projectId });
    expect(plan.activities.map((a) => a.meetingKind)).toEqual([null, 'kickoff', 'small_group', 'fgd1', 'fgd2', 'general']);
    expect(plan.activities[3]!.output).toContain('Visi dan misi klaster disepakati');
    expect(plan.activities[4]!.output).toContain('pengurus (anggota eksekutif) terpilih');
    expect(plan.activities[5]!.output).toContain('Draf AD/ART disahkan');
    expect(await raw('initiation.prefill', { projectId })).toMatchObject({ ok: false, error: { reason: 'initiation_not_empty' } });
    await ok('history.undo', { projectId });
    expect((await ok('initiation.get', { projectId })).activities).toEqual([]);
  });

  it('shows the meetings of each step\'s kind as they are created, and sums the budget per source', async () => {
    const { ok, raw, projectId } = await project();
    let plan = await ok('initiation.prefill', { projectId });
    const fgd1 = plan.activities[3]!;
    await ok('initiation.update', { projectId, id: fgd1.id, startDate: '2026-04-14', endDate: '2026-04-14', budget: 2_500_000, funding: 'apbd' });
    await ok('initiation.update', { projectId, id: plan.activities[1]!.id, budget: 1_500_000, funding: 'members' });
    expect(await raw('initiation.update', { projectId, id: fgd1.id, endDate: '2026-04-01' })).toMatchObject({ ok: false, error: { reason: 'initiation_end_before_start' } });
    const meeting = await ok('meetings.create', { projectId, kind: 'fgd1', title: 'FGD-1 Klaster Tahu', date: '2026-04-14' });
    plan = await ok('initiation.get', { projectId });
    expect(plan.activities[3]!.meetings).toEqual([{ id: meeting.id, title: 'FGD-1 Klaster Tahu', date: '2026-04-14' }]);
    expect(plan.budgetTotal).toBe(4_000_000);
    expect(plan.budgetBySource).toEqual([{ funding: 'apbd', amount: 2_500_000 }, { funding: 'members', amount: 1_500_000 }]);

    plan = await ok('initiation.move', { projectId, id: fgd1.id, index: 0 });
    expect(plan.activities[0]!.id).toBe(fgd1.id);
    plan = await ok('initiation.delete', { projectId, id: fgd1.id });
    expect(plan.activities).toHaveLength(5);
    await ok('history.undo', { projectId });
    expect((await ok('initiation.get', { projectId })).activities[0]!.title).toBe('FGD-1: visi, misi dan aturan');
  });

  it('prints the plan in landscape with outputs, linked meetings, budget and the Kepala Dinas', async () => {
    const { ok, projectId } = await project();
    const plan = await ok('initiation.prefill', { projectId });
    await ok('initiation.update', { projectId, id: plan.activities[1]!.id, startDate: '2026-03-02', budget: 1_500_000, funding: 'apbd' });
    await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Pertemuan awal klaster tahu', date: '2026-03-02' });
    const file = await ok('documents.render', { projectId, kind: 'initiation-plan' });
    const text = docxText(bytesOf(file));
    expect(text).toContain('RENCANA INISIASI KLASTER');
    expect(text).toContain('Pertemuan awal klaster tahu (2 Maret 2026)');
    expect(text).toContain('FGD-2 belum dijadwalkan');
    expect(text).toContain('Rp 1.500.000');
    expect(text).toContain('Ratna Sari');
    const xml = unzipDocx(bytesOf(file)).documentXml;
    expect(sectionProperties(xml).some((s) => JSON.stringify(s).includes('landscape'))).toBe(true);
  });
});
