import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNEX1_BASES, ANNEX1_PURPOSES } from '../../shared/diagnosis/annex1';
import { suggestBase2 } from '../../shared/diagnosis/base2';
import { SCALE_NOTE } from '../../shared/diagnosis/scale';
import { docxText, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend, tempDir } from './helpers';

// ANNEX-1 as it stands in the guideline (seed 003), copied verbatim into the fixtures.
const SEED = path.resolve(__dirname, 'fixtures/annex1-seed.txt');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).status === 0;

async function project() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Genteng Jatiwangi', regency: 'Kabupaten Majalengka', facilitatorName: 'Ratna Sari' });
  return { ...b, projectId };
}

describe('the ANNEX-1 statements', () => {
  it('are the seed\'s words, five per Base, in the seed\'s order (best first), with the four purposes', () => {
    const seed = squash(fs.readFileSync(SEED, 'utf8'));
    const annex = seed.slice(seed.indexOf('ANNEX-1 Kuestioner'));
    expect(ANNEX1_BASES.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of ANNEX1_PURPOSES) expect(annex, p.id).toContain(`- ${squash(p.id)}`);
    let at = 0;
    for (const base of ANNEX1_BASES) {
      expect(base.statements, base.title.id).toHaveLength(5);
      // The Base line itself: "Base 3 Bidang industri/pasar <input ...> first statement".
      const head = annex.indexOf(`Base ${base.number} ${squash(base.title.id)} `, at);
      expect(head, `Base ${base.number}`).toBeGreaterThanOrEqual(at);
      at = head;
      for (const s of base.statements) {
        expect(s.en.trim(), s.id).not.toBe('');
        const found = annex.indexOf(squash(s.id), at);
        expect(found, s.id).toBeGreaterThan(at);
        at = found;
      }
    }
  });
});

describe('the Base 2 suggestion', () => {
  it('follows the seed\'s bands of core firms at their edges', () => {
    const cases: [number, number][] = [[0, 5], [14, 5], [15, 4], [49, 4], [50, 3], [99, 3], [100, 2], [199, 2], [200, 1], [1250, 1]];
    for (const [count, choice] of cases) expect(suggestBase2(count).choice, String(count)).toBe(choice);
    expect(suggestBase2(37).reason).toBe('Daftar pemangku kepentingan mencatat 37 perusahaan inti: "15 perusahaan atau lebih, dan kurang dari 50 perusahaan".');
  });

  it('counts the registry\'s core firms only, and follows it as it grows', async () => {
    const { ok, projectId } = await project();
    expect(await ok('questionnaires.suggestBase2', { projectId })).toMatchObject({ base: 2, choice: 5, coreFirms: 0, min: 0, max: 14 });
    for (let i = 0; i < 16; i++) await ok('stakeholders.create', { projectId, name: `Pengrajin ${i + 1}`, kind: 'core_firm' });
    await ok('stakeholders.create', { projectId, name: 'Toko Bangunan Jaya', kind: 'buyer' });
    await ok('stakeholders.create', { projectId, name: 'PT Genteng Super', kind: 'leading_firm' });
    expect(await ok('questionnaires.suggestBase2', { projectId })).toMatchObject({ choice: 4, coreFirms: 16, min: 15, max: 49 });
  });
});

describe('questionnaire rounds', () => {
  it('keep a choice and a note per Base, the respondent or the meeting, and their grades and total', async () => {
    const { ok, raw, projectId } = await project();
    const meeting = await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Rapat Awal Klaster', date: '2026-02-03' });
    const r = await ok('questionnaires.create', { projectId, title: 'Survei awal', meetingId: meeting.id, date: '2026-02-03' });
    expect(r).toMatchObject({ title: 'Survei awal', respondent: '', meetingTitle: 'Rapat Awal Klaster', answered: 0, total: null });
    expect(r.answers).toHaveLength(8);
    await ok('questionnaires.answer', { projectId, roundId: r.id, base: 1, choice: 2, note: 'Dua desa bertetangga' });
    await ok('questionnaires.answer', { projectId, roundId: r.id, base: 3, choice: 4 });
    let got = await ok('questionnaires.answer', { projectId, roundId: r.id, base: 3, note: 'Pasar Jawa Barat saja' });
    expect(got.answers[0]).toEqual({ base: 1, choice: 2, grade: 4, note: 'Dua desa bertetangga' });
    expect(got.answers[2]).toEqual({ base: 3, choice: 4, grade: 2, note: 'Pasar Jawa Barat saja' });
    expect(got).toMatchObject({ answered: 2, total: 6 });
    // A choice taken back keeps the note; with neither, the Base is as never answered.
    got = await ok('questionnaires.answer', { projectId, roundId: r.id, base: 3, choice: null });
    expect(got.answers[2]).toEqual({ base: 3, choice: null, grade: null, note: 'Pasar Jawa Barat saja' });
    got = await ok('questionnaires.answer', { projectId, roundId: r.id, base: 3, note: '' });
    expect(got).toMatchObject({ answered: 1, total: 4 });
    got = await ok('questionnaires.update', { projectId, id: r.id, respondent: 'H. Dadang (ketua paguyuban)', note: 'Dijawab bersama' });
    expect(got).toMatchObject({ respondent: 'H. Dadang (ketua paguyuban)', note: 'Dijawab bersama', meetingId: meeting.id });
    // A deleted meeting reads as none; undoing its deletion links it again.
    await ok('meetings.delete', { projectId, id: meeting.id });
    expect(await ok('questionnaires.get', { projectId, id: r.id })).toMatchObject({ meetingId: null, meetingTitle: null });
    await ok('history.undo', { projectId });
    expect(await ok('questionnaires.get', { projectId, id: r.id })).toMatchObject({ meetingId: meeting.id, meetingTitle: 'Rapat Awal Klaster' });
    // Refusals answer 4xx with a reason, and change nothing.
    expect(await raw('questionnaires.answer', { projectId, roundId: r.id, base: 9, choice: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('questionnaires.answer', { projectId, roundId: r.id, base: 2, choice: 6 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('questionnaires.answer', { projectId, roundId: meeting.id, base: 2, choice: 1 })).toMatchObject({ ok: false, error: { reason: 'questionnaire_round_not_found' } });
    expect(await raw('questionnaires.create', { projectId, title: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('questionnaires.update', { projectId, id: r.id, meetingId: r.id })).toMatchObject({ ok: false, error: { reason: 'meeting_not_found' } });
  });

  it('undo every write, and a deleted round comes back whole with its answers', async () => {
    const { ok, raw, projectId } = await project();
    const r = await ok('questionnaires.create', { projectId, title: 'Putaran 1', respondent: 'Bu Euis' });
    for (let base = 1; base <= 8; base++) await ok('questionnaires.answer', { projectId, roundId: r.id, base, choice: ((base - 1) % 5) + 1, note: `Catatan ${base}` });
    const whole = await ok('questionnaires.get', { projectId, id: r.id });
    expect(whole).toMatchObject({ answered: 8, total: 5 + 4 + 3 + 2 + 1 + 5 + 4 + 3 });
    await ok('questionnaires.answer', { projectId, roundId: r.id, base: 5, choice: 1 });
    expect((await ok('questionnaires.get', { projectId, id: r.id })).answers[4]!.choice).toBe(1);
    const state = await ok('history.undo', { projectId });
    expect(state.undone).toBe('questionnaires.answer');
    expect(await ok('questionnaires.get', { projectId, id: r.id })).toEqual(whole);
    await ok('questionnaires.delete', { projectId, id: r.id });
    expect(await ok('questionnaires.list', { projectId })).toEqual([]);
    await ok('history.undo', { projectId });
    expect(await ok('questionnaires.get', { projectId, id: r.id })).toEqual(whole);
    await ok('history.redo', { projectId });
    expect(await raw('questionnaires.get', { projectId, id: r.id })).toMatchObject({ ok: false, error: { reason: 'questionnaire_round_not_found' } });
    await ok('history.undo', { projectId });
    // Undo the eight answers and the round itself: nothing is left.
    for (let i = 0; i < 9; i++) await ok('history.undo', { projectId });
    expect(await ok('questionnaires.list', { projectId })).toEqual([]);
  });

  it('make a profile of grades per Base across rounds, oldest first, for all or the rounds named', async () => {
    const { ok, raw, projectId } = await project();
    const later = await ok('questionnaires.create', { projectId, title: 'Setelah setahun', date: '2027-02-10' });
    const first = await ok('questionnaires.create', { projectId, title: 'Survei awal', date: '2026-02-03' });
    const undated = await ok('questionnaires.create', { projectId, title: 'Belum bertanggal' });
    await ok('questionnaires.answer', { projectId, roundId: first.id, base: 2, choice: 4 });
    await ok('questionnaires.answer', { projectId, roundId: first.id, base: 8, choice: 5 });
    await ok('questionnaires.answer', { projectId, roundId: later.id, base: 2, choice: 3 });
    await ok('questionnaires.answer', { projectId, roundId: later.id, base: 8, choice: 3 });
    const p = await ok('questionnaires.profile', { projectId });
    expect(p.rounds.map((r) => r.title)).toEqual(['Survei awal', 'Setelah setahun', 'Belum bertanggal']);
    expect(p.rounds.map((r) => r.total)).toEqual([2 + 1, 3 + 3, null]);
    expect(p.bases).toHaveLength(8);
    expect(p.bases[1]!.cells.map((c) => c.grade)).toEqual([2, 3, null]);
    expect(p.bases[7]!.cells.map((c) => c.choice)).toEqual([5, 3, null]);
    expect(p.bases[0]!.cells.every((c) => c.grade === null)).toBe(true);
    expect(p).toMatchObject({ maxGrade: 5, maxTotal: 40 });
    const two = await ok('questionnaires.profile', { projectId, roundIds: [later.id, first.id] });
    expect(two.rounds.map((r) => r.id)).toEqual([first.id, later.id]);
    expect(await raw('questionnaires.profile', { projectId, roundIds: [undated.id, projectId] })).toMatchObject({ ok: false, error: { reason: 'questionnaire_round_not_found' } });
  });
});

describe('the ANNEX-1 document', () => {
  it('ticks the chosen statement of every Base, with the notes, the round, the purposes, the profile and the scale note', async () => {
    const { ok, projectId } = await project();
    const first = await ok('questionnaires.create', { projectId, title: 'Survei awal', respondent: 'H. Dadang', date: '2026-02-03' });
    const later = await ok('questionnaires.create', { projectId, title: 'Setelah setahun', respondent: 'H. Dadang', date: '2027-02-10', note: 'Dijawab dalam rapat pengurus' });
    const choices = [2, 4, 3, 1, 2, 5, 4, 3];
    for (const [i, choice] of choices.entries()) {
      await ok('questionnaires.answer', { projectId, roundId: first.id, base: i + 1, choice: Math.min(5, choice + 1) });
      await ok('questionnaires.answer', { projectId, roundId: later.id, base: i + 1, choice, ...(i === 1 ? { note: '37 perusahaan di daftar' } : {}) });
    }
    const file = await ok('documents.render', { projectId, kind: 'annex1' });
    expect(file.fileName).toMatch(/^ANNEX-1 .*\.docx$/);
    const xml = unzipDocx(bytesOf(file)).documentXml;
    const text = docxText(bytesOf(file));
    for (const s of ['ANNEX-1', 'KUESTIONER MENGENAI GARIS BESAR KONDISI KLASTER', 'Tujuan:', 'Setelah setahun', 'H. Dadang', '10 Februari 2027',
      'Dijawab dalam rapat pengurus', 'Catatan: 37 perusahaan di daftar', 'Profil Klaster Antar Putaran', 'Jumlah (tertinggi 40)*']) expect(text, s).toContain(s);
    for (const p of ANNEX1_PURPOSES) expect(text, p.id).toContain(p.id);
    // The scale is ours: said under the answers and under the profile.
    expect(text.split(`* ${SCALE_NOTE.id}`)).toHaveLength(3);
    const all = tables(xml).map((t) => tableRows(t).map(rowText));
    for (const base of ANNEX1_BASES) {
      const table = all.find((rows) => rows[1] === `☐\t${base.statements[0]!.id}\t5` || rows[1] === `☑\t${base.statements[0]!.id}\t5`)!;
      expect(table, `Base ${base.number}`).toBeTruthy();
      const ticked = table.slice(1).filter((r) => r.startsWith('☑'));
      expect(ticked, `Base ${base.number}`).toEqual([`☑\t${base.statements[choices[base.number - 1]! - 1]!.id}\t${6 - choices[base.number - 1]!}`]);
    }
    const profile = all.find((rows) => rows[0]!.startsWith('Base\tSurvei awal'))!;
    expect(profile[0]).toBe('Base\tSurvei awal 3 Februari 2026\tSetelah setahun 10 Februari 2027');
    expect(profile[2]).toBe(`2. ${ANNEX1_BASES[1]!.title.id}\t1\t2`);
    const totalFirst = choices.reduce((s, c) => s + 6 - Math.min(5, c + 1), 0);
    const totalLater = choices.reduce((s, c) => s + 6 - c, 0);
    expect(profile[9]).toBe(`Jumlah (tertinggi 40)*\t${totalFirst}\t${totalLater}`);
    // A chosen round instead of the latest.
    const earlier = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'annex1', roundId: first.id })));
    expect(earlier).toContain('Survei awal');
    expect(earlier).not.toContain('Dijawab dalam rapat pengurus');
  });

  it('is a blank form to fill by hand before any round exists', async () => {
    const { ok, projectId } = await project();
    const text = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'annex1', paper: 'F4' })));
    expect(text).toContain('Belum ada putaran kuesioner yang dicatat.');
    expect(text).not.toContain('☑');
    for (const base of ANNEX1_BASES) for (const s of base.statements) expect(text).toContain(`☐\t${s.id}`);
  });

  it.skipIf(!hasSoffice)('converts to PDF', async () => {
    const { ok, projectId } = await project();
    const r = await ok('questionnaires.create', { projectId, title: 'Survei awal', respondent: 'H. Dadang', date: '2026-02-03' });
    for (let base = 1; base <= 8; base++) await ok('questionnaires.answer', { projectId, roundId: r.id, base, choice: ((base + 1) % 5) + 1, note: `Catatan ${base}` });
    const file = await ok('documents.render', { projectId, kind: 'annex1' });
    const dir = tempDir();
    const docx = path.join(dir, file.fileName);
    fs.writeFileSync(docx, bytesOf(file));
    const out = spawnSync('bash', [path.resolve('scripts/docx-to-pdf.sh'), docx, dir], { encoding: 'utf8', timeout: 120_000 });
    expect(out.status, out.stderr).toBe(0);
    expect(fs.statSync(docx.replace(/\.docx$/, '.pdf')).size).toBeGreaterThan(1000);
  }, 240_000);
});
