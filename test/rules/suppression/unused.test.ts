import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { findingsFor } from '../../helpers/catalog.js';

const FEE = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const entry = (rule: string, scope = 'procedure: "1.001193"') => `apiVersion: tthc/v1
kind: SuppressionList
suppressions:
  - rule: ${rule}
    ${scope}
    reason: Lý do
    until: 2027-06-30
`;

describe('suppression/unused', () => {
  it('reports an entry whose rule ran and found nothing to silence', async () => {
    const f = await findingsFor({ 'suppressions.yaml': entry('legal/suspicious-fee') }, ['suppression/unused', 'legal/suspicious-fee']);
    expect(f.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`)).toEqual(['suppressions.yaml:4:11 suppression/unused']);
    expect(f[0]?.data).toEqual({ rule: 'legal/suspicious-fee', origin: 'list' });
  });

  it('does not judge suppressions of rules that did not run', async () => {
    expect(await findingsFor({ 'suppressions.yaml': entry('legal/suspicious-fee') }, ['suppression/unused'])).toEqual([]);
  });

  it('reports an unknown rule id whatever ran', async () => {
    const f = await findingsFor({ 'suppressions.yaml': entry('legal/suspicous-fee') }, ['suppression/unused']);
    expect(f.map((x) => x.message)).toEqual(['Không có quy tắc "legal/suspicous-fee"; bỏ qua này không có tác dụng (xem "tthc rules")']);
  });

  it('is silent when the entry silences a finding, by procedure, agency or file', async () => {
    const proc = procedureWith({ [FEE]: '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 700 }' });
    for (const scope of ['procedure: "1.001193"', 'file: procedures/ho-tich/1.001193.yaml']) {
      const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': proc, 'suppressions.yaml': entry('legal/suspicious-fee', scope) }, ['suppression/unused', 'legal/suspicious-fee']);
      expect(f).toEqual([]);
    }
    const wrongAgency = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': proc, 'suppressions.yaml': entry('legal/suspicious-fee', 'agency: so-tu-phap') }, ['suppression/unused', 'legal/suspicious-fee']);
    expect(wrongAgency.map((x) => `${x.line} ${x.rule}`)).toEqual(['13 legal/suspicious-fee', '4 suppression/unused']);
  });

  it('reports an inline directive that silences nothing on its line', async () => {
    const text = procedureWith({ [`  - ${FEE}\n`]: `  # tthc-disable-next-line legal/suspicious-fee -- lý do\n  - ${FEE}\n` });
    const f = await findingsFor({ 'procedures/ho-tich/1.001193.yaml': text }, ['suppression/unused', 'legal/suspicious-fee']);
    expect(f.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual(['13:3 suppression/unused']);
    expect(f[0]?.data).toEqual({ rule: 'legal/suspicious-fee', origin: 'inline' });
  });
});
