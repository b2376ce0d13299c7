import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers';

// Electron's IPC keeps keys whose value is undefined (JSON would drop them); the schemas let them
// through as optional, so every service must see them as "not given".
describe('optional fields sent as undefined', () => {
  it('keep their defaults and current values, as if they were not sent', async () => {
    const { ok } = makeBackend();
    const project = await ok('projects.create', { name: 'Klaster Mebel Rotan', province: undefined });
    expect(project.province).toBe('');
    const projectId = project.id;
    expect((await ok('meetings.create', { projectId, kind: 'kickoff', title: undefined })).title).toBe('Pertemuan Awal Inisiasi Klaster');
    expect((await ok('vision.create', { projectId, vision: 'Rotan mendunia', proposedBy: undefined })).proposedBy).toBe('');
    expect((await ok('workshops.create', { projectId, theme: undefined, template: undefined })).theme).toBe('Curah pendapat');

    const a = await ok('stakeholders.create', { projectId, name: 'H. Sukardi', kind: 'core_firm' });
    const b = await ok('stakeholders.create', { projectId, name: 'CV Rotan Jaya', kind: 'buyer' });
    expect((await ok('relations.create', { projectId, sourceId: a.id, targetId: b.id, kind: 'downstream', formality: undefined })).formality).toBe('traditional');
    const group = await ok('smallGroups.create', { projectId, name: 'Tegalwangi' });
    expect((await ok('smallGroups.update', { projectId, id: group.id, name: undefined })).name).toBe('Tegalwangi');

    const decree = (await ok('cedc.get', { projectId })).decree;
    expect((await ok('cedc.update', { projectId, decree: { number: undefined, year: '2027' } })).decree).toEqual({ ...decree, year: '2027' });
  });
});
