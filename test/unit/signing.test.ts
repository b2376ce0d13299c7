import { describe, expect, it } from 'vitest';
import data from '../../resources/regions/regencies.json';
import type { Regency } from '../../shared/domain/regions';
import { docxText, findAll, makePng, tables, unzipDocx } from '../helpers/docx';
import { cmToTwip, contentWidthTwip } from '../../electron/export/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const regencies = (data as { regencies: Regency[] }).regencies;

const KEPALA_DINAS = { name: 'Ir. Bambang Sutrisno, M.M.', nip: '196805121994031007' };
const BUPATI = { name: 'Drs. H. Imron, M.Ag.' };
const BAPPEDA = { name: 'Dr. Hilmy Riva’i, M.Si.', nip: '197001011995031002' };

async function project() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', facilitatorOffice: 'Dinas Perindustrian dan Perdagangan Kabupaten Cirebon' });
  return { ...b, projectId };
}

/** Cirebon with its officials, a Dinas letterhead, and a board elected by consensus in FGD-2. */
async function signedProject() {
  const b = await project();
  const { ok, projectId } = b;
  await ok('signing.set', { projectId, regencyCode: '32.09', officials: { kepalaDinas: KEPALA_DINAS, regionalHead: BUPATI, kepalaBappeda: BAPPEDA } });
  await ok('letterhead.set', {
    projectId, institution: 'Pemerintah Kabupaten Cirebon', subInstitution: 'Dinas Perindustrian dan Perdagangan',
    address: 'Jl. Sunan Drajat No. 15, Sumber 45611', contact: 'Telp. (0231) 321197, e-mail: disperdag@cirebonkab.go.id',
  });
  const fgd1 = await ok('meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25' });
  await ok('rules.set', {
    projectId, meetingId: fgd1.id, termYears: 3,
    positions: [{ key: 'ketua', title: 'Ketua', count: 1, duties: '' }, { key: 'sekretaris', title: 'Sekretaris', count: 1, duties: '' }],
  });
  await ok('import.commit', { projectId, rows: ['H. Sukardi', 'Siti Aminah', 'Dedi Kurnia'].map((name) => ({ name, kind: 'core_firm' as const, clusterMember: true })) });
  const people = await ok('stakeholders.list', { projectId });
  const meeting = await ok('meetings.create', { projectId, kind: 'fgd2', date: '2026-12-09', place: 'Balai Desa Tegalwangi', chairName: 'Dedi Kurnia' });
  await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.map((p) => p.id) });
  const record = await ok('meetings.get', { projectId, id: meeting.id });
  for (const a of record.attendees) await ok('attendees.update', { projectId, id: a.id, present: true });
  const state = await ok('election.setup', { projectId, meetingId: meeting.id });
  const elected = ['H. Sukardi', 'Siti Aminah'];
  for (const [i, pos] of state.positions.entries()) {
    await ok('election.updatePosition', { projectId, positionId: pos.id, method: 'consensus' });
    const p = await ok('election.addCandidate', { projectId, positionId: pos.id, attendeeId: record.attendees.find((a) => a.name === elected[i])!.id });
    await ok('election.consensus', { projectId, positionId: pos.id, candidateIds: p.candidates.map((c) => c.id), note: '' });
    await ok('election.confirm', { projectId, positionId: pos.id });
  }
  await ok('organisation.update', { projectId, name: 'Paguyuban Klaster Mebel Rotan', seat: 'Desa Tegalwangi, Kecamatan Weru' });
  await ok('meetings.update', { projectId, id: meeting.id, startTime: '09:00', timeZone: 'WIB' });
  await ok('signing.setWitnesses', { projectId, meetingId: meeting.id, witnesses: ['Rahmat Hidayat', 'Nur Aisyah'] });
  const vision = await ok('vision.create', { projectId, vision: 'Menjadi sentra rotan unggulan', missions: ['Meningkatkan mutu', 'Memperluas pasar'] });
  await ok('vision.adopt', { projectId, id: vision.id, meetingId: meeting.id });
  return { ...b, meetingId: meeting.id };
}

const render = async (b: Awaited<ReturnType<typeof signedProject>>, kind: 'minutes' | 'vision-mission' | 'election-record' | 'board-list' | 'articles' | 'bylaws' | 'request-letter' | 'decree') => {
  const file = await b.ok('documents.render', { projectId: b.projectId, kind, meetingId: b.meetingId });
  return { text: docxText(bytesOf(file)), xml: unzipDocx(bytesOf(file)).documentXml };
};

describe('regions', () => {
  it('lists every regency and city with a seat; Cirebon signs in Sumber', async () => {
    expect(regencies).toHaveLength(514);
    expect(regencies.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
    expect(regencies.filter((r) => r.seat.trim()).length).toBe(regencies.length);
    expect(new Set(regencies.map((r) => r.code)).size).toBe(regencies.length);
    expect(regencies.find((r) => r.code === '32.09')).toMatchObject({ name: 'Cirebon', kind: 'kabupaten', seat: 'Sumber', provinceName: 'Jawa Barat' });
    expect(regencies.find((r) => r.code === '32.74')).toMatchObject({ name: 'Cirebon', kind: 'kota', seat: 'Cirebon' });
    const { ok } = makeBackend();
    expect(await ok('regions.list', {})).toHaveLength(514);
  });
});

describe('signing settings', () => {
  it('picks a regency: province, place and the head title follow; officials round trip; undo restores', async () => {
    const { ok, projectId } = await project();
    const s = await ok('signing.set', { projectId, regencyCode: '32.09' });
    expect(s).toMatchObject({ regencyCode: '32.09', regencyKind: 'kabupaten', place: 'Sumber', regency: { provinceName: 'Jawa Barat' } });
    expect(s.titles).toEqual({
      kepalaDinas: 'Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon', regionalHead: 'Bupati Cirebon',
      kepalaBappeda: 'Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Cirebon',
    });
    expect(await ok('projects.get', { projectId })).toMatchObject({ regency: 'Kabupaten Cirebon', province: 'Jawa Barat' });

    await ok('signing.set', { projectId, officials: { kepalaDinas: { name: KEPALA_DINAS.name, nip: '19680512 199403 1 007' } } });
    const saved = await ok('signing.get', { projectId });
    expect(saved.officials.kepalaDinas).toEqual({ ...KEPALA_DINAS, title: '' });

    await ok('history.undo', { projectId });
    expect((await ok('signing.get', { projectId })).officials.kepalaDinas.name).toBe('');
    await ok('history.undo', { projectId });
    expect(await ok('signing.get', { projectId })).toMatchObject({ regencyCode: '', place: '' });
    expect((await ok('projects.get', { projectId })).regency).toBe('');
    await ok('history.redo', { projectId });
    expect((await ok('signing.get', { projectId })).place).toBe('Sumber');
  });

  it('keeps a place typed by hand when the regency changes; a kota is headed by a Walikota', async () => {
    const { ok, projectId } = await project();
    await ok('signing.set', { projectId, regencyCode: '32.09' });
    expect((await ok('signing.set', { projectId, regencyCode: '32.74' })).place).toBe('Cirebon');
    await ok('signing.set', { projectId, place: 'Kantor Walikota' });
    const s = await ok('signing.set', { projectId, regencyCode: '33.17' });
    expect(s.place).toBe('Kantor Walikota');
    expect((await ok('signing.set', { projectId, regencyCode: '32.74' })).titles.regionalHead).toBe('Walikota Cirebon');
  });

  it('refuses a NIP that is not 18 digits and an unknown regency, changing nothing', async () => {
    const { ok, raw, projectId } = await project();
    const bad = await raw('signing.set', { projectId, officials: { kepalaDinas: { nip: '1968051219' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
    const unknown = await raw('signing.set', { projectId, regencyCode: '99.99' });
    expect(!unknown.ok && unknown.error.reason).toBe('regency_unknown');
    expect((await ok('signing.get', { projectId })).officials.kepalaDinas.nip).toBe('');
    expect((await ok('signing.set', { projectId, officials: { kepalaDinas: { nip: '' } } })).officials.kepalaDinas.nip).toBe('');
  });
});

describe('documents ready to sign', () => {
  it('fill Mengetahui with the Kepala Dinas and NIP, and sign in Sumber', async () => {
    const b = await signedProject();
    for (const kind of ['vision-mission', 'board-list', 'election-record'] as const) {
      const { text } = await render(b, kind);
      expect(text, kind).toContain('Mengetahui,');
      expect(text, kind).toContain('Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon,');
      expect(text, kind).toContain(KEPALA_DINAS.name);
      expect(text, kind).toContain(`NIP. ${KEPALA_DINAS.nip}`);
      expect(text, kind).toMatch(/Sumber, \d+ Desember 2026/);
      expect(text, kind).not.toMatch(/Cirebon, \d+ Desember 2026/);
    }
    expect((await render(b, 'minutes')).text).toContain('Sumber, 9 Desember 2026');
  });

  it('keep the dotted blank only while the official is unknown', async () => {
    const b = await signedProject();
    await b.ok('signing.set', { projectId: b.projectId, officials: { kepalaDinas: { name: '', nip: '' } } });
    const { text } = await render(b, 'board-list');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('(......................................)');
    expect(text).toContain('NIP. ......');
  });

  it("name the elected chair on the cluster's own papers", async () => {
    const b = await signedProject();
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    for (const kind of ['vision-mission', 'board-list', 'articles'] as const) {
      const { text } = await render(b, kind);
      expect(text, kind).toContain('Ketua Paguyuban Klaster Mebel Rotan,');
      expect(text, kind).toContain('H. Sukardi');
    }
  });

  it('print the witnesses and the start time in the berita acara', async () => {
    const b = await signedProject();
    const { text } = await render(b, 'election-record');
    expect(text).toContain('dua ribu dua puluh enam pukul 09.00 WIB, bertempat di Balai Desa Tegalwangi');
    for (const s of ['Saksi I,', 'Rahmat Hidayat', 'Saksi II,', 'Nur Aisyah']) expect(text).toContain(s);
  });

  it("head the cluster's papers with the organisation, the Dinas's with its letterhead", async () => {
    const b = await signedProject();
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    for (const kind of ['vision-mission', 'board-list', 'election-record', 'articles', 'request-letter'] as const) {
      const { text } = await render(b, kind);
      expect(text.startsWith('PAGUYUBAN KLASTER MEBEL ROTAN'), kind).toBe(true);
      expect(text, kind).not.toContain('DINAS PERINDUSTRIAN DAN PERDAGANGAN\n');
      expect(text, kind).not.toContain('disperdag@cirebonkab.go.id');
    }
    const minutes = await render(b, 'minutes');
    expect(minutes.text.startsWith('PEMERINTAH KABUPATEN CIREBON')).toBe(true);
    expect(minutes.text).toContain('DINAS PERINDUSTRIAN DAN PERDAGANGAN');
    // Wraps only where the office would: never inside "e-mail", before its address or a postcode.
    expect(minutes.text).toContain('e\u2011mail:\u00a0disperdag@cirebonkab.go.id');
    expect(minutes.text).toContain('Sumber\u00a045611');
  });

  it('address the head by title, and let the cluster chair and secretary sign the request letter', async () => {
    const b = await signedProject();
    const { text } = await render(b, 'request-letter');
    expect(text).toContain('Kepada Yth.\nBupati Cirebon\ndi');
    expect(text).not.toContain(`(${BUPATI.name})`);
    for (const s of ['Hormat kami,', 'Pengurus Paguyuban Klaster Mebel Rotan', 'Ketua,', 'H. Sukardi', 'Sekretaris,', 'Siti Aminah']) expect(text).toContain(s);
    expect(text).toMatch(/^Sumber, /m);
  });

  it('let the Dinas initiate: it signs with NIP under its letterhead, and the decree considers its proposal', async () => {
    const b = await signedProject();
    const c = await b.ok('cedc.update', { projectId: b.projectId, initiator: 'dinas' });
    expect(c.letter).toMatchObject({ signerName: KEPALA_DINAS.name, signerPosition: 'Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon' });
    expect(c.decree.considerations[1]).toMatch(/^bahwa Dinas Perindustrian dan Perdagangan Kabupaten Cirebon selaku pemrakarsa/);
    expect(c.letter.copies).not.toContain('Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon');
    const letter = await render(b, 'request-letter');
    expect(letter.text.startsWith('PEMERINTAH KABUPATEN CIREBON')).toBe(true);
    expect(letter.text).toContain(`NIP. ${KEPALA_DINAS.nip}`);
    const decree = await render(b, 'decree');
    expect(decree.text).toContain('selaku pemrakarsa telah mengusulkan pembentukan Komite Pengembangan Ekonomi Terpadu');
    expect(decree.text).toContain(BUPATI.name);
    expect(decree.text).toContain('Ditetapkan di Sumber');

    const back = await b.ok('cedc.update', { projectId: b.projectId, initiator: 'bappeda' });
    expect(back.letter.signerName).toBe(BAPPEDA.name);
    expect(back.decree.considerations[1]).toMatch(/^bahwa Badan Perencanaan Pembangunan Daerah Kabupaten Cirebon/);
    expect(back.letter.copies).toEqual(['Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon', 'Arsip']);
  });

  it('give the letterhead text the width the logo leaves, so the office name, postcode and e-mail do not wrap', async () => {
    const b = await signedProject();
    const columns = async () => {
      const kop = tables((await render(b, 'minutes')).xml)[0]!;
      return findAll(kop, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
    };
    expect(await columns()).toEqual([contentWidthTwip('A4')]);
    await b.ok('letterhead.set', { projectId: b.projectId, logoBase64: makePng(40, 48, () => [40, 60, 140, 255]).toString('base64'), logoType: 'png' });
    const [logo, text] = (await columns()) as [number, number];
    expect(logo).toBe(cmToTwip(2.5));
    expect(text).toBe(contentWidthTwip('A4') - logo);
    expect(text).toBeGreaterThan(cmToTwip(13));
  });
});
