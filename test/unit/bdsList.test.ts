import { describe, expect, it } from 'vitest';
import { id } from '../../renderer/i18n/id';
import { BDS_SERVICES } from '../../shared/domain/stakeholderProfile';
import { BDS_SERVICE_LABELS_ID } from '../../shared/labels';
import { docxText, isCantSplit, isHeaderRow, rowText, sectionProperties, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

async function project() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Genteng Jatiwangi', regency: 'Kabupaten Majalengka', facilitatorName: 'Ratna Sari' });
  return { ...b, projectId };
}

describe('the BDS provider list', () => {
  it('service labels on paper equal the dialog\'s', () => {
    expect(BDS_SERVICE_LABELS_ID).toEqual(id.profile.service);
    expect(Object.keys(BDS_SERVICE_LABELS_ID).sort()).toEqual([...BDS_SERVICES].sort());
  });

  it('lists the BDS family with services, area, contact, fee, record and reachability; header repeats, rows never split', async () => {
    const { ok, projectId } = await project();
    const bank = await ok('stakeholders.create', { projectId, name: 'Bank BJB Cabang Majalengka', kind: 'bank', phone: '0233 281234' });
    await ok('stakeholders.update', { projectId, id: bank.id, bdsServices: ['consultation', 'information'], bdsArea: 'Kabupaten Majalengka',
      bdsFeeBasis: 'Gratis bagi nasabah', bdsTrackRecord: 'KUR untuk 30 perajin genteng (2025)', bdsReachable: true });
    await ok('stakeholders.create', { projectId, name: 'Balai Besar Keramik', kind: 'rnd_institute', bdsServices: ['testing', 'certification'],
      bdsContact: 'Bu Sri, 022 7206221', bdsReachable: false });
    await ok('stakeholders.create', { projectId, name: 'KUD Sumber Rejeki', kind: 'cooperative' });
    await ok('stakeholders.create', { projectId, name: 'H. Dadang', kind: 'core_firm' }); // not BDS: left out
    // A large registry: the table runs over several pages.
    for (let i = 1; i <= 40; i++) await ok('stakeholders.create', { projectId, name: `Konsultan ${String(i).padStart(2, '0')}`, kind: 'consultant', bdsServices: ['training'] });

    const file = await ok('documents.render', { projectId, kind: 'bds-list' });
    expect(file.fileName).toMatch(/^Daftar BDS Provider .*\.docx$/);
    const xml = unzipDocx(bytesOf(file)).documentXml;
    const text = docxText(bytesOf(file));
    for (const s of ['DAFTAR BDS PROVIDER YANG DAPAT DIAKSES', 'KLASTER GENTENG JATIWANGI', 'Kabupaten Majalengka', '43 (1 terjangkau dalam 1 jam)', 'Ratna Sari']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('H. Dadang');

    const table = tables(xml).find((t) => rowText(tableRows(t)[0]!).startsWith('No\t'))!;
    const rows = tableRows(table);
    expect(rowText(rows[0]!)).toBe('No\tPenyedia layanan\tLayanan yang ditawarkan\tWilayah layanan\tKontak\tDasar biaya\tPengalaman dan kinerja\tTerjangkau dalam 1 jam');
    expect(rows).toHaveLength(44);
    // Reachable first; the contact falls back to the phone.
    expect(rowText(rows[1]!)).toBe('1\tBank BJB Cabang Majalengka Bank\tKonsultasi, Informasi\tKabupaten Majalengka\t0233 281234\tGratis bagi nasabah\tKUR untuk 30 perajin genteng (2025)\tYa');
    expect(rows.map(rowText)).toContain('43\tBalai Besar Keramik Lembaga litbang/uji\tPengujian, Sertifikasi\t-\tBu Sri, 022 7206221\t-\t-\tTidak');
    expect(rows.map(rowText).find((r) => r.includes('KUD Sumber Rejeki'))).toBe(`${rows.map(rowText).findIndex((r) => r.includes('KUD'))}\tKUD Sumber Rejeki Koperasi\t-\t-\t-\t-\t-\t-`);
    expect(isHeaderRow(rows[0]!)).toBe(true);
    expect(rows.slice(1).some(isHeaderRow)).toBe(false);
    expect(rows.every(isCantSplit)).toBe(true);
    // Landscape: the page is wider than tall.
    const pgSz = sectionProperties(xml)[0]!.children.find((c) => typeof c !== 'string' && c.name === 'w:pgSz') as { attrs: Record<string, string> };
    expect(Number(pgSz.attrs['w:w'])).toBeGreaterThan(Number(pgSz.attrs['w:h']));
  });

  it('says so when the registry has no BDS provider yet', async () => {
    const { ok, projectId } = await project();
    const text = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'bds-list', paper: 'F4' })));
    expect(text).toContain('Belum ada BDS provider di daftar pemangku kepentingan.');
  });
});
