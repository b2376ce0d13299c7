import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder reads its config with js-yaml and checks it with ajv against app-builder-lib's
// scheme.json; the same copies are used here, resolved through electron-builder itself.
const root = path.resolve(__dirname, '../..');
const fromRoot = createRequire(path.join(root, 'package.json'));
const fromBuilder = createRequire(fromRoot.resolve('electron-builder/package.json'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const { load } = fromLib('js-yaml') as { load(text: string): unknown };
const { default: Ajv } = fromLib('ajv') as { default: new (o: object) => { compile(schema: unknown): Validate } };
const schema: unknown = fromLib('app-builder-lib/scheme.json');

const readConfig = () => load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
// Options as electron-builder's own validator uses them; compiled once, it takes a second.
let compiled: Validate | undefined;
const validator = () => (compiled ??= new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema));

describe('electron-builder.yml', () => {
  it('flips the fuses that close Node and debugger entry points and pin the code to app.asar', () => {
    expect(readConfig().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive, which the fuses rely on', () => {
    expect(readConfig().asar).toBe(true);
  });

  it('matches the configuration schema of the installed electron-builder', () => {
    const validate = validator();
    const ok = validate(readConfig());
    expect(validate.errors ?? null).toBeNull();
    expect(ok).toBe(true);
  });

  it('is checked by a schema that refuses unknown fuse names', () => {
    const config = readConfig();
    const validate = validator();
    expect(validate({ ...config, electronFuses: { ...(config.electronFuses as object), runAsNodeTypo: false } })).toBe(false);
  });
});
