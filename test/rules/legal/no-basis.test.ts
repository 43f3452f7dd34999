import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'legal/no-basis';
const BASIS = 'legal_basis:\n  - { ref: luat-ho-tich-2014, article: Điều 16 }\n';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['legal_basis: [], at the empty list', { [PROCEDURE]: procedureWith({ [BASIS]: 'legal_basis: []\n' }) }, [at(RULE, PROCEDURE, 21, 14, { code: '1.001193' })]],
    ['no legal_basis key at all, at the name', { [PROCEDURE]: procedureWith({ [BASIS]: '' }) }, [at(RULE, PROCEDURE, 4, 7, { code: '1.001193' })]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a draft without a basis', { [PROCEDURE]: procedureWith({ [BASIS]: '', 'status: active': 'status: draft' }) }],
    ['an abolished procedure without a basis', { [PROCEDURE]: procedureWith({ [BASIS]: 'legal_basis: []\n', 'status: active': 'status: abolished' }) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
