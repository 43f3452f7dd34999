import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { findingsFor } from '../../helpers/catalog.js';
import { at, baseplus, EXAMPLE_BASE, hits, implementation, PROCEDURE, procedureWith, proposal, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/duplicate-id';
const BASE_PROCEDURE = EXAMPLE_BASE[PROCEDURE] ?? '';
const IMPL = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'two procedure files with one code, at the later file',
      { 'procedures/ho-tich/khai-sinh-ban-sao.yaml': BASE_PROCEDURE },
      [at(RULE, 'procedures/ho-tich/khai-sinh-ban-sao.yaml', 3, 7, { what: 'procedure', id: '1.001193', first: PROCEDURE })],
    ],
    [
      'two agencies with one id',
      { 'agencies.yaml': baseplus('agencies.yaml', '  - id: so-tu-phap\n    name: Sở Tư pháp (cũ)\n    level: province\n') },
      [at(RULE, 'agencies.yaml', 18, 9, { what: 'agency', id: 'so-tu-phap', first: 'agencies.yaml' })],
    ],
    [
      'an agency id repeated in a second agency file',
      { 'agencies-xa.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: ubnd-xa-nga-son\n    name: UBND xã Nga Sơn\n    level: commune\n' },
      [at(RULE, 'agencies.yaml', 13, 9, { what: 'agency', id: 'ubnd-xa-nga-son', first: 'agencies-xa.yaml' })],
    ],
    [
      'two legal documents with one id',
      { 'legal.yaml': baseplus('legal.yaml', '  - id: nd-45-2020\n    number: 45/2020/NĐ-CP\n    title: Trùng\n') },
      [at(RULE, 'legal.yaml', 17, 9, { what: 'legal', id: 'nd-45-2020', first: 'legal.yaml' })],
    ],
    [
      'two documents of one procedure with one id',
      { [PROCEDURE]: procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: to-khai, name: Giấy chứng sinh }' }) },
      [at(RULE, PROCEDURE, 18, 11, { what: 'document', id: 'to-khai', first: PROCEDURE })],
    ],
    [
      'two evidence kinds with one id',
      { 'datasources.yaml': baseplus('datasources.yaml', '  - id: the-can-cuoc\n    name: CCCD\n    source: csdl-dan-cu\n') },
      [at(RULE, 'datasources.yaml', 12, 9, { what: 'evidence', id: 'the-can-cuoc', first: 'datasources.yaml' })],
    ],
    [
      'two implementation files for one agency',
      {
        [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
        'implementations/2026/ubnd-phuong-ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
      },
      [at(RULE, IMPL, 3, 9, { what: 'implementation', id: 'ubnd-phuong-ham-rong', first: 'implementations/2026/ubnd-phuong-ham-rong.yaml' })],
    ],
    [
      'one procedure listed twice in an implementation',
      { [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n  - code: "1.001193"\n    online_level: none\n') },
      [at(RULE, IMPL, 6, 11, { what: 'entry', id: '1.001193', first: IMPL })],
    ],
    [
      'two proposals with one id',
      { 'proposals/a.yaml': proposal('  - { action: abolish }\n'), 'proposals/b.yaml': proposal('  - { action: abolish }\n') },
      [at(RULE, 'proposals/b.yaml', 3, 5, { what: 'proposal', id: '2026-ho-tich-01', first: 'proposals/a.yaml' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it('points "related" at the first occurrence', async () => {
    const [f] = await findingsFor({ [PROCEDURE]: procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: to-khai, name: Giấy chứng sinh }' }) }, [RULE]);
    expect(f?.related).toEqual([{ file: PROCEDURE, line: 17, column: 11 }]);
    expect(f?.procedure).toBe('1.001193');
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['the same document id in two procedures', { 'procedures/ho-tich/1.000656.yaml': procedureWith({ 'code: "1.001193"': 'code: "1.000656"' }).replace('name: Thủ tục đăng ký khai sinh', 'name: Thủ tục đăng ký kết hôn') }],
    ['the same procedure in two agencies\' implementations', {
      [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
      'implementations/ubnd-xa-nga-son.yaml': implementation('ubnd-xa-nga-son', '  - code: "1.001193"\n'),
    }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
