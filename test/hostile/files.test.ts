/** The catalog directory itself is hostile: loops, directories named like files, no permission. */
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempCatalog } from '../helpers/cli.js';
import { expectNoCrash, findingsOf, validateJson } from './helpers.js';

const asRoot = process.getuid?.() === 0;

describe('the directory tree', () => {
  it('a symlink loop inside the catalog is walked once', async () => {
    const dir = tempCatalog();
    symlinkSync('..', join(dir, 'procedures', 'loop'));
    symlinkSync('self.yaml', join(dir, 'self.yaml'));
    const r = await validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('catalog.yaml that is a directory: a finding on it', async () => {
    const dir = tempCatalog({ 'catalog.yaml': null });
    mkdirSync(join(dir, 'catalog.yaml'));
    const r = await validateJson(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const [f] = findingsOf(r, 'schema/invalid', 'catalog.yaml');
    expect(f?.message).toBe('Không đọc được: đây là thư mục, không phải tệp (EISDIR)');
  });

  it.skipIf(asRoot)('a file without read permission is a finding (skipped as root, where chmod 000 does not stop reads)', async () => {
    const dir = tempCatalog();
    chmodSync(join(dir, 'legal.yaml'), 0o000);
    mkdirSync(join(dir, 'secret'));
    chmodSync(join(dir, 'secret'), 0o000);
    try {
      const r = await validateJson(dir);
      expectNoCrash(r);
      expect(r.code).toBe(1);
      expect(findingsOf(r, 'schema/invalid', 'legal.yaml')[0]?.data).toEqual({ reason: 'permission', code: 'EACCES' });
      expect(findingsOf(r, 'schema/invalid', 'secret')[0]?.data).toEqual({ reason: 'permission', code: 'EACCES' });
    } finally {
      chmodSync(join(dir, 'secret'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stray temporary files of an interrupted write are not read', async () => {
    const dir = tempCatalog();
    writeFileSync(join(dir, '.agencies.yaml.12345.0123456789ab.tmp'), 'apiVersion: tthc/v1\nkind: AgencyList\nagencies: [');
    const r = await validateJson(dir);
    expect(r.code).toBe(0);
  });
});

describe('limits from the environment', () => {
  it.each([['TTHC_MAX_DEPTH', 'abc'], ['TTHC_MAX_DEPTH', '0'], ['TTHC_MAX_ALIASES', '1.5'], ['TTHC_MAX_FILE_MB', '100000']])('%s=%s: exit 2, one line', async (variable, value) => {
    const r = await runCli(['validate', tempCatalog(), '--lang', 'en'], { env: { [variable]: value } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Invalid ${variable}="${value}"`);
  });
});
