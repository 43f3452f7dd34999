/**
 * Positions from js-yaml's offsets are `yaml`'s positions: every node (and every key) of the
 * bundled catalog, a generated catalog and the tricky files is located both ways.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZES, generateCatalog } from '../../bench/generate.js';
import { fastParse } from '../../src/catalog/fast-parse.js';
import { SourceFile, type Path, type Target } from '../../src/catalog/source.js';
import { TRICKY } from './tricky-yaml.js';

/** Every path into `value`, and whether its last segment is a mapping key. */
function* paths(value: unknown, prefix: Path = []): Generator<[Path, boolean]> {
  yield [prefix, false];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* paths(item, [...prefix, i]);
    // A path past the end: located at the deepest existing ancestor.
    yield [[...prefix, value.length], false];
  } else if (value !== null && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) {
      yield [[...prefix, k], true];
      yield* paths(item, [...prefix, k]);
    }
    yield [[...prefix, 'absent-key'], false];
  }
}

function compareFile(name: string, raw: string): number {
  const text = raw.replace(/^\ufeff/, '');
  const fast = fastParse(text);
  if (fast === undefined) return 0;
  const withSlices = new SourceFile(name, text, fast.slices);
  const reference = new SourceFile(name, text);
  let n = 0;
  for (const [path, isKey] of paths(fast.data)) {
    for (const atKey of isKey ? [false, true] : [false]) {
      const target: Target = { file: name, path, atKey };
      expect(withSlices.locate(target), `${name} ${JSON.stringify(path)}${atKey ? ' (key)' : ''}`).toEqual(reference.locate(target));
      n++;
    }
  }
  return n;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.ya?ml$/.test(name)) yield full;
  }
}

describe('fast locate', () => {
  it('gives yaml\'s range for every node of the bundled catalog', () => {
    const root = join(import.meta.dirname, '..', '..', 'catalog');
    let n = 0;
    for (const file of walk(root)) n += compareFile(relative(root, file), readFileSync(file, 'utf8'));
    expect(n).toBeGreaterThan(10_000);
  });

  it('gives yaml\'s range for every node of a generated catalog', () => {
    let n = 0;
    for (const [file, text] of generateCatalog(SIZES.small, 11)) n += compareFile(file, text);
    expect(n).toBeGreaterThan(10_000);
  });

  it('gives yaml\'s range on tricky YAML, or leaves it to yaml', () => {
    for (const [name, content] of Object.entries(TRICKY)) if (typeof content === 'string') compareFile(name, content);
  });

  it('handles comments, empty values, block scalars and flow collections', () => {
    const text = [
      'apiVersion: tthc/v1 # phiên bản',
      'kind: Implementation',
      'procedures:',
      '  # mục đầu',
      '  - code: "1.000001"   # mã',
      '    documents: [a, "b" , {id: c}]',
      '    note:',
      '    steps:',
      '      - >',
      '        gấp',
      '        dòng',
      '',
      '      -',
      '      - cuối',
      '    fee: 10   ',
      '  - code: "1.000002"',
      '    extra: { a: 1, b: [x, y] }',
      '',
      '# cuối tệp',
      '',
    ].join('\n');
    expect(compareFile('x.yaml', text)).toBeGreaterThan(20);
  });
});
