/**
 * Input built to crash, hang or exhaust memory, run through the built binary: alias bombs,
 * 20,000-deep nesting, a 30 MB file, random bytes. Each must end in a finding (exit 1) within
 * seconds, with no stack trace and no "heap out of memory".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AGENCIES,
  aliasBomb,
  aliasChain,
  deepBlockMapping,
  deepBlockSequence,
  deepFlowMapping,
  deepFlowSequence,
  writeLargeFile,
} from '../fixtures/hostile/generate.js';
import { tempCatalog } from '../helpers/cli.js';
import { catalogWithFixture, expectNoCrash, findingsOf, validateJsonBin, type JsonRun } from './helpers.js';

function run(content: string, env: Record<string, string> = {}): JsonRun {
  const started = Date.now();
  const r = validateJsonBin(tempCatalog({ [AGENCIES]: content }), env);
  expect(Date.now() - started).toBeLessThan(15_000);
  expectNoCrash(r);
  return r;
}

function only(r: JsonRun, rule: string, message: RegExp): void {
  expect(r.code).toBe(1);
  const found = findingsOf(r, rule, AGENCIES);
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(message);
}

describe('alias bombs', () => {
  it('billion laughs with few alias uses is stopped when the data is built', () => {
    only(run(aliasBomb(9, 9)), 'schema/yaml-syntax', /alias bomb/);
  });

  it('billion laughs with many alias uses is stopped before parsing, at the first alias over the limit', () => {
    const r = run(aliasBomb(12, 10));
    only(r, 'schema/yaml-syntax', /alias bomb/);
    expect(findingsOf(r, 'schema/yaml-syntax')[0]?.line).toBe(14);
  });

  it('a 10,000-long alias chain', () => {
    only(run(aliasChain(10_000)), 'schema/yaml-syntax', /alias bomb/);
  });

  it('a chain under the alias limit that nests deeper than the depth limit', () => {
    only(run(aliasChain(10), { TTHC_MAX_DEPTH: '6', TTHC_MAX_ALIASES: '100000' }), 'schema/yaml-syntax', /quá 6 cấp/);
  });

  it('TTHC_MAX_ALIASES=0 refuses any alias', () => {
    only(run(aliasChain(2), { TTHC_MAX_ALIASES: '0' }), 'schema/yaml-syntax', /giới hạn 0/);
  });
});

describe('20,000-deep nesting', () => {
  it.each([
    ['flow sequences', deepFlowSequence(20_000)],
    ['flow mappings', deepFlowMapping(20_000)],
    ['block sequences', deepBlockSequence(20_000)],
    ['block mappings (2,000 deep: the text grows with the square)', deepBlockMapping(2_000)],
  ])('%s', (_name, content) => {
    const r = run(content);
    only(r, 'schema/yaml-syntax', /lồng nhau quá sâu \(quá 100 cấp\)/);
    expect(findingsOf(r, 'schema/yaml-syntax')[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('size and bytes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempCatalog();
    await writeLargeFile(join(dir, AGENCIES), 30);
  });

  it('a 30 MB file is reported, not read', () => {
    const r = validateJsonBin(dir);
    expectNoCrash(r);
    only(r, 'schema/invalid', /quá lớn/);
    expect(Number(findingsOf(r, 'schema/invalid', AGENCIES)[0]?.data?.size)).toBeGreaterThan(30 * 1024 * 1024);
  });

  it('TTHC_MAX_FILE_MB lowers the limit', () => {
    const small = tempCatalog();
    writeFileSync(join(small, 'legal.yaml'), '# đệm\n'.repeat(300_000));
    const r = validateJsonBin(small, { TTHC_MAX_FILE_MB: '1' });
    expect(findingsOf(r, 'schema/invalid', 'legal.yaml')[0]?.data).toMatchObject({ limit: 1024 * 1024 });
  });

  it('random binary bytes named .yaml', () => {
    const r = validateJsonBin(catalogWithFixture('random.bin.yaml'));
    expectNoCrash(r);
    only(r, 'schema/encoding', /nhị phân/);
  });
});
