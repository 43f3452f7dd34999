import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';
import { word } from '../../helpers/rules.js';

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

describe('consistency/channel-missing wording', () => {
  it.each([
    ['postal', 'UBND xã A không tiếp nhận hồ sơ qua dịch vụ bưu chính dù thủ tục đã công bố cách thức này', 'UBND xã A does not offer the published postal channel'],
    ['in_person', 'UBND xã A không tiếp nhận hồ sơ trực tiếp dù thủ tục đã công bố cách thức này', 'UBND xã A does not offer the published in-person channel'],
    ['online', 'UBND xã A không tiếp nhận hồ sơ trực tuyến dù thủ tục đã công bố cách thức này', 'UBND xã A does not offer the published online channel'],
  ])('words the %s channel naturally', (channel, vi, en) => {
    const d = { agency: 'UBND xã A', channel, published: channel, observed: null };
    expect(word('consistency/channel-missing', 'missing', d, 'vi')).toBe(vi);
    expect(word('consistency/channel-missing', 'missing', d, 'en')).toBe(en);
  });
});
