import { describe, expect, it } from 'vitest';
import { proposalFile } from '../../../src/rules/proposal/examples.js';
import { findingsFor } from '../../helpers/catalog.js';

const RULE = 'proposal/no-effect';
const FILE = 'proposals/2026-ho-tich-01.yaml';

describe(RULE, () => {
  it.each([
    ['a shorter time only', '  - { action: set_time, channel: in_person, time: { value: 1, unit: working_days } }\n'],
    ['an unlimited validity only', '  - { action: extend_validity, result: 0, validity: unlimited }\n'],
    ['a copy type already as relaxed', '  - { action: relax_copy, document: giay-chung-sinh, copy_type: any }\n'],
  ])('fires on %s', async (_name, changes) => {
    const findings = await findingsFor(proposalFile(changes), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'warning', file: FILE, line: 8, column: 3, procedure: '1.001193', data: { proposal: '2026-ho-tich-01', code: '1.001193' } });
  });

  it.each([
    ['a removed document', '  - { action: remove_document, document: giay-chung-sinh }\n'],
    ['abolition', '  - { action: abolish }\n'],
    ['a lower fee on a new postal channel', '  - { action: add_channel, channel: postal }\n'],
    ['a change that cannot apply (proposal/invalid-change says so)', '  - { action: set_fee, channel: postal, fee: 0 }\n'],
  ])('stays silent on %s', async (_name, changes) => {
    expect(await findingsFor(proposalFile(changes), [RULE])).toEqual([]);
  });

  it('compares without cost parameters too', async () => {
    const files = { ...proposalFile('  - { action: set_time, channel: online, time: { value: 4, unit: hours } }\n'), 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalog\njurisdiction: { name: Tỉnh Thanh Hóa, code: H56 }\nas_of: 2026-11-01\n' };
    expect((await findingsFor(files, [RULE])).map((f) => f.rule)).toEqual([RULE]);
  });
});
