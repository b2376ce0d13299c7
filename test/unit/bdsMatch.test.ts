import { describe, expect, it } from 'vitest';
import { matchProviders, unmetServices } from '../../shared/actionPlans/bdsMatch';
import { docxText, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** A tile cluster with four BDS providers and a craftsman who is not one. */
async function registry() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Genteng Jatiwangi', regency: 'Kabupaten Majalengka', facilitatorName: 'Ratna Sari' });
  const add = (name: string, kind: string, extra: object = {}) => b.ok('stakeholders.create', { projectId, name, kind: kind as never, ...extra });
  const balai = await add('Balai Besar Keramik', 'rnd_institute', { bdsServices: ['testing', 'certification'], bdsReachable: false });
  const lpk = await add('LPK Karya Mandiri', 'consultant', { bdsServices: ['training', 'design'], bdsReachable: true });
  const konsultan = await add('CV Desain Nusantara', 'consultant', { bdsServices: ['design', 'marketing', 'training'] });
  await add('Bank BJB', 'bank', { bdsServices: ['accounting'] });
  await add('H. Dadang', 'core_firm', { bdsServices: ['training'] }); // not BDS: never suggested
  const plan = await b.ok('actionPlans.create', { projectId, title: 'Pelatihan desain genteng glasir', area: 'production' });
  return { ...b, projectId, plan, balai, lpk, konsultan };
}

describe('BDS providers matched to question 6', () => {
  it('suggests the providers offering the needed services: most matches first, then reachable, never non-BDS or chosen ones', async () => {
    const { ok, projectId } = await registry();
    const stakeholders = await ok('stakeholders.list', { projectId });
    const names = (needed: Parameters<typeof matchProviders>[0], except?: Set<string>) =>
      matchProviders(needed, stakeholders, except).map((m) => `${m.provider.name}: ${m.services.join('+')}`);
    expect(names([])).toEqual([]);
    expect(names(['design', 'marketing'])).toEqual(['CV Desain Nusantara: design+marketing', 'LPK Karya Mandiri: design']);
    expect(names(['training', 'design'])).toEqual(['LPK Karya Mandiri: training+design', 'CV Desain Nusantara: training+design']);
    expect(names(['training'])).toEqual(['LPK Karya Mandiri: training', 'CV Desain Nusantara: training']);
    const lpk = stakeholders.find((s) => s.name === 'LPK Karya Mandiri')!;
    expect(names(['training'], new Set([lpk.id]))).toEqual(['CV Desain Nusantara: training']);
    expect(unmetServices(['training', 'legal', 'information'], stakeholders)).toEqual(['legal', 'information']);
  });

  it('keeps the kinds of support with the plan (undoable), refuses unknown or repeated ones, and prints them', async () => {
    const { ok, raw, projectId, plan, lpk } = await registry();
    const saved = await ok('actionPlans.update', { projectId, id: plan.id, externalSupport: true, supportServices: ['training', 'design', 'legal'], supporterIds: [lpk.id] });
    expect(saved.supportServices).toEqual(['training', 'design', 'legal']);
    for (const bad of [['training', 'training'], ['cooking']]) {
      const refused = await raw('actionPlans.update', { projectId, id: plan.id, supportServices: bad });
      expect(refused.ok ? null : refused.error.code).toBe('invalid_input');
    }
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).supportServices).toEqual(['training', 'design', 'legal']);
    await ok('actionPlans.update', { projectId, id: plan.id, supportServices: [] });
    await ok('history.undo', { projectId });
    expect((await ok('actionPlans.get', { projectId, id: plan.id })).supportServices).toEqual(['training', 'design', 'legal']);

    const planDoc = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'action-plan', planId: plan.id })));
    expect(planDoc).toContain('Ya. Jenis dukungan: pelatihan, desain, hukum.');

    // The BDS list says which providers answer each plan's needs, and what nobody offers yet.
    const file = await ok('documents.render', { projectId, kind: 'bds-list' });
    const text = docxText(bytesOf(file));
    expect(text).toContain('Kebutuhan dukungan rencana kegiatan');
    const table = tables(unzipDocx(bytesOf(file)).documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('No\tRencana kegiatan'))!;
    const rows = tableRows(table).map(rowText);
    expect(rows[0]).toBe('No\tRencana kegiatan\tDukungan yang diperlukan (pertanyaan 5)\tPenyedia yang menawarkannya\tPendukung yang dipilih (pertanyaan 6)');
    expect(rows[1]).toBe('1\tPelatihan desain genteng glasir\tPelatihan, Desain, Hukum\tLPK Karya Mandiri CV Desain Nusantara Belum ada penyedia untuk: Hukum\tLPK Karya Mandiri');
  });
});
