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
  });

  it.each([
    ['a commune of the level', {}, 'ubnd-xa-nga-son'],
    ['an agency named in implemented_by', ONLY_HAM_RONG, 'ubnd-phuong-ham-rong'],
  ])('is silent for %s', async (_, overlay, agency) => {
    expect(await ruleFindings(RULE, { ...overlay, ...impl('    online_level: full\n', agency) })).toEqual([]);
  });
});
