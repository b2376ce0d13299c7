import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../electron/services/backups';
import { makeBackend } from './helpers';

describe('rolling backups', () => {
  it('are taken when a project is opened, and only the last five are kept', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Genteng' });
    expect(await ok('backups.list', { projectId })).toEqual([]);
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) await ok('projects.open', { projectId });
    const backups = await ok('backups.list', { projectId });
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups.every((b) => b.reason === 'open' && b.sizeBytes > 0)).toBe(true);
    const dates = backups.map((b) => b.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates); // newest first
  });

  it('restore an earlier state, after backing up the current one so the restore can be reversed', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Tahu' });
    await ok('projects.open', { projectId });
    const [yesterday] = await ok('backups.list', { projectId });
    await ok('projects.update', { projectId, notes: 'Catatan hari ini' });

    const restored = await ok('backups.restore', { projectId, backupId: yesterday!.id });
    expect(restored.notes).toBe('');
    expect((await ok('projects.get', { projectId })).notes).toBe('');

    const safety = (await ok('backups.list', { projectId })).find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();
    await ok('backups.restore', { projectId, backupId: safety!.id });
    expect((await ok('projects.get', { projectId })).notes).toBe('Catatan hari ini');
  });

  it('can restore the oldest backup even when the safety copy pushes it out of the five', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A' });
    await ok('projects.open', { projectId });
    await ok('projects.update', { projectId, product: 'Batik' });
    for (let i = 0; i < BACKUPS_KEPT - 1; i++) await ok('projects.open', { projectId });
    const oldest = (await ok('backups.list', { projectId })).at(-1)!;
    expect((await ok('backups.restore', { projectId, backupId: oldest.id })).product).toBe('');
  });

  it('refuse an unknown backup and leave the project as it was', async () => {
    const { ok, raw } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A', product: 'Tempe' });
    const res = await raw('backups.restore', { projectId, backupId: '../../etc/passwd' });
    expect(res.ok || res.error.reason).toBe('backup_not_found');
    expect((await ok('projects.get', { projectId })).product).toBe('Tempe');
  });
});
