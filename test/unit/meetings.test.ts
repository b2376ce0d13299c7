import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers';

async function fgd1() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', province: 'Kalimantan Timur' });
  const meeting = await b.ok('meetings.create', { projectId, kind: 'fgd1', date: '2026-12-02', startTime: '09:00', place: 'Balai Desa Tegalwangi' });
  return { ...b, projectId, meeting };
}

describe('meetings', () => {
  it('start with the guideline agenda for their kind and the time zone of the province', async () => {
    const { meeting } = await fgd1();
    expect(meeting.title).toBe('Focus Group Discussion (FGD) 1');
    expect(meeting.timeZone).toBe('WITA');
    expect(meeting.agenda.map((a) => a.title)).toEqual([
      'Konfirmasi visi dan misi pengembangan klaster',
      'Penetapan perwakilan pelaksana dan prosedur pembentukan organisasi perwakilan klaster',
      expect.stringContaining('Penyusunan draf aturan klaster'),
    ]);
  });

  it('record notes, decisions and follow-ups per agenda item, reorder items, all undoable', async () => {
    const { ok, projectId, meeting } = await fgd1();
    const [first, second] = meeting.agenda;
    await ok('agenda.update', { projectId, id: first!.id, discussion: 'Peserta membahas tiga usulan visi.' });
    await ok('decisions.add', { projectId, agendaItemId: first!.id, text: 'Visi versi 3 disepakati.' });
    await ok('followUps.add', { projectId, meetingId: meeting.id, agendaItemId: second!.id, what: 'Menyusun daftar calon pengurus', who: 'Ketua kelompok', due: '2026-12-09' });
    await ok('agenda.move', { projectId, id: second!.id, toIndex: 0 });
    let record = await ok('meetings.get', { projectId, id: meeting.id });
    expect(record.agenda[0]!.id).toBe(second!.id);
    expect(record.agenda[1]).toMatchObject({ discussion: 'Peserta membahas tiga usulan visi.', decisions: [{ text: 'Visi versi 3 disepakati.' }] });
    expect(record.followUps).toEqual([expect.objectContaining({ who: 'Ketua kelompok', due: '2026-12-09' })]);

    await ok('agenda.delete', { projectId, id: second!.id });
    record = await ok('meetings.get', { projectId, id: meeting.id });
    expect(record.agenda).toHaveLength(2);
    expect(record.followUps[0]!.agendaItemId).toBeNull(); // the follow-up survives its item
    await ok('history.undo', { projectId });
    record = await ok('meetings.get', { projectId, id: meeting.id });
    expect(record.agenda.map((a) => a.id)).toContain(second!.id);
    expect(record.followUps[0]!.agendaItemId).toBe(second!.id);
  });

  it('deleting a meeting removes what was recorded in it, and one undo brings it all back', async () => {
    const { ok, projectId, meeting } = await fgd1();
    await ok('attendees.add', { projectId, meetingId: meeting.id, name: 'Pak Darto', walkIn: true });
    await ok('decisions.add', { projectId, agendaItemId: meeting.agenda[0]!.id, text: 'Disepakati.' });
    await ok('meetings.delete', { projectId, id: meeting.id });
    expect(await ok('meetings.list', { projectId })).toEqual([]);
    await ok('history.undo', { projectId });
    const back = await ok('meetings.get', { projectId, id: meeting.id });
    expect(back.attendees).toHaveLength(1);
    expect(back.agenda[0]!.decisions).toHaveLength(1);
    expect((await ok('rules.get', { projectId, meetingId: meeting.id })).positions.length).toBeGreaterThan(0);
  });

  it('refuse impossible times and dates', async () => {
    const { raw, projectId, meeting } = await fgd1();
    for (const bad of [{ startTime: '25:00' }, { date: '2026-13-01' }, { timeZone: 'GMT' }]) {
      const res = await raw('meetings.update', { projectId, id: meeting.id, ...bad });
      expect(res.ok || res.error.code, JSON.stringify(bad)).toBe('invalid_input');
    }
  });
});

describe('attendance', () => {
  it('invites from the registry, ticks who came, adds walk-ins and registers them in one step', async () => {
    const { ok, raw, projectId, meeting } = await fgd1();
    const a = await ok('stakeholders.create', { projectId, name: 'Bu Sri', kind: 'core_firm', village: 'Desa Tegalwangi' });
    const b = await ok('stakeholders.create', { projectId, name: 'Pak Karto', kind: 'core_firm' });
    expect((await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: [a.id, b.id] })).invited).toBe(2);
    expect((await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: [a.id] })).invited).toBe(0);
    let record = await ok('meetings.get', { projectId, id: meeting.id });
    await ok('attendees.update', { projectId, id: record.attendees[0]!.id, present: true });
    const walkIn = await ok('attendees.add', { projectId, meetingId: meeting.id, name: 'Pak Joko', organisation: 'UD Maju', walkIn: true });
    expect(walkIn).toMatchObject({ invited: false, present: true, walkIn: true, stakeholderId: null });

    const list = (await ok('meetings.list', { projectId }))[0]!;
    expect([list.invitedCount, list.presentCount]).toEqual([2, 2]);

    const registered = await ok('attendees.register', { projectId, id: walkIn.id, kind: 'core_firm' });
    expect(registered.stakeholderId).not.toBeNull();
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).toContain('Pak Joko');
    const twice = await raw('attendees.register', { projectId, id: walkIn.id, kind: 'core_firm' });
    expect(twice.ok || twice.error.reason).toBe('attendee_registered');
    await ok('history.undo', { projectId });
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).not.toContain('Pak Joko');
    record = await ok('meetings.get', { projectId, id: meeting.id });
    expect(record.attendees.find((x) => x.name === 'Pak Joko')!.stakeholderId).toBeNull();
  });
});

describe('vision and mission', () => {
  it('keeps numbered versions, compares them, and adopting one records the decision in FGD-1', async () => {
    const { ok, raw, projectId, meeting } = await fgd1();
    const v1 = await ok('vision.create', { projectId, vision: 'Klaster mebel rotan yang maju', missions: ['Meningkatkan mutu'], proposedBy: 'Kelompok Tegalwangi' });
    const v2 = await ok('vision.create', { projectId, vision: 'Klaster mebel rotan yang maju dan mendunia', missions: ['Meningkatkan mutu produk', 'Memperluas pasar'], meetingId: meeting.id });
    expect([v1.number, v2.number]).toEqual([1, 2]);

    const diff = await ok('vision.compare', { projectId, beforeId: v1.id, afterId: v2.id });
    expect(diff.vision.filter((w) => w.kind === 'added').map((w) => w.text)).toEqual(['dan', 'mendunia']);
    expect(diff.missions.map((m) => m.kind)).toEqual(['changed', 'added']);

    await ok('vision.adopt', { projectId, id: v1.id, meetingId: meeting.id });
    const adopted = await ok('vision.adopt', { projectId, id: v2.id, meetingId: meeting.id });
    expect(adopted.adoptedMeetingId).toBe(meeting.id);
    const versions = await ok('vision.list', { projectId });
    expect(versions.filter((v) => v.adoptedAt).map((v) => v.number)).toEqual([2]);
    const record = await ok('meetings.get', { projectId, id: meeting.id });
    expect(record.agenda[0]!.decisions.at(-1)!.text).toContain('versi 2');

    const del = await raw('vision.delete', { projectId, id: v2.id });
    expect(del.ok || del.error.reason).toBe('vision_adopted');
  });
});

describe('FGD-1 draft rules', () => {
  it('are structured data: positions with counts and duties, term, allowances, membership', async () => {
    const { ok, raw, projectId, meeting } = await fgd1();
    const rules = await ok('rules.set', {
      projectId, meetingId: meeting.id, termYears: 3, allowances: 'Tidak ada tunjangan pada tahun pertama.',
      membershipEligibility: 'Usaha mebel rotan di tiga desa.',
      positions: [
        { key: 'ketua', title: 'Ketua', count: 1, duties: 'Memimpin' },
        { key: 'wakil_ketua', title: 'Wakil Ketua', count: 1, duties: '' },
        { key: 'sekretaris', title: 'Sekretaris', count: 1, duties: '' },
        { key: 'bendahara', title: 'Bendahara', count: 1, duties: '' },
        { key: 'anggota', title: 'Anggota', count: 3, duties: '' },
      ],
    });
    expect(rules).toMatchObject({ boardSize: 7, termYears: 3 });

    const other = await ok('meetings.create', { projectId, kind: 'kickoff' });
    const res = await raw('rules.set', { projectId, meetingId: other.id, termYears: 2 });
    expect(res.ok || res.error.reason).toBe('rules_need_fgd1');
    const bad = await raw('rules.set', { projectId, meetingId: meeting.id, positions: [{ key: 'ketua', title: '', count: 0, duties: '' }] });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
  });
});
