import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api';
import { handlers } from '../../electron/handlers';
import type { HandlerMap } from '../../electron/handlers';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { makeBackend } from './helpers';

describe('the API envelope', () => {
  it('answers app.info with name, version and schema version', async () => {
    const { raw } = makeBackend();
    expect(await raw('app.info', {})).toEqual({ ok: true, data: { name: 'Klaster Workbench', version: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION } });
  });

  it('refuses invalid input whole, with field issues, and changes nothing', async () => {
    const { raw, ok } = makeBackend();
    const res = await raw('projects.create', { name: '', regency: 42 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid_input');
    expect(res.error.issues?.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['name', 'regency']));
    expect(await ok('projects.list', {})).toEqual([]);
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const { raw } = makeBackend();
    const res = await raw('projects.create', { name: 'A', colour: 'red' });
    expect(res.ok || res.error.code).toBe('invalid_input');
  });

  it('names unknown methods and missing projects', async () => {
    const { raw } = makeBackend();
    const unknown = await raw('projects.explode', {});
    expect(unknown.ok || unknown.error.code).toBe('unknown_method');
    const missing = await raw('projects.get', { projectId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.ok || [missing.error.code, missing.error.reason]).toEqual(['not_found', 'project_not_found']);
  });

  it('turns an unexpected failure into "internal" without leaking the stack', async () => {
    const broken: HandlerMap = { ...handlers, 'projects.list': { scope: 'workspace', run: () => { throw new Error('secret path /home/x'); } } };
    const logged: unknown[] = [];
    // The failing handler never touches the context, so none is needed.
    const ctxDispatch = createDispatch({} as never, broken, (e) => logged.push(e));
    const res = await ctxDispatch('projects.list', {});
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('internal');
    expect(JSON.stringify(res.error)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('refuses a handler map that does not match the contract', () => {
    const { 'projects.list': _dropped, ...incomplete } = handlers;
    expect(() => createDispatch({} as never, incomplete as HandlerMap)).toThrow(/without handler: projects.list/);
    expect(() => createDispatch({} as never, { ...handlers, 'projects.fly': handlers['projects.list'] } as HandlerMap)).toThrow(/without contract/);
  });

  it('reports an answer that breaks its own contract as internal and logs it, never as bad input', async () => {
    const broken: HandlerMap = { ...handlers, 'app.info': { scope: 'workspace', run: () => ({ name: 42 }) as never } };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { raw } = makeBackend(undefined, broken);
      const res = await raw('app.info', {});
      expect(res.ok || res.error).toMatchObject({ code: 'internal', reason: 'internal' });
      expect(res.ok || res.error.issues).toBeUndefined();
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('Output of app.info does not match its contract') }));
    } finally {
      logged.mockRestore();
    }
  });
});
