import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';
import { word } from '../../helpers/rules.js';

const RULE = 'consistency/fee-exceeds';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';
const fee = (inPerson: string) => impl(`    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: ${inPerson} }\n      - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n`);
const PAID = (f: string) => ({ 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': `{ kind: in_person, time: { value: 1, unit: working_days }, fee: ${f} }` }) });

describe(RULE, () => {
  it('reports a fee where the procedure charges none', async () => {
    const f = await ruleFindings(RULE, fee('8000'));
    expect(at(f)).toEqual([[FILE, 7, 73]]);
    expect(f[0]?.data).toMatchObject({ channel: 'in_person', published: 0, observed: 8000 });
    expect(f[0]?.message).toBe('UBND phường Hàm Rồng thu 8.000 đồng (trực tiếp) trong khi thủ tục công bố không thu phí, lệ phí');
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 13, column: 69 }]);
  });

  it('reports a fee higher than published', async () => {
    const f = await ruleFindings(RULE, { ...PAID('2000'), ...fee('5000') });
    expect(at(f)).toEqual([[FILE, 7, 73]]);
    expect(f[0]?.data).toMatchObject({ published: 2000, observed: 5000 });
  });

  it.each([
    ['the same fee', '2000', '2000'],
    ['a lower fee', '2000', '1000'],
    ['a published fee set elsewhere (null)', 'null', '50000'],
    ['an observed fee unknown (null)', '2000', 'null'],
  ])('is silent for %s', async (_, published, observed) => {
    expect(await ruleFindings(RULE, { ...PAID(published), ...fee(observed) })).toEqual([]);
  });
});

describe('consistency/fee-exceeds wording', () => {
  it('words the channel as the way the dossier goes', () => {
    const d = { agency: 'UBND xã A', channel: 'postal', published: 2000, observed: 5000 };
    expect(word('consistency/fee-exceeds', 'higher', d, 'vi')).toBe('UBND xã A thu 5.000 đồng (qua dịch vụ bưu chính), cao hơn mức công bố 2.000 đồng');
    expect(word('consistency/fee-exceeds', 'higher', d, 'en')).toBe('UBND xã A charges 5,000 VND (by post), more than the published 2,000 VND');
  });
});
