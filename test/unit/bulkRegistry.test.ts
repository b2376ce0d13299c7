import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers';

async function village() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const people = [];
  const rows: [string, string][] = [['Pak Darto', 'Tegalwangi'], ['Bu Sri', 'Tegalwangi'], ['Pak Joko', 'Tegalwangi'], ['H. Ucup', 'Plumbon']];
  for (const [name, villageName] of rows) {
    people.push(await b.ok('stakeholders.create', { projectId, name, kind: 'core_firm', village: villageName, district: 'Weru' }));
  }
  return { ...b, projectId, people };
}

describe('bulk registry work', () => {
  it('marks many as cluster members in one undo step and unmarks them again', async () => {
    const { ok, projectId, people } = await village();
    const ids = people.slice(0, 3).map((p) => p.id);
    await ok('stakeholders.update', { projectId, id: ids[0]!, clusterMember: true });
    const out = await ok('stakeholders.setMembers', { projectId, stakeholderIds: ids, member: true });
    expect(out.changed).toBe(2); // the first was a member already
    const members = async () => (await ok('stakeholders.list', { projectId })).filter((s) => s.clusterMember).map((s) => s.name).sort();
    expect(await members()).toEqual(['Bu Sri', 'Pak Darto', 'Pak Joko']);
    expect((await ok('history.state', { projectId })).undoLabel).toBe('stakeholders.setMembers');

    const undone = await ok('history.undo', { projectId });
    expect(undone.undone).toBe('stakeholders.setMembers');
    expect(await members()).toEqual(['Pak Darto']);
    await ok('history.redo', { projectId });
    expect(await members()).toEqual(['Bu Sri', 'Pak Darto', 'Pak Joko']);

    expect((await ok('stakeholders.setMembers', { projectId, stakeholderIds: ids, member: false })).changed).toBe(3);
    expect(await members()).toEqual([]);
    await ok('history.undo', { projectId });
    expect(await members()).toEqual(['Bu Sri', 'Pak Darto', 'Pak Joko']);
  });

  it('refuses an unknown stakeholder without writing anything', async () => {
    const { ok, raw, projectId, people } = await village();
    const res = await raw('stakeholders.setMembers', { projectId, stakeholderIds: [people[0]!.id, '00000000-0000-4000-8000-000000000000'], member: true });
    expect(res.ok).toBe(false);
    expect((await ok('stakeholders.list', { projectId })).some((s) => s.clusterMember)).toBe(false);
    const empty = await raw('stakeholders.setMembers', { projectId, stakeholderIds: [], member: true });
    expect(empty.ok || empty.error.code).toBe('invalid_input');
  });

  it('assigns a whole village to a group in one step, and one undo puts everyone back', async () => {
    const { ok, projectId, people } = await village();
    const other = await ok('smallGroups.create', { projectId, name: 'Kelompok Plumbon' });
    await ok('smallGroups.assign', { projectId, groupId: other.id, stakeholderIds: [people[1]!.id] });
    const group = await ok('smallGroups.create', { projectId, name: 'Kelompok Tegalwangi' });
    const ids = people.filter((p) => p.village === 'Tegalwangi').map((p) => p.id);
    await ok('smallGroups.assign', { projectId, groupId: group.id, stakeholderIds: ids });
    const groupOf = async () => Object.fromEntries((await ok('stakeholders.list', { projectId })).map((s) => [s.name, s.smallGroupId]));
    expect(await groupOf()).toEqual({ 'Pak Darto': group.id, 'Bu Sri': group.id, 'Pak Joko': group.id, 'H. Ucup': null });
    await ok('history.undo', { projectId });
    expect(await groupOf()).toEqual({ 'Pak Darto': null, 'Bu Sri': other.id, 'Pak Joko': null, 'H. Ucup': null });
  });
});
