import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseplus, baseWith, hits, PROCEDURE, procedureWith, proposal, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/unknown-source';
const SINH = '{ id: giay-chung-sinh, name: Giấy chứng sinh }';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'a document\'s evidence not in datasources.yaml, at the evidence',
      { [PROCEDURE]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: giay-chung-sinh-dien-tu }' }) },
      [at(RULE, PROCEDURE, 18, 61, { id: 'giay-chung-sinh-dien-tu' })],
    ],
    [
      'an evidence kind whose source is unknown',
      { 'datasources.yaml': baseplus('datasources.yaml', '  - id: giay-phep-lai-xe\n    name: Giấy phép lái xe\n    source: csdl-giao-thong\n') },
      [at(RULE, 'datasources.yaml', 14, 13, { id: 'csdl-giao-thong' })],
    ],
    [
      'a use_data change with an unknown source',
      { 'proposals/2026-ho-tich-01.yaml': proposal('  - { action: use_data, document: giay-chung-sinh, source: csdl-y-te }\n') },
      [at(RULE, 'proposals/2026-ho-tich-01.yaml', 8, 60, { id: 'csdl-y-te' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it('names which list lacks the id in the message id', async () => {
    const { findingsFor } = await import('../../helpers/catalog.js');
    const [f] = await findingsFor({ [PROCEDURE]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: x }' }) }, [RULE], 'en');
    expect(f?.message).toBe('No evidence kind "x" in datasources.yaml (evidence)');
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['known evidence and source', {
      [PROCEDURE]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: the-can-cuoc }' }),
      'proposals/2026-ho-tich-01.yaml': proposal('  - { action: use_data, document: giay-chung-sinh, source: csdl-dan-cu }\n'),
    }],
    ['evidence: null', { [PROCEDURE]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: null }' }) }],
    ['evidence whose own entry is invalid', {
      'datasources.yaml': baseWith('datasources.yaml', { '    aliases: [căn cước công dân, CCCD, chứng minh nhân dân]\n': '    aliases: CCCD\n' }),
      [PROCEDURE]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: the-can-cuoc }' }),
    }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
