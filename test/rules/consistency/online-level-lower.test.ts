import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';
import { word } from '../../helpers/rules.js';

const RULE = 'consistency/online-level-lower';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it.each([
    ['partial', 'partial'],
    ['none', 'none'],
  ])('reports %s below the published full level', async (_, level) => {
    const f = await ruleFindings(RULE, impl(`    online_level: ${level}\n`));
    expect(at(f)).toEqual([[FILE, 6, 19]]);
    expect(f[0]?.data).toMatchObject({ published: 'full', observed: level });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 15, column: 15 }]);
  });

  it('takes partial as the published level when an online channel exists and none is given', async () => {
    const procedure = procedureWith({ 'online_level: full\n': '' });
    const f = await ruleFindings(RULE, { 'procedures/ho-tich/1.001193.yaml': procedure, ...impl('    online_level: none\n') });
    expect(f[0]?.data).toMatchObject({ published: 'partial', observed: 'none' });
    expect(await ruleFindings(RULE, { 'procedures/ho-tich/1.001193.yaml': procedure, ...impl('    online_level: partial\n') })).toEqual([]);
  });

  it.each([['full'], ['(not given)']])('is silent for %s', async (level) => {
    expect(await ruleFindings(RULE, impl(level === 'full' ? '    online_level: full\n' : '    note: x\n'))).toEqual([]);
  });
});

describe('consistency/online-level-lower wording', () => {
  it('words "none" as no online service and the published level as a service', () => {
    const d = { agency: 'UBND xã A', published: 'partial', observed: 'none' };
    expect(word('consistency/online-level-lower', 'lower', d, 'vi')).toBe('UBND xã A chưa cung cấp dịch vụ công trực tuyến, thấp hơn mức đã công bố (dịch vụ công trực tuyến một phần)');
    expect(word('consistency/online-level-lower', 'lower', d, 'en')).toBe('UBND xã A offers no online service, below the published level (partly online service)');
    expect(word('consistency/online-level-lower', 'lower', { ...d, published: 'full', observed: 'partial' }, 'vi')).toBe('UBND xã A chỉ cung cấp dịch vụ công trực tuyến một phần, thấp hơn mức đã công bố (dịch vụ công trực tuyến toàn trình)');
  });
});
