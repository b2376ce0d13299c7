import { describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { makeBackend } from './helpers';

describe('the cluster profile', () => {
  it('outlines the cluster from its data: product, villages, firms, workers, sales, history, ANNEX-1, key actors, the network in words', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Batik Tulis Lasem', product: 'Batik tulis', regency: 'Kabupaten Rembang', province: 'Jawa Tengah' });
    const firm = (name: string, village: string, employees: number | null, salesVolume = '') => ok('stakeholders.create', {
      projectId, name, kind: 'core_firm', village, district: 'Kecamatan Lasem', salesVolume, ...(employees === null ? {} : { employees }),
    });
    const siti = await firm('Hj. Siti Aminah', 'Desa Babagan', 18, 'Rp 40 juta/bulan');
    const sri = await firm('Sri Wahyuni', 'Desa Babagan', 6);
    const ridwan = await firm('Muhammad Ridwan', 'Desa Karangturi', null);
    await ok('stakeholders.update', { projectId, id: siti.id, influence: 5, interest: 5 });
    const trader = await ok('stakeholders.create', { projectId, name: 'H. Rasidi', kind: 'buyer', influence: 4 });
    for (const f of [siti, sri, ridwan]) await ok('relations.create', { projectId, sourceId: f.id, targetId: trader.id, kind: 'downstream' });
    await ok('assessment.set', { projectId, history: 'Sentra batik tulis pesisiran sejak abad ke-19.', annualSales: 3_600_000_000 });
    const round = await ok('questionnaires.create', { projectId, title: 'Profil awal', date: '2026-03-03' });
    await ok('questionnaires.answer', { projectId, roundId: round.id, base: 2, choice: 3 });

    const file = await ok('documents.render', { projectId, kind: 'cluster-profile' });
    const text = docxText(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('PROFIL KLASTER');
    expect(text).toMatch(/Produk\s+:\s+Batik tulis/);
    expect(text).toMatch(/Jumlah usaha inti\s+:\s+3 usaha/);
    expect(text).toMatch(/Tenaga kerja\s+:\s+24 orang \(dari 2 usaha inti yang tercatat\)/);
    expect(text).toMatch(/Penjualan per tahun\s+:\s+Rp 3\.600\.000\.000/);
    expect(text).toMatch(/Desa Babagan\s+Kecamatan Lasem\s+2/);
    expect(text).toContain('Hj. Siti Aminah: Rp 40 juta/bulan');
    expect(text).toContain('Sentra batik tulis pesisiran sejak abad ke-19.');
    expect(text).toContain('Putaran "Profil awal", 3 Maret 2026.');
    expect(text).toContain('3 dari 5');
    expect(text).toContain('pengaruh 5, minat 5');
    expect(text).toMatch(/Pusat yang dituju \(in-degree\): H\. Rasidi \(1,000\)/);
    expect(text).toContain('paling banyak menerima hubungan');
  });

  it('says what is missing rather than printing blanks', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Baru' });
    const text = docxText(Buffer.from((await ok('documents.render', { projectId, kind: 'cluster-profile' })).base64, 'base64'));
    expect(text).toContain('Kuesioner ANNEX-1 belum diisi.');
    expect(text).toContain('Belum ada hubungan di peta.');
    expect(text).toMatch(/Tenaga kerja\s+:\s+belum dicatat/);
  });
});
