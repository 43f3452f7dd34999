import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/paper-with-online';

describe(RULE, () => {
  it('reports paper demanded on top of an online submission', async () => {
    const f = await ruleFindings(RULE, impl('    requires_paper_with_online: true\n'));
    expect(at(f)).toEqual([['implementations/ubnd-phuong-ham-rong.yaml', 6, 33]]);
    expect(f[0]?.data).toMatchObject({ published: false, observed: true });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 14, column: 5 }]);
  });

  it.each([['false'], ['absent']])('is silent when %s', async (v) => {
    expect(await ruleFindings(RULE, impl(v === 'false' ? '    requires_paper_with_online: false\n' : '    note: x\n'))).toEqual([]);
  });
});
