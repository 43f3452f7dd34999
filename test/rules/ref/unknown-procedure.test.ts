import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, hits, implementation, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'ref/unknown-procedure';
const IMPL = 'implementations/ubnd-phuong-ham-rong.yaml';
const PROPOSAL = 'proposals/2026-ho-tich-01.yaml';
const proposalFor = (code: string) => `apiVersion: tthc/v1\nkind: Proposal\nid: 2026-ho-tich-01\nprocedure: "${code}"\ntitle: Bãi bỏ\nstatus: draft\nchanges:\n  - { action: abolish }\n`;

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['an implementation entry, at its code', { [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n  - code: "1.001194"\n') }, [at(RULE, IMPL, 6, 11, { code: '1.001194' })]],
    ['a proposal', { [PROPOSAL]: proposalFor('2.000001') }, [at(RULE, PROPOSAL, 4, 12, { code: '2.000001' })]],
    [
      'a suppression',
      { 'suppressions.yaml': 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n  - rule: legal/no-basis\n    procedure: "1.000000"\n    reason: Đã bãi bỏ\n    until: 2027-01-01\n' },
      [at(RULE, 'suppressions.yaml', 5, 16, { code: '1.000000' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['known codes', { [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n'), [PROPOSAL]: proposalFor('1.001193') }],
    // The procedure file exists but is invalid: schema/invalid reports it, not every reference.
    ['a procedure whose file is invalid', { [PROCEDURE]: procedureWith({ 'status: active': 'status: actve' }), [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n') }],
    // A file that does not parse at all still names its procedure by its file name.
    ['a procedure file with a YAML error', { [PROCEDURE]: `${procedureWith({})}name: [unclosed\n`, [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n') }],
    ['a procedure file with an unknown kind', { [PROCEDURE]: procedureWith({ 'kind: Procedure': 'kind: Procedur' }), [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n') }],
    // `code: 1.000100` unquoted reads as 1.0001; the implementation's "1.000100" means that file.
    ['a procedure whose unquoted code lost its trailing zeros', {
      'procedures/ho-tich/1.000100.yaml': procedureWith({ 'code: "1.001193"': 'code: 1.000100' }),
      [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.000100"\n'),
    }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
