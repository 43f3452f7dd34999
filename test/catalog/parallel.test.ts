/**
 * Loading on several threads changes nothing: the built CLI gives the same JSON, byte for
 * byte, with no loading thread, one or two, and from the caches of such runs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZES, generateCatalog } from '../../bench/generate.js';
import { TRICKY } from './tricky-yaml.js';
import { runBin, tempTree } from '../helpers/cli.js';
import { loadFiles } from '../../src/catalog/parallel.js';
import { DEFAULT_FILE_LIMITS } from '../../src/catalog/load-file.js';

const files: Record<string, string | Uint8Array> = Object.fromEntries(generateCatalog(SIZES.small, 5));
for (const [name, text] of Object.entries(TRICKY)) files[`procedures/tricky/${name}`] = text;
const dir = tempTree(files);
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

const check = (workers: string, ...more: string[]) => runBin(['check', dir, '-f', 'json', '--fail-on', 'never', ...more], { env: { TTHC_WORKERS: workers } });

describe('loading threads', () => {
  it('give the same findings with none, one or two, cached or not', () => {
    const alone = check('0', '--no-cache');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('"rule": "schema/yaml-syntax"');
    expect(check('1', '--no-cache').stdout).toBe(alone.stdout);
    expect(check('2', '--no-cache').stdout).toBe(alone.stdout);
    // Cold cache filled by two threads, then the load cache alone (the run cache moved aside).
    rmSync(join(dir, '.tthc-cache'), { recursive: true, force: true });
    expect(check('2').stdout).toBe(alone.stdout);
    expect(check('0', '--lang', 'vi').stdout).toBe(alone.stdout);
    expect(check('0').stdout).toBe(alone.stdout);
  }, 120_000);

  it('deal every file to exactly one share and return results in the order given', async () => {
    const list = Object.entries(files).slice(0, 40).map(([file, text]) => ({ file, bytes: typeof text === 'string' ? Buffer.from(text) : text }));
    // From sources there is no compiled worker: the shares are all loaded here, in order.
    const loaded = await loadFiles(list, DEFAULT_FILE_LIMITS, 'auto', 2);
    expect(loaded.map((f) => f.file)).toEqual(list.map((f) => f.file));
  });
});
