import { describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { fgd2 } from './fixtures/fgd2';
import { makeBackend, type TestBackend } from './helpers';

/** Everything a refused deletion must leave alone, read through the API. */
async function state({ ok }: TestBackend, projectId: string, meetingId?: string) {
  return {
    stakeholders: await ok('stakeholders.list', { projectId }),
    ties: await ok('relations.list', { projectId }),
    attendees: meetingId ? (await ok('meetings.get', { projectId, id: meetingId })).attendees : [],
    board: (await ok('organisation.get', { projectId })).board,
    committee: (await ok('cedc.get', { projectId })).members,
    history: await ok('history.state', { projectId }),
  };
}

describe('deleting a stakeholder who is referenced elsewhere', () => {
  it('keeps the attendance row with the printed name, clears the link, and undoes and redoes as one step', async () => {
    const b = makeBackend();
    const { ok } = b;
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon' });
    const pak = await ok('stakeholders.create', { projectId, name: 'Pak Darto', kind: 'core_firm', organisation: 'UD Rotan Jaya', village: 'Desa Tegalwangi' });
    const ucup = await ok('stakeholders.create', { projectId, name: 'H. Ucup', kind: 'leading_firm' });
    await ok('relations.create', { projectId, sourceId: pak.id, targetId: ucup.id, kind: 'downstream' });
    const meeting = await ok('meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25' });
    await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: [pak.id, ucup.id] });
    const invited = (await ok('meetings.get', { projectId, id: meeting.id })).attendees.find((a) => a.stakeholderId === pak.id)!;
    await ok('attendees.update', { projectId, id: invited.id, present: true });
    // Workshop participants hold a loose link on purpose: they neither block nor change.
    const w = await ok('workshops.create', { projectId, theme: 'Masalah utama klaster', stakeholderIds: [pak.id] });

    expect(await ok('stakeholders.delete', { projectId, id: pak.id })).toEqual({ deleted: true, relationsRemoved: 1 });
    const kept = (await ok('meetings.get', { projectId, id: meeting.id })).attendees.find((a) => a.id === invited.id);
    expect(kept).toMatchObject({ name: 'Pak Darto', organisation: 'UD Rotan Jaya', village: 'Desa Tegalwangi', present: true, stakeholderId: null });
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).toEqual(['H. Ucup']);
    expect(await ok('relations.list', { projectId })).toEqual([]);
    expect((await ok('workshops.get', { projectId, id: w.id })).participants[0]).toMatchObject({ name: 'Pak Darto', stakeholderId: pak.id });
    const list = await ok('documents.render', { projectId, kind: 'attendance', meetingId: meeting.id, variant: 'after' });
    expect(docxText(Buffer.from(list.base64, 'base64'))).toContain('Pak Darto');

    expect((await ok('history.undo', { projectId })).undone).toBe('stakeholders.delete');
    expect(await ok('stakeholders.get', { projectId, id: pak.id })).toEqual(pak);
    expect(await ok('relations.list', { projectId })).toHaveLength(1);
    const relinked = (await ok('meetings.get', { projectId, id: meeting.id })).attendees.find((a) => a.id === invited.id);
    expect(relinked).toMatchObject({ stakeholderId: pak.id, present: true });

    expect((await ok('history.redo', { projectId })).redone).toBe('stakeholders.delete');
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).toEqual(['H. Ucup']);
    expect((await ok('meetings.get', { projectId, id: meeting.id })).attendees.find((a) => a.id === invited.id)?.stakeholderId).toBeNull();
  });

  it('refuses a member of the confirmed board, says where, and changes nothing', async () => {
    const b = await fgd2();
    const { ok, raw, projectId, meetingId, state: election, attendees } = b;
    const chair = election.positions[0]!;
    await ok('election.updatePosition', { projectId, positionId: chair.id, method: 'consensus' });
    const p = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    await ok('election.consensus', { projectId, positionId: chair.id, candidateIds: [p.candidates[0]!.id] });
    await ok('election.confirm', { projectId, positionId: chair.id });
    // Something to undo, so a refusal that touched the history would show.
    await ok('projects.update', { projectId, facilitatorName: 'Ratna Sari' });

    const before = await state(b, projectId, meetingId);
    const res = await raw('stakeholders.delete', { projectId, id: attendees[0]!.stakeholderId });
    expect(res.ok || res.error).toMatchObject({
      code: 'conflict', reason: 'stakeholder_referenced',
      params: { name: attendees[0]!.name, where: 'Ketua Organisasi Klaster Mebel Rotan' },
    });
    expect(await state(b, projectId, meetingId)).toEqual(before);

    // Someone merely present at the election is deleted as usual, the list keeping the name.
    await ok('stakeholders.delete', { projectId, id: attendees[5]!.stakeholderId! });
    const row = (await ok('meetings.get', { projectId, id: meetingId })).attendees.find((a) => a.id === attendees[5]!.id);
    expect(row).toMatchObject({ name: attendees[5]!.name, stakeholderId: null });
  });

  it('refuses a member of the committee list until they are taken off it', async () => {
    const b = makeBackend();
    const { ok, raw } = b;
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon' });
    const office = await ok('stakeholders.create', { projectId, name: 'Ir. Bambang', kind: 'gov_regency', organisation: 'Dinas Perindustrian' });
    await ok('cedc.addFromRegistry', { projectId, stakeholderIds: [office.id] });
    const member = (await ok('cedc.get', { projectId })).members[0]!;
    await ok('cedc.updateMember', { projectId, id: member.id, committeePosition: 'Sekretaris' });

    const before = await state(b, projectId);
    const res = await raw('stakeholders.delete', { projectId, id: office.id });
    expect(res.ok || res.error).toMatchObject({
      code: 'conflict', reason: 'stakeholder_referenced',
      params: { name: 'Ir. Bambang', where: 'Sekretaris Komite Pengembangan Ekonomi Terpadu Kabupaten Cirebon' },
    });
    expect(await state(b, projectId)).toEqual(before);

    await ok('cedc.removeMember', { projectId, id: member.id });
    await ok('stakeholders.delete', { projectId, id: office.id });
    expect(await ok('stakeholders.list', { projectId })).toEqual([]);
  });
});
