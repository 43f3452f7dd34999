/** Expected failures are one line and exit 2; bugs are one line and exit 3, with a stack only on --debug. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempCatalog } from '../helpers/cli.js';

const FAULT = { TTHC_TEST_FAULT: 'internal' };

describe('internal errors', () => {
  it('in-process: exit 3, one line pointing at --debug, no stack', async () => {
    const r = await runCli(['validate', tempCatalog()], { env: FAULT });
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tthc: Lỗi nội bộ của tthc .*fault injected by TTHC_TEST_FAULT.*--debug/);
  });

  it('with --debug the stack follows', async () => {
    const r = await runCli(['--debug', 'validate', tempCatalog(), '--lang', 'en'], { env: FAULT });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^tthc: Internal error in tthc/);
    expect(r.stderr).toMatch(/\n\s+at .+catalog-dir/);
  });

  it('the built binary: exit 3, one line', () => {
    const r = runBin(['validate', tempCatalog()], { env: FAULT });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const d = runBin(['--debug', 'validate', tempCatalog()], { env: FAULT });
    expect(d.code).toBe(3);
    expect(d.stderr.split('\n').length).toBeGreaterThan(3);
  });
});

describe('expected failures: exit 2, one line, in both languages', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tthc-test-')), 'x.txt');
  writeFileSync(file, '');
  const empty = mkdtempSync(join(tmpdir(), 'tthc-test-'));
  const cases: [string, string[], string][] = [
    ['missing directory', ['validate', '/nonexistent/tthc'], 'not found'],
    ['not a directory', ['validate', file], 'is not a directory'],
    ['no catalog files', ['validate', empty], 'holds no catalog files'],
    ['unknown rule', ['validate', tempCatalog(), '--rule', 'schema/invalud'], 'did you mean "schema/invalid"'],
    ['unknown rule page', ['rules', 'legal/no-basiss'], 'did you mean "legal/no-basis"'],
    ['unwritable output', ['validate', tempCatalog(), '-o', '/proc/tthc-out.json'], 'Could not write'],
  ];
  it.each(cases)('%s', async (_name, argv, text) => {
    for (const lang of ['vi', 'en']) {
      const r = await runCli([...argv, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      if (lang === 'en') expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
