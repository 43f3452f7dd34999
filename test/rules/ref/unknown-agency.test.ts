import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseWith, hits, implementation, PROCEDURE, procedureWith, proposal, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/unknown-agency';
const IMPL = 'implementations/ubnd-phuong-ham-ron.yaml';
const suppressions = (entry: string) => `apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n${entry}`;

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'an implementation of an unknown agency, at the agency',
      { [IMPL]: implementation('ubnd-phuong-ham-ron', '  - code: "1.001193"\n') },
      [at(RULE, IMPL, 3, 9, { id: 'ubnd-phuong-ham-ron', where: 'implementation' })],
    ],
    [
      'an unknown agency in implemented_by, at the list item',
      { [PROCEDURE]: procedureWith({ 'authority: Ủy ban nhân dân cấp xã': 'authority: Ủy ban nhân dân cấp xã\nimplemented_by: { agencies: [ubnd-phuong-ham-rong, ubnd-xa-nga-som] }' }) },
      [at(RULE, PROCEDURE, 11, 52, { id: 'ubnd-xa-nga-som', where: 'implemented_by' })],
    ],
    [
      'an unknown proposer',
      { 'proposals/2026-ho-tich-01.yaml': proposal('  - { action: abolish }\n', 'proposed_by: so-tu-phapp\n') },
      [at(RULE, 'proposals/2026-ho-tich-01.yaml', 7, 14, { id: 'so-tu-phapp', where: 'proposal' })],
    ],
    [
      'an unknown agency in a suppression',
      { 'suppressions.yaml': suppressions('  - rule: legal/no-basis\n    agency: ubnd-huyen-x\n    reason: Chờ sáp nhập\n    until: 2027-01-01\n') },
      [at(RULE, 'suppressions.yaml', 5, 13, { id: 'ubnd-huyen-x', where: 'suppression' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['known agencies everywhere', {
      'implementations/ubnd-phuong-ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
      [PROCEDURE]: procedureWith({ 'authority: Ủy ban nhân dân cấp xã': 'authority: Ủy ban nhân dân cấp xã\nimplemented_by: { agencies: [ubnd-phuong-ham-rong] }' }),
      'proposals/2026-ho-tich-01.yaml': proposal('  - { action: abolish }\n', 'proposed_by: so-tu-phap\n'),
    }],
    [
      // The agency exists for the user; schema/invalid reports its entry, not every reference to it.
      'an agency whose own entry is invalid',
      {
        'agencies.yaml': baseWith('agencies.yaml', { '    level: commune\n    admin_code: "14758"': '    level: phuong\n    admin_code: "14758"' }),
        'implementations/ubnd-phuong-ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
      },
    ],
    [
      'agencies of an agency file that is broken as a whole',
      {
        'agencies.yaml': baseWith('agencies.yaml', { 'agencies:\n': 'agences: x\nagencies:\n' }),
        'implementations/ubnd-phuong-ham-rong.yaml': implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'),
      },
    ],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
