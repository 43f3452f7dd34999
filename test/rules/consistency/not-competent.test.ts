import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/not-competent';
const ONLY_HAM_RONG = { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'levels: [commune]\n': 'levels: [commune]\nimplemented_by: { agencies: [ubnd-phuong-ham-rong] }\n' }) };

describe(RULE, () => {
  it('reports an agency whose level is not among the procedure levels', async () => {
    const f = await ruleFindings(RULE, impl('    online_level: full\n', 'so-tu-phap'));
    expect(at(f)).toEqual([['implementations/so-tu-phap.yaml', 5, 11]]);
    expect(f[0]?.data).toMatchObject({ published: ['commune'], observed: 'province', code: '1.001193' });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 8, column: 9 }]);
  });

  it('reports an agency outside implemented_by', async () => {
    const f = await ruleFindings(RULE, { ...ONLY_HAM_RONG, ...impl('    online_level: full\n', 'ubnd-xa-nga-son') });
    expect(at(f)).toEqual([['implementations/ubnd-xa-nga-son.yaml', 5, 11]]);
    expect(f[0]?.data).toMatchObject({ published: ['ubnd-phuong-ham-rong'], observed: 'ubnd-xa-nga-son' });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 9, column: 17 }]);
    expect(f[0]?.message).toBe('UBND xã Nga Sơn thực hiện thủ tục 1.001193, nhưng thủ tục chỉ giao cho UBND phường Hàm Rồng');
    const [en] = await ruleFindings(RULE, { ...ONLY_HAM_RONG, ...impl('    online_level: full\n', 'ubnd-xa-nga-son') }, 'en');
    expect(en?.message).toBe('UBND xã Nga Sơn carries out procedure 1.001193, but the procedure is assigned only to UBND phường Hàm Rồng');
  });

  it('names the level implemented_by assigns, not its raw value', async () => {
    const procedure = procedureWith({ 'levels: [commune]\n': 'levels: [commune, province]\nimplemented_by: { level: commune }\n' });
    const f = await ruleFindings(RULE, { 'procedures/ho-tich/1.001193.yaml': procedure, ...impl('    online_level: full\n', 'so-tu-phap') });
    expect(f[0]?.data).toMatchObject({ published: ['commune'], observed: 'province', names: [] });
    expect(f[0]?.message).toBe('Sở Tư pháp thực hiện thủ tục 1.001193, nhưng thủ tục chỉ giao cho cấp xã');
    const [en] = await ruleFindings(RULE, { 'procedures/ho-tich/1.001193.yaml': procedure, ...impl('    online_level: full\n', 'so-tu-phap') }, 'en');
    expect(en?.message).toBe('Sở Tư pháp carries out procedure 1.001193, but the procedure is assigned only to the commune level');
  });

  it.each([
    ['a commune of the level', {}, 'ubnd-xa-nga-son'],
    ['an agency named in implemented_by', ONLY_HAM_RONG, 'ubnd-phuong-ham-rong'],
  ])('is silent for %s', async (_, overlay, agency) => {
    expect(await ruleFindings(RULE, { ...overlay, ...impl('    online_level: full\n', agency) })).toEqual([]);
  });
});
