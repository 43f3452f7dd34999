import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';
import { word } from '../../helpers/rules.js';

const RULE = 'consistency/time-exceeds';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';
const channels = (inPerson: string, online = '{ value: 1, unit: working_days }') =>
  impl(`    channels:\n      - { kind: in_person, time: ${inPerson}, fee: 0 }\n      - { kind: online, time: ${online}, fee: 0 }\n`);

describe(RULE, () => {
  it.each([
    ['working days', '{ value: 3, unit: working_days }', 3],
    ['hours', '{ value: 16, unit: hours }', 2],
    ['calendar days', '{ value: 7, unit: days }', 5],
  ])('reports a longer time in %s, at the observed time', async (_, time, days) => {
    const f = await ruleFindings(RULE, channels(time));
    expect(at(f)).toEqual([[FILE, 7, 34]]);
    expect(f[0]?.data).toMatchObject({ channel: 'in_person', published: { value: 1, unit: 'working_days' }, observed: JSON.parse(time.replace(/(\w+):/g, '"$1":').replace(/: (working_days|hours|days)/, ': "$1"')) as unknown, observed_days: days, published_days: 1 });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 13, column: 30 }]);
  });

  it('compares each channel with its own published time', async () => {
    const f = await ruleFindings(RULE, channels('{ value: 1, unit: working_days }', '{ value: 2, unit: working_days }'));
    expect(at(f)).toEqual([[FILE, 8, 31]]);
    expect(f[0]?.data).toMatchObject({ channel: 'online' });
  });

  it.each([
    ['8 hours', '{ value: 8, unit: hours }'],
    ['1 calendar day', '{ value: 1, unit: days }'],
    ['the same time', '{ value: 1, unit: working_days }'],
    ['a validity unit (not comparable)', '{ value: 1, unit: months }'],
  ])('is silent for %s', async (_, time) => {
    expect(await ruleFindings(RULE, channels(time))).toEqual([]);
  });
});

describe('consistency/time-exceeds wording', () => {
  it('words the channel as the way the dossier goes, durations in agreement', () => {
    const d = { agency: 'UBND xã A', channel: 'postal', published: { value: 4, unit: 'hours' }, observed: { value: 1, unit: 'working_days' }, published_days: 0.5, observed_days: 1 };
    expect(word('consistency/time-exceeds', 'longer', d, 'en')).toBe('UBND xã A takes 1 working day (by post), longer than the published 4 hours (≈ 0.5 working days)');
    expect(word('consistency/time-exceeds', 'longer', d, 'vi')).toBe('UBND xã A hẹn trả kết quả (qua dịch vụ bưu chính) sau 1 ngày làm việc, dài hơn thời hạn công bố 4 giờ (≈ 0,5 ngày làm việc)');
  });
});
