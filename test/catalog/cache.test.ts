/** The load cache's packs: what comes back, and what is refused. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadCache } from '../../src/catalog/cache.js';
import type { LoadedFile } from '../../src/catalog/load-file.js';
import type { Range } from '../../src/catalog/source.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ROOT = '/catalogs/thanh-hoa';
const loaded = (file: string, name: string): LoadedFile => ({
  file,
  text: `name: ${name}\n`,
  kind: 'Procedure',
  value: { name },
  valid: true,
  reports: [],
  invalidIds: {},
  kept: {},
});
const AT: Range = { line: 1, column: 7, end_line: 1, end_column: 12 };

function filled(): { dir: string; cache: LoadCache } {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-load-cache-'));
  dirs.push(dir);
  return { dir, cache: LoadCache.open(dir, ROOT, '1.0.0', {}) };
}

describe('LoadCache', () => {
  it('gives back what was loaded, and the positions of the same bytes only', async () => {
    const { dir, cache } = filled();
    cache.put('a.yaml', 'hash-a', loaded('a.yaml', 'Khai sinh'));
    cache.put('b.yaml', 'hash-b', loaded('b.yaml', 'Kết hôn'));
    await cache.saveLoaded();
    await cache.saveLocated((file) => (file === 'a.yaml' ? [['["name"]', AT]] : []));

    const again = LoadCache.open(dir, ROOT, '1.0.0', {});
    expect(again.get('a.yaml', 'hash-a')).toEqual({ file: 'a.yaml', kind: 'Procedure', value: { name: 'Khai sinh' }, valid: true, reports: [], invalidIds: {}, kept: {}, located: [['["name"]', AT]] });
    expect(again.get('b.yaml', 'hash-b')?.value).toEqual({ name: 'Kết hôn' });
    expect(again.get('a.yaml', 'other-bytes')).toBeUndefined();
    // Another tool version, or other limits, start empty.
    expect(LoadCache.open(dir, ROOT, '1.0.1', {}).get('a.yaml', 'hash-a')).toBeUndefined();
    expect(LoadCache.open(dir, ROOT, '1.0.0', { maxFileBytes: 1 }).get('a.yaml', 'hash-a')).toBeUndefined();
  });

  it('ignores a truncated or foreign pack instead of failing', async () => {
    const { dir, cache } = filled();
    cache.put('a.yaml', 'hash-a', loaded('a.yaml', 'Khai sinh'));
    await cache.saveLoaded();
    const pack = readdirSync(dir).find((f) => f.startsWith('loaded-'));
    expect(pack).toBeDefined();
    const file = join(dir, pack ?? '');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(LoadCache.open(dir, ROOT, '1.0.0', {}).get('a.yaml', 'hash-a')).toBeUndefined();
    writeFileSync(file, 'not a pack');
    expect(LoadCache.open(dir, ROOT, '1.0.0', {}).get('a.yaml', 'hash-a')).toBeUndefined();
  });

  it('forgets files that are gone and keeps those read again', async () => {
    const { dir, cache } = filled();
    cache.put('a.yaml', 'hash-a', loaded('a.yaml', 'Khai sinh'));
    cache.put('b.yaml', 'hash-b', loaded('b.yaml', 'Kết hôn'));
    await cache.saveLoaded();
    const second = LoadCache.open(dir, ROOT, '1.0.0', {});
    expect(second.get('a.yaml', 'hash-a')).toBeDefined();
    await second.saveLoaded();
    const third = LoadCache.open(dir, ROOT, '1.0.0', {});
    expect(third.get('a.yaml', 'hash-a')).toBeDefined();
    expect(third.get('b.yaml', 'hash-b')).toBeUndefined();
  });
});
