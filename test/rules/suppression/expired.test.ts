import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { findingsFor } from '../../helpers/catalog.js';
import { word } from '../../helpers/rules.js';

const FEE = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const feeProcedure = procedureWith({ [FEE]: '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }' });
const list = (until: string) => `apiVersion: tthc/v1
kind: SuppressionList
suppressions:
  - rule: legal/suspicious-fee
    procedure: "1.001193"
    reason: Chờ Nghị quyết HĐND tỉnh
    until: ${until}
`;
// The example catalog's as_of is 2026-11-01; without it the injected "today" decides.
const noAsOf = (overlay: Record<string, string>) => ({ ...overlay, 'catalog.yaml': 'apiVersion: tthc/v1\nkind: Catalog\njurisdiction: { name: Tỉnh Thanh Hóa, code: H56 }\n' });

describe('suppression/expired', () => {
  it('reports an entry past its date at the date, and the finding shows again', async () => {
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': feeProcedure, 'suppressions.yaml': list('2026-10-31') }, ['suppression/expired', 'legal/suspicious-fee']);
    expect(f.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`)).toEqual([
      'procedures/ho-tich/1.001193.yaml:13:69 legal/suspicious-fee',
      'suppressions.yaml:7:12 suppression/expired',
    ]);
    expect(f[1]?.data).toEqual({ rule: 'legal/suspicious-fee', until: '2026-10-31', origin: 'list' });
  });

  it('keeps silencing up to and including its date', async () => {
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': feeProcedure, 'suppressions.yaml': list('2026-11-01') }, ['suppression/expired', 'legal/suspicious-fee']);
    expect(f).toEqual([]);
  });

  it('follows the injected clock when the catalog has no as_of', async () => {
    const overlay = noAsOf({ 'procedures/ho-tich/1.001193.yaml': feeProcedure, 'suppressions.yaml': list('2027-01-15') });
    expect(await findingsFor(overlay, ['suppression/expired', 'legal/suspicious-fee'], 'vi', '2027-01-15')).toEqual([]);
    const later = await findingsFor(overlay, ['suppression/expired', 'legal/suspicious-fee'], 'en', '2027-01-16');
    expect(later.map((x) => x.rule)).toEqual(['legal/suspicious-fee', 'suppression/expired']);
    expect(later[1]?.message).toContain('expired on 2027-01-15');
  });

  it('applies to inline directives with an until date', async () => {
    const text = procedureWith({ [`  - ${FEE}\n`]: `  # tthc-disable-next-line legal/suspicious-fee until 2026-10-01 -- chờ Nghị quyết\n  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }\n` });
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': text }, ['suppression/expired', 'legal/suspicious-fee']);
    expect(f.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual(['13:3 suppression/expired', '14:69 legal/suspicious-fee']);
  });
});

describe('suppression/expired wording', () => {
  it('writes the date day first in Vietnamese', () => {
    const d = { rule: 'legal/suspicious-fee', until: '2026-01-01', origin: 'list' };
    expect(word('suppression/expired', 'expired', d, 'vi')).toContain('đã hết hạn ngày 01/01/2026;');
    expect(word('suppression/expired', 'expired', d, 'en')).toContain('expired on 2026-01-01;');
  });
});
