import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced } from './fixture.js';

const RULE = 'simplify/online-not-cheaper';
const ONLINE = '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }';
const online = (time: string, fee: string) => replaced({ [ONLINE]: `{ kind: online, time: ${time}, fee: ${fee} }` });

describe(RULE, () => {
  it('fires when online is slower', async () => {
    const findings = await findingsFor(online('{ value: 3, unit: working_days }', '0'), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line: 14, column: 27, data: { code: '1.001193', online: { value: 3, unit: 'working_days' }, inPerson: { value: 1, unit: 'working_days' } } });
    expect(findings[0]?.message).toBe('Thủ tục 1.001193: nộp trực tuyến mất 3 ngày làm việc, lâu hơn nộp trực tiếp (1 ngày làm việc)');
  });

  it('fires when online is dearer', async () => {
    const findings = await findingsFor(online('{ value: 1, unit: working_days }', '5000'), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, line: 14, column: 66, data: { online: 5000, inPerson: 0 } });
    expect(findings[0]?.message).toBe('Thủ tục 1.001193: phí nộp trực tuyến (5.000 đồng) cao hơn nộp trực tiếp (không thu)');
    const [en] = await findingsFor(online('{ value: 1, unit: working_days }', '5000'), [RULE], 'en');
    expect(en?.message).toBe('Procedure 1.001193: the online fee (5,000 VND) is higher than in person (free)');
  });

  it.each([
    ['as fast and as cheap', '{ value: 1, unit: working_days }', '0'],
    ['1 calendar day (5/7 working day)', '{ value: 1, unit: days }', '0'],
    ['8 hours (1 working day)', '{ value: 8, unit: hours }', '0'],
    ['a fee set elsewhere', '{ value: 1, unit: working_days }', 'null, fee_note: Theo Nghị quyết HĐND tỉnh'],
  ])('stays silent when %s', async (_name, time, fee) => {
    expect(await findingsFor(online(time, fee), [RULE])).toEqual([]);
  });
});
