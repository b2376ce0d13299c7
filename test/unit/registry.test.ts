import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers';

async function mapWithTwo() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const pak = await b.ok('stakeholders.create', { projectId, name: 'Pak Darto', kind: 'core_firm', organisation: 'UD Rotan Jaya', village: 'Desa Tegalwangi' });
  const ucup = await b.ok('stakeholders.create', { projectId, name: 'H. Ucup', kind: 'leading_firm', role: 'Pedagang' });
  return { ...b, projectId, pak, ucup };
}

describe('stakeholder registry', () => {
  it('creates, lists, updates and validates stakeholders', async () => {
    const { ok, raw, projectId, pak } = await mapWithTwo();
    expect(pak).toMatchObject({ name: 'Pak Darto', kind: 'core_firm', groupLeader: false, clusterMember: false, interest: null });
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).toEqual(['H. Ucup', 'Pak Darto']);
    const updated = await ok('stakeholders.update', { projectId, id: pak.id, interest: 4, influence: 2, clusterMember: true, phone: '0812-3456-7890' });
    expect(updated).toMatchObject({ interest: 4, influence: 2, clusterMember: true, phone: '0812-3456-7890' });
    for (const bad of [{ interest: 6 }, { kind: 'wizard' }, { phone: 'call me' }, { name: '' }]) {
      const res = await raw('stakeholders.update', { projectId, id: pak.id, ...bad });
      expect(res.ok || res.error.code, JSON.stringify(bad)).toBe('invalid_input');
    }
  });

  it('keeps one leader per small group and releases members when a group is deleted', async () => {
    const { ok, projectId, pak, ucup } = await mapWithTwo();
    const group = await ok('smallGroups.create', { projectId, name: 'Kelompok Tegalwangi', area: 'Desa Tegalwangi' });
    await ok('smallGroups.assign', { projectId, groupId: group.id, stakeholderIds: [pak.id, ucup.id] });
    await ok('stakeholders.update', { projectId, id: pak.id, groupLeader: true });
    await ok('stakeholders.update', { projectId, id: ucup.id, groupLeader: true });
    const members = await ok('stakeholders.list', { projectId });
    expect(members.filter((s) => s.groupLeader).map((s) => s.name)).toEqual(['H. Ucup']);

    const res = await ok('smallGroups.delete', { projectId, id: group.id });
    expect(res.membersReleased).toBe(2);
    expect((await ok('stakeholders.list', { projectId })).every((s) => s.smallGroupId === null && !s.groupLeader)).toBe(true);
    await ok('history.undo', { projectId });
    expect((await ok('stakeholders.list', { projectId })).find((s) => s.groupLeader)?.name).toBe('H. Ucup');
  });

  it('refuses a second group with the same name', async () => {
    const { ok, raw, projectId } = await mapWithTwo();
    await ok('smallGroups.create', { projectId, name: 'Kelompok A' });
    const res = await raw('smallGroups.create', { projectId, name: 'kelompok a' });
    expect(res.ok || res.error.reason).toBe('group_name_taken');
  });
});

describe('ties', () => {
  it('refuse self-ties, duplicates of the same kind and unknown stakeholders', async () => {
    const { ok, raw, projectId, pak, ucup } = await mapWithTwo();
    const tie = await ok('relations.create', { projectId, sourceId: pak.id, targetId: ucup.id, kind: 'downstream' });
    expect(tie).toMatchObject({ formality: 'traditional', strength: 2, mutual: false, since: null });
    await ok('relations.create', { projectId, sourceId: pak.id, targetId: ucup.id, kind: 'information' });
    await ok('relations.create', { projectId, sourceId: ucup.id, targetId: pak.id, kind: 'downstream' });

    const self = await raw('relations.create', { projectId, sourceId: pak.id, targetId: pak.id, kind: 'support' });
    expect(self.ok || self.error.reason).toBe('relation_self');
    const twice = await raw('relations.create', { projectId, sourceId: pak.id, targetId: ucup.id, kind: 'downstream' });
    expect(twice.ok || twice.error.reason).toBe('relation_exists');
    const ghost = await raw('relations.create', { projectId, sourceId: pak.id, targetId: '00000000-0000-4000-8000-000000000000', kind: 'support' });
    expect(ghost.ok || ghost.error.reason).toBe('stakeholder_not_found');
    const reconnectClash = await raw('relations.update', { projectId, id: tie.id, kind: 'information' });
    expect(reconnectClash.ok || reconnectClash.error.reason).toBe('relation_exists');
    expect(await ok('relations.list', { projectId })).toHaveLength(3);
  });

  it('come back with their stakeholder when its deletion is undone', async () => {
    const { ok, projectId, pak, ucup } = await mapWithTwo();
    await ok('relations.create', { projectId, sourceId: pak.id, targetId: ucup.id, kind: 'downstream', formality: 'formal', since: '2024-01-15' });
    await ok('relations.create', { projectId, sourceId: ucup.id, targetId: pak.id, kind: 'finance' });
    expect((await ok('stakeholders.delete', { projectId, id: pak.id })).relationsRemoved).toBe(2);
    expect(await ok('relations.list', { projectId })).toHaveLength(0);
    await ok('history.undo', { projectId });
    expect((await ok('stakeholders.list', { projectId })).map((s) => s.name)).toContain('Pak Darto');
    const back = await ok('relations.list', { projectId });
    expect(back.map((r) => r.kind).sort()).toEqual(['downstream', 'finance']);
    expect(back.find((r) => r.kind === 'downstream')).toMatchObject({ formality: 'formal', since: '2024-01-15' });
    await ok('history.redo', { projectId });
    expect(await ok('relations.list', { projectId })).toHaveLength(0);
  });

  it('saves map positions as one undoable step', async () => {
    const { ok, projectId, pak, ucup } = await mapWithTwo();
    await ok('stakeholders.savePositions', { projectId, positions: [{ id: pak.id, x: 10, y: 20 }, { id: ucup.id, x: -5.5, y: 3 }] });
    expect(await ok('stakeholders.positions', { projectId })).toHaveLength(2);
    await ok('history.undo', { projectId });
    expect(await ok('stakeholders.positions', { projectId })).toEqual([]);
  });
});
