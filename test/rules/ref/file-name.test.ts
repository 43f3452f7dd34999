import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, EXAMPLE_BASE, hits, implementation, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/file-name';
const BASE_PROCEDURE = EXAMPLE_BASE[PROCEDURE] ?? '';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'a procedure file not named after its code, at the code',
      { [PROCEDURE]: null, 'procedures/ho-tich/khai-sinh.yaml': BASE_PROCEDURE },
      [at(RULE, 'procedures/ho-tich/khai-sinh.yaml', 3, 7, { actual: 'khai-sinh.yaml', expected: '1.001193.yaml' })],
    ],
    [
      'a procedure file named after another code',
      { [PROCEDURE]: procedureWith({ 'code: "1.001193"': 'code: "1.001194"' }) },
      [at(RULE, PROCEDURE, 3, 7, { actual: '1.001193.yaml', expected: '1.001194.yaml' })],
    ],
    [
      'an implementation file not named after its agency, at the agency',
      { 'implementations/ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n') },
      [at(RULE, 'implementations/ham-rong.yaml', 3, 9, { actual: 'ham-rong.yaml', expected: 'ubnd-phuong-ham-rong.yaml' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a .yml extension', { [PROCEDURE]: null, 'procedures/ho-tich/1.001193.yml': BASE_PROCEDURE }],
    ['a procedure in any folder', { [PROCEDURE]: null, 'thu-tuc/1.001193.yaml': BASE_PROCEDURE }],
    ['an implementation named after its agency', { 'implementations/2026/ubnd-phuong-ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n') }],
    ['list files, which have no naming rule', { 'agencies.yaml': null, 'co-quan.yaml': EXAMPLE_BASE['agencies.yaml'] ?? '' }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
