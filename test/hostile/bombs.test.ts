/**
 * Input built to crash, hang or exhaust memory, run through the built binary: alias bombs,
 * 20,000-deep nesting, a 30 MB file, random bytes. Each must end in a finding (exit 1) within
 * seconds, with no stack trace and no "heap out of memory".
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
  FIXTURES,
  writeLargeFile,
} from '../fixtures/hostile/generate.js';
import { tempCatalog } from '../helpers/cli.js';
import { expectNoCrash, findingsOf, validateJson, validateJsonBin, type JsonRun } from './helpers.js';

/** Every hostile file in one catalog, so the binary starts once for all of them. */
const HOSTILE: Record<string, string | Uint8Array> = {
  'hostile/bomb-few-aliases.yaml': aliasBomb(9, 9),
  'hostile/bomb-many-aliases.yaml': aliasBomb(12, 10),
  'hostile/alias-chain.yaml': aliasChain(10_000),
  'hostile/deep-flow-sequences.yaml': deepFlowSequence(20_000),
  'hostile/deep-flow-mappings.yaml': deepFlowMapping(20_000),
  'hostile/deep-block-sequences.yaml': deepBlockSequence(20_000),
  // 2,000 deep: the text of block mappings grows with the square of the depth.
  'hostile/deep-block-mappings.yaml': deepBlockMapping(2_000),
  'hostile/random.yaml': readFileSync(join(FIXTURES, 'random.bin.yaml')),
};

function only(r: JsonRun, file: string, rule: string, message: RegExp): void {
  const found = r.findings.filter((f) => f.file === file);
  expect(found.map((f) => f.rule)).toEqual([rule]);
  expect(found[0]?.message).toMatch(message);
}

describe('alias bombs, 20,000-deep nesting and random bytes, through the built binary', () => {
  let r: JsonRun;
  let elapsed: number;
  beforeAll(() => {
    const started = Date.now();
    r = validateJsonBin(tempCatalog(HOSTILE));
    elapsed = Date.now() - started;
  });

  it('ends quickly with findings, no crash', () => {
    expectNoCrash(r);
    expect(r.code).toBe(1);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('billion laughs with few alias uses is stopped when the data is built', () => {
    only(r, 'hostile/bomb-few-aliases.yaml', 'schema/yaml-syntax', /alias bomb/);
  });

  it('billion laughs with many alias uses is stopped before parsing, at the first alias over the limit', () => {
    only(r, 'hostile/bomb-many-aliases.yaml', 'schema/yaml-syntax', /alias bomb/);
    expect(findingsOf(r, 'schema/yaml-syntax', 'hostile/bomb-many-aliases.yaml')[0]?.line).toBe(14);
  });

  it('a 10,000-long alias chain', () => {
    only(r, 'hostile/alias-chain.yaml', 'schema/yaml-syntax', /alias bomb/);
  });

  it.each(['flow-sequences', 'flow-mappings', 'block-sequences', 'block-mappings'])('deep %s', (name) => {
    const file = `hostile/deep-${name}.yaml`;
    only(r, file, 'schema/yaml-syntax', /lồng nhau quá sâu \(quá 100 cấp\)/);
    expect(findingsOf(r, 'schema/yaml-syntax', file)[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('random binary bytes named .yaml', () => {
    only(r, 'hostile/random.yaml', 'schema/encoding', /nhị phân/);
  });
});

describe('limits set by the environment', () => {
  it('a chain under the alias limit that nests deeper than the depth limit', async () => {
    const r = await validateJson(tempCatalog({ [AGENCIES]: aliasChain(10) }), { TTHC_MAX_DEPTH: '6', TTHC_MAX_ALIASES: '100000' });
    only(r, AGENCIES, 'schema/yaml-syntax', /quá 6 cấp/);
  });

  it('TTHC_MAX_ALIASES=0 refuses any alias', async () => {
    const r = await validateJson(tempCatalog({ [AGENCIES]: aliasChain(2) }), { TTHC_MAX_ALIASES: '0' });
    only(r, AGENCIES, 'schema/yaml-syntax', /giới hạn 0/);
  });

  it('TTHC_MAX_FILE_MB lowers the size limit', async () => {
    const dir = tempCatalog();
    writeFileSync(join(dir, 'legal.yaml'), '# đệm\n'.repeat(300_000));
    const r = await validateJson(dir, { TTHC_MAX_FILE_MB: '1' });
    only(r, 'legal.yaml', 'schema/invalid', /quá lớn/);
    expect(findingsOf(r, 'schema/invalid', 'legal.yaml')[0]?.data).toMatchObject({ limit: 1024 * 1024 });
  });
});

describe('a 30 MB file, through the built binary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempCatalog();
    await writeLargeFile(join(dir, AGENCIES), 30);
  });

  it('is reported, not read', () => {
    const r = validateJsonBin(dir);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    only(r, AGENCIES, 'schema/invalid', /quá lớn/);
    expect(Number(findingsOf(r, 'schema/invalid', AGENCIES)[0]?.data?.size)).toBeGreaterThan(30 * 1024 * 1024);
  });
});
