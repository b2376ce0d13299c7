import { describe, expect, it } from 'vitest';
import { handlers, type HandlerMap } from '../../electron/handlers';
import { MAX_UNDO_STEPS } from '../../electron/db/changeLog';
import { updateProject } from '../../electron/services/projects';
import { makeBackend } from './helpers';

describe('undo and redo through the change log', () => {
  it('undoes and redoes project edits step by step', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Mebel Rotan' });
    await ok('projects.update', { projectId, regency: 'Kabupaten Cirebon' });
    await ok('projects.update', { projectId, province: 'Jawa Barat', facilitatorName: 'Ratna Sari' });

    expect(await ok('history.state', { projectId })).toEqual({ canUndo: true, canRedo: false, undoLabel: 'projects.update', redoLabel: null });
    expect((await ok('history.undo', { projectId })).undone).toBe('projects.update');
    expect(await ok('projects.get', { projectId })).toMatchObject({ regency: 'Kabupaten Cirebon', province: '', facilitatorName: '' });
    await ok('history.undo', { projectId });
    expect((await ok('projects.get', { projectId })).regency).toBe('');
    const empty = await ok('history.undo', { projectId });
    expect(empty).toMatchObject({ undone: null, canUndo: false, canRedo: true });

    await ok('history.redo', { projectId });
    await ok('history.redo', { projectId });
    expect(await ok('projects.get', { projectId })).toMatchObject({ regency: 'Kabupaten Cirebon', province: 'Jawa Barat', facilitatorName: 'Ratna Sari' });
    expect((await ok('history.redo', { projectId })).redone).toBeNull();
  });

  it('restores the home list name after undoing a rename', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Lama' });
    await ok('projects.update', { projectId, name: 'Baru' });
    expect((await ok('projects.list', {}))[0]?.name).toBe('Baru');
    await ok('history.undo', { projectId });
    expect((await ok('projects.list', {}))[0]?.name).toBe('Lama');
  });

  it('drops the redo stack when a new edit is made', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A' });
    await ok('projects.update', { projectId, product: 'Tahu' });
    await ok('history.undo', { projectId });
    await ok('projects.update', { projectId, product: 'Tempe' });
    expect((await ok('history.state', { projectId })).canRedo).toBe(false);
    await ok('history.undo', { projectId });
    expect((await ok('projects.get', { projectId })).product).toBe('');
  });

  it('records no step for a save that changes nothing', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A', product: 'Tahu' });
    await ok('projects.update', { projectId, product: 'Tahu' });
    expect((await ok('history.state', { projectId })).canUndo).toBe(false);
  });

  it('keeps at most the configured number of steps', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A' });
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) await ok('projects.update', { projectId, notes: `catatan ${i}` });
    let steps = 0;
    while ((await ok('history.undo', { projectId })).undone) steps++;
    expect(steps).toBe(MAX_UNDO_STEPS);
    expect((await ok('projects.get', { projectId })).notes).toBe('catatan 4');
  });

  it('leaves the project and the log as they were when an action fails half way', async () => {
    const first = makeBackend();
    const { id: projectId } = await first.ok('projects.create', { name: 'Utuh' });
    const dataDir = first.dataDir;
    first.backend.close(); // one back end per data folder at a time
    // Same data directory, a dispatcher whose update writes and then fails.
    const failing: HandlerMap = {
      ...handlers,
      'projects.update': {
        scope: 'project',
        run: (db, { projectId: _p, ...details }, { rec, now }) => {
          updateProject(db, details, rec, now);
          throw new Error('disk pulled out');
        },
      },
    };
    const broken = makeBackend(dataDir, failing);
    const res = await broken.raw('projects.update', { projectId, name: 'Setengah' });
    expect(res.ok).toBe(false);
    expect(res.ok || res.error.code).toBe('internal');
    broken.backend.close();
    const { ok } = makeBackend(dataDir);
    expect((await ok('projects.get', { projectId })).name).toBe('Utuh');
    expect((await ok('history.state', { projectId })).canUndo).toBe(false);
  });
});
