// Elections beyond FGD-2: the board re-elected in a general meeting (the latest holder of each
// position stands), and the committee's chair and main members elected into the CEDC list.
import { describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { electedBoard } from './fixtures/fgd2';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
type Backend = Awaited<ReturnType<typeof electedBoard>>;

/** A general meeting with the first `present` cluster members present, its election set up. */
async function generalMeeting(b: Backend, date: string, elects: 'board' | 'committee' = 'board', present = 41) {
  const { ok, projectId } = b;
  const people = await ok('stakeholders.list', { projectId });
  const meeting = await ok('meetings.create', { projectId, kind: 'general', date });
  await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.map((p) => p.id) });
  const record = await ok('meetings.get', { projectId, id: meeting.id });
  for (const a of record.attendees.slice(0, present)) await ok('attendees.update', { projectId, id: a.id, present: true });
  if (elects === 'committee') await ok('election.setElects', { projectId, meetingId: meeting.id, elects });
  const state = await ok('election.setup', { projectId, meetingId: meeting.id });
  const attendee = (name: string) => record.attendees.find((a) => a.name === name)!;
  return { meetingId: meeting.id, state, attendee };
}

/** Elects one person to a position by consensus and confirms it. */
async function electByConsensus(b: Backend, positionId: string, attendeeId: string) {
  const { ok, projectId } = b;
  await ok('election.updatePosition', { projectId, positionId, method: 'consensus' });
  const p = await ok('election.addCandidate', { projectId, positionId, attendeeId });
  await ok('election.consensus', { projectId, positionId, candidateIds: [p.candidates[0]!.id], note: 'Disepakati secara musyawarah mufakat.' });
  return ok('election.confirm', { projectId, positionId });
}

describe('an election in a general meeting', () => {
  it('re-elects the chair: the board shows the latest holder only, and a reopening brings the interim one back', async () => {
    const b = await electedBoard();
    const { ok, projectId, meetingId: fgd2Id } = b;
    const general = await generalMeeting(b, '2027-03-01');
    expect(general.state.elects).toBe('board');
    expect(general.state.positions.map((p) => p.title)).toEqual(['Ketua', 'Wakil Ketua', 'Anggota']);
    const chair = general.state.positions[0]!;
    await electByConsensus(b, chair.id, general.attendee('Anggota 10').id);

    const board = (await ok('organisation.get', { projectId })).board;
    expect(board.map((m) => [m.positionTitle, m.name])).toEqual([['Ketua', 'Anggota 10'], ['Wakil Ketua', 'Anggota 02'], ['Anggota', 'Anggota 03'], ['Anggota', 'Anggota 04']]);
    expect(board.map((m) => m.meetingId)).toEqual([general.meetingId, fgd2Id, fgd2Id, fgd2Id]);
    // The official leader's term runs from the general meeting, not from the founding.
    expect(board[0]).toMatchObject({ termStart: '2027-03-01', termEnd: '2030-03-01' });

    // Each berita acara keeps who its own meeting elected; the general meeting's does not found anything.
    const render = async (meetingId: string) => docxText(bytesOf(await ok('documents.render', { projectId, kind: 'election-record', meetingId })));
    const general2 = await render(general.meetingId);
    for (const s of ['PEMILIHAN PENGURUS', 'PAGUYUBAN KLASTER MEBEL ROTAN', 'dalam rangka pemilihan pengurus Paguyuban Klaster Mebel Rotan', 'Pengurus Terpilih',
      'Ketua\tAnggota 10', 'sejak tanggal 1 Maret 2027 sampai dengan 1 Maret 2030']) expect(general2, s).toContain(s);
    expect(general2).not.toContain('PEMBENTUKAN');
    const founding = await render(fgd2Id);
    expect(founding).toContain('PEMBENTUKAN PAGUYUBAN KLASTER MEBEL ROTAN');
    expect(founding).toContain('Ketua\tAnggota 01');
    expect(founding).not.toContain('Anggota 10');
    const minutes = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'minutes', meetingId: general.meetingId })));
    expect(minutes).toContain('Ketua: Anggota 10, melalui musyawarah mufakat.');
    expect(minutes).toContain('dituangkan dalam Berita Acara Pemilihan Pengurus Paguyuban Klaster Mebel Rotan.');

    await ok('election.reopen', { projectId, positionId: chair.id, reason: 'Salah memasukkan nama calon' });
    expect((await ok('organisation.get', { projectId })).board.map((m) => m.name)).toEqual(['Anggota 01', 'Anggota 02', 'Anggota 03', 'Anggota 04']);
  });

  it('counts the meeting date, not the order of entry: a general meeting held before FGD-2 does not replace its chair', async () => {
    const b = await electedBoard();
    const general = await generalMeeting(b, '2026-12-01');
    await electByConsensus(b, general.state.positions[0]!.id, general.attendee('Anggota 10').id);
    const board = (await b.ok('organisation.get', { projectId: b.projectId })).board;
    expect(board.filter((m) => m.positionTitle === 'Ketua').map((m) => m.name)).toEqual(['Anggota 01']);
  });

  it('elects the chair only: the other positions are left out, undoably, while nobody is named for them', async () => {
    const b = await electedBoard();
    const { ok, raw, projectId } = b;
    const general = await generalMeeting(b, '2027-03-01');
    const [chair, vice, members] = general.state.positions as [typeof general.state.positions[0], typeof general.state.positions[0], typeof general.state.positions[0]];
    await ok('election.addCandidate', { projectId, positionId: vice.id, attendeeId: general.attendee('Anggota 20').id });
    const named = await raw('election.removePosition', { projectId, positionId: vice.id });
    expect(named.ok || [named.error.reason, named.error.params]).toEqual(['position_not_empty', { title: 'Wakil Ketua' }]);
    await ok('history.undo', { projectId });
    await ok('election.removePosition', { projectId, positionId: members.id });
    await ok('history.undo', { projectId });
    expect((await ok('election.get', { projectId, meetingId: general.meetingId })).positions.map((p) => p.title)).toEqual(['Ketua', 'Wakil Ketua', 'Anggota']);
    await ok('election.removePosition', { projectId, positionId: vice.id });
    const left = await ok('election.removePosition', { projectId, positionId: members.id });
    expect(left.positions.map((p) => p.title)).toEqual(['Ketua']);
    await electByConsensus(b, chair.id, general.attendee('Anggota 10').id);
    const board = (await ok('organisation.get', { projectId })).board;
    expect(board.map((m) => [m.positionTitle, m.name])).toEqual([['Ketua', 'Anggota 10'], ['Wakil Ketua', 'Anggota 02'], ['Anggota', 'Anggota 03'], ['Anggota', 'Anggota 04']]);
  });

  it('is refused in other meetings, and what it elects is fixed once candidates are named', async () => {
    const b = await electedBoard();
    const { ok, raw, projectId } = b;
    const other = await ok('meetings.create', { projectId, kind: 'other', date: '2027-01-10' });
    const refused = await raw('election.setup', { projectId, meetingId: other.id });
    expect(refused.ok || refused.error.reason).toBe('election_needs_fgd2');
    const general = await generalMeeting(b, '2027-03-01');
    await ok('election.addCandidate', { projectId, positionId: general.state.positions[0]!.id, attendeeId: general.attendee('Anggota 10').id });
    const fixed = await raw('election.setElects', { projectId, meetingId: general.meetingId, elects: 'committee' });
    expect(fixed.ok || fixed.error.reason).toBe('election_target_fixed');
    expect((await ok('election.get', { projectId, meetingId: general.meetingId })).elects).toBe('board');
  });
});

describe('electing the committee (CEDC) chair and main members', () => {
  it('switches the positions with the choice, undoably', async () => {
    const b = await electedBoard();
    const { ok, projectId } = b;
    const general = await generalMeeting(b, '2027-03-01');
    const committee = await ok('election.setElects', { projectId, meetingId: general.meetingId, elects: 'committee' });
    expect(committee.positions.map((p) => [p.title, p.seats])).toEqual([['Ketua', 1], ['Wakil Ketua', 1], ['Sekretaris', 1]]);
    await ok('history.undo', { projectId });
    const back = await ok('election.get', { projectId, meetingId: general.meetingId });
    expect(back.elects).toBe('board');
    expect(back.positions.map((p) => p.title)).toEqual(['Ketua', 'Wakil Ketua', 'Anggota']);
    await ok('history.redo', { projectId });
    expect((await ok('election.get', { projectId, meetingId: general.meetingId })).elects).toBe('committee');
  });

  it('fills the committee list for the positions elected only, locked against undo, and a reopening restores the hand entries', async () => {
    const b = await electedBoard();
    const { ok, raw, projectId } = b;
    await ok('cedc.addMember', { projectId, institution: 'Pemerintah Kabupaten Cirebon', officialPosition: 'Bupati', committeePosition: 'Ketua', person: 'Drs. Imron' });
    await ok('cedc.addMember', { projectId, institution: 'Bappeda', officialPosition: 'Kepala Bappeda', committeePosition: 'Anggota', person: 'Ir. Sri Wahyuni' });
    const general = await generalMeeting(b, '2027-03-01', 'committee');
    const chair = general.state.positions[0]!;
    await electByConsensus(b, chair.id, general.attendee('Anggota 12').id);
    expect((await ok('organisation.get', { projectId })).board.map((m) => m.name)).not.toContain('Anggota 12');

    let members = (await ok('cedc.get', { projectId })).members;
    expect(members.map((m) => [m.committeePosition, m.person])).toEqual([['Ketua', 'Anggota 12'], ['Anggota', 'Ir. Sri Wahyuni']]);
    expect(members[0]!.electedIn).toEqual({ meetingId: general.meetingId, title: 'Rapat Umum Organisasi Klaster', date: '2027-03-01' });
    expect(members[1]!.electedIn).toBeNull();
    // A confirmed result is locked: nothing to undo, and the seat cannot be deleted by hand.
    expect((await ok('history.state', { projectId })).canUndo).toBe(false);
    const removal = await raw('cedc.removeMember', { projectId, id: members[0]!.id });
    expect(removal.ok || [removal.error.reason, removal.error.params]).toEqual(['cedc_member_elected', { title: 'Rapat Umum Organisasi Klaster' }]);

    // The person elected chair leaves the next positions' lists; the same engine runs on.
    const vice = general.state.positions[1]!;
    const again = await raw('election.addCandidate', { projectId, positionId: vice.id, attendeeId: general.attendee('Anggota 12').id });
    expect(again.ok || again.error.reason).toBe('already_elected');

    // Reopening takes the elected seat out and brings back the hand entry it replaced, in place.
    await ok('election.reopen', { projectId, positionId: chair.id, reason: 'Calon belum bersedia' });
    members = (await ok('cedc.get', { projectId })).members;
    expect(members.map((m) => [m.committeePosition, m.person, m.electedIn])).toEqual([['Ketua', 'Drs. Imron', null], ['Anggota', 'Ir. Sri Wahyuni', null]]);
  });

  it('keeps the chair of the latest meeting by date through later confirmations and reopenings', async () => {
    const b = await electedBoard();
    const { ok, projectId } = b;
    await ok('cedc.addMember', { projectId, institution: 'Pemerintah Kabupaten Cirebon', committeePosition: 'Ketua', person: 'Drs. Imron' });
    const chairs = async () => (await ok('cedc.get', { projectId })).members.filter((m) => m.committeePosition === 'Ketua').map((m) => m.person);
    const june = await generalMeeting(b, '2027-06-01', 'committee');
    const march = await generalMeeting(b, '2027-03-01', 'committee');
    await electByConsensus(b, june.state.positions[0]!.id, june.attendee('Anggota 12').id);
    expect(await chairs()).toEqual(['Anggota 12']);
    // Confirmed later but held earlier: March's result goes in already replaced by June's.
    await electByConsensus(b, march.state.positions[0]!.id, march.attendee('Anggota 15').id);
    expect(await chairs()).toEqual(['Anggota 12']);
    await ok('election.reopen', { projectId, positionId: june.state.positions[0]!.id, reason: 'Rapat Juni dibatalkan' });
    expect(await chairs()).toEqual(['Anggota 15']);
    await ok('election.reopen', { projectId, positionId: march.state.positions[0]!.id, reason: 'Rapat Maret diulang' });
    expect(await chairs()).toEqual(['Drs. Imron']);
    // June again, then March reopened while June stands: the hand entry stays replaced by June.
    await ok('election.confirm', { projectId, positionId: june.state.positions[0]!.id });
    await ok('election.confirm', { projectId, positionId: march.state.positions[0]!.id });
    await ok('election.reopen', { projectId, positionId: march.state.positions[0]!.id, reason: 'Rapat Maret diulang' });
    expect(await chairs()).toEqual(['Anggota 12']);
    await ok('election.reopen', { projectId, positionId: june.state.positions[0]!.id, reason: 'Rapat Juni dibatalkan' });
    expect(await chairs()).toEqual(['Drs. Imron']);
  });

  it('prints the elected chair in the request letter, the decree, the berita acara and the minutes', async () => {
    const b = await electedBoard();
    const { ok, projectId } = b;
    const general = await generalMeeting(b, '2027-03-01', 'committee');
    await ok('cedc.addMember', { projectId, institution: 'Pemerintah Kabupaten Cirebon', committeePosition: 'Ketua', person: 'Drs. Imron' });
    await ok('meetings.update', { projectId, id: general.meetingId, place: 'Pendopo Kabupaten', chairName: 'H. Sukardi' });
    await electByConsensus(b, general.state.positions[0]!.id, general.attendee('Anggota 12').id);
    for (const kind of ['decree', 'request-letter'] as const) {
      const text = docxText(bytesOf(await ok('documents.render', { projectId, kind })));
      expect(text, kind).toContain('Anggota 12');
      expect(text, kind).not.toContain('Drs. Imron');
    }
    const record = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'election-record', meetingId: general.meetingId })));
    for (const s of [
      'PEMILIHAN KETUA DAN ANGGOTA INTI', 'KOMITE PENGEMBANGAN EKONOMI TERPADU KABUPATEN CIREBON',
      'dalam rangka pemilihan ketua dan anggota inti Komite Pengembangan Ekonomi Terpadu Kabupaten Cirebon', 'Ketua dan Anggota Inti Terpilih',
      'Ketua dipilih melalui musyawarah mufakat.', 'Anggota 12',
    ]) expect(record, s).toContain(s);
    expect(record).not.toContain('PEMBENTUKAN');
    const minutes = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'minutes', meetingId: general.meetingId })));
    expect(minutes).toContain('Hasil pemilihan ketua dan anggota inti Komite Pengembangan Ekonomi Terpadu Kabupaten Cirebon menurut urutan jabatan:');
    expect(minutes).toContain('Ketua: Anggota 12, melalui musyawarah mufakat.');
    expect(minutes).toContain('Berita Acara Pemilihan Ketua dan Anggota Inti Komite Pengembangan Ekonomi Terpadu Kabupaten Cirebon');
  });
});
