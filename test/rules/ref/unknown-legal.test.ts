import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseWith, hits, PROCEDURE, procedureWith, proposal, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/unknown-legal';
const PROPOSAL = 'proposals/2026-ho-tich-01.yaml';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['a procedure\'s legal basis, at the ref', { [PROCEDURE]: procedureWith({ 'ref: luat-ho-tich-2014': 'ref: luat-ho-tich' }) }, [at(RULE, PROCEDURE, 22, 12, { id: 'luat-ho-tich' })]],
    ['a data source\'s legal basis', { 'datasources.yaml': baseWith('datasources.yaml', { '{ ref: nd-45-2020 }': '{ ref: nd-45-2021 }' }) }, [at(RULE, 'datasources.yaml', 6, 26, { id: 'nd-45-2021' })]],
    ['a proposal\'s amendment', { [PROPOSAL]: proposal('  - { action: abolish }\n', 'amend:\n  - { ref: nd-123-2015, article: Điều 9 }\n') }, [at(RULE, PROPOSAL, 8, 12, { id: 'nd-123-2015' })]],
    ['replaced_by', { 'legal.yaml': baseWith('legal.yaml', { '    effective: 2016-01-01\n': '    effective: 2016-01-01\n    replaced_by: luat-ho-tich-2026\n' }) }, [at(RULE, 'legal.yaml', 9, 18, { id: 'luat-ho-tich-2026' })]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['replaced_by: null', { 'legal.yaml': baseWith('legal.yaml', { '    effective: 2016-01-01\n': '    effective: 2016-01-01\n    repealed: null\n    replaced_by: null\n' }) }],
    ['a ref to a legal document whose own entry is invalid', {
      'legal.yaml': baseWith('legal.yaml', { '    issued: 2014-11-20\n': '    issued: 20/11/2014\n' }),
    }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
