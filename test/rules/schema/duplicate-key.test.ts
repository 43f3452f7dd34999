import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'schema/duplicate-key';
const AGENCIES = 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'a repeated key in a block mapping, at the second key',
      { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    name: Sở Tư pháp tỉnh\n    level: province\n` },
      [at(RULE, 'agencies.yaml', 6, 5, { key: 'name' })],
    ],
    [
      'a repeated key in a flow mapping',
      { [PROCEDURE]: procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, name: Giấy khai sinh }' }) },
      [at(RULE, PROCEDURE, 18, 51, { key: 'name' })],
    ],
    [
      'a quoted repeat of a plain key, unquoted in the data',
      { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    "level": province\n    level: province\n` },
      [at(RULE, 'agencies.yaml', 7, 5, { key: 'level' })],
    ],
    [
      'a repeated top-level key',
      { [PROCEDURE]: procedureWith({ 'sector: Hộ tịch': 'sector: Hộ tịch\nsector: Chứng thực' }) },
      [at(RULE, PROCEDURE, 8, 1, { key: 'sector' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog (the same keys in different mappings)', {}],
    ['the same key at two depths', { 'agencies.yaml': `${AGENCIES}    name: Sở Tư pháp\n    level: province\n    contact: { unit: Văn phòng, phone: "1" }\n    x_unit: Văn phòng\n` }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
