import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/channel-missing';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it('reports a published channel missing from the observed list', async () => {
    const f = await ruleFindings(RULE, impl('    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n'));
    expect(at(f)).toEqual([[FILE, 7, 7]]);
    expect(f[0]?.data).toMatchObject({ channel: 'online', published: 'online', observed: null });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 14, column: 5 }]);
  });

  it.each([
    ['both channels listed', '    channels:\n      - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n'],
    ['channels not given (as published)', '    online_level: full\n'],
  ])('is silent with %s', async (_, body) => {
    expect(await ruleFindings(RULE, impl(body))).toEqual([]);
  });
});
