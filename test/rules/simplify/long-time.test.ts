import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced } from './fixture.js';
import { word } from '../../helpers/rules.js';

const RULE = 'simplify/long-time';
const IN_PERSON = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const time = (t: string) => replaced({ [IN_PERSON]: `{ kind: in_person, time: ${t}, fee: 0 }` });
const sectorMate = (code: string, days: number) => ({
  [`procedures/ho-tich/${code}.yaml`]: `apiVersion: tthc/v1\nkind: Procedure\ncode: "${code}"\nname: Thủ tục ${code}\nstatus: active\nsector: Hộ tịch\nlevels: [commune]\nsubjects: [citizen]\nchannels:\n  - { kind: in_person, time: { value: ${days}, unit: working_days }, fee: 0 }\nlegal_basis: [{ ref: luat-ho-tich-2014 }]\n`,
});

describe(RULE, () => {
  it.each([
    ['{ value: 20, unit: working_days }', 20],
    ['{ value: 30, unit: days }', 30 * 5 / 7],
  ])('fires on %s', async (t, days) => {
    const findings = await findingsFor(time(t), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line: 13, column: 30, data: { code: '1.001193', days, limit: 15 } });
  });

  it.each([['{ value: 15, unit: working_days }'], ['{ value: 21, unit: days }'], ['{ value: 120, unit: hours }']])('stays silent on %s', async (t) => {
    expect(await findingsFor(time(t), [RULE])).toEqual([]);
  });

  it('takes max_working_days from catalog.yaml', async () => {
    const catalog = (await import('../../../src/rules/examples.js')).EXAMPLE_BASE['catalog.yaml'] ?? '';
    const files = { ...time('{ value: 8, unit: working_days }'), 'catalog.yaml': `${catalog}rules:\n  simplify/long-time: { max_working_days: 5 }\n` };
    const findings = await findingsFor(files, [RULE]);
    expect(findings.map((f) => f.data?.limit)).toEqual([5]);
  });

  it('fires above 1.5× the median of the sector', async () => {
    const files = { ...time('{ value: 10, unit: working_days }'), ...sectorMate('1.000001', 3), ...sectorMate('1.000002', 5), ...sectorMate('1.000003', 4) };
    const findings = await findingsFor(files, [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: PROC, line: 13, data: { code: '1.001193', sector: 'Hộ tịch', median: 4.5, limit: 1.5 } });
  });

  it('needs 3 procedures in a sector for the median', async () => {
    expect(await findingsFor({ ...time('{ value: 10, unit: working_days }'), ...sectorMate('1.000001', 2) }, [RULE])).toEqual([]);
  });
});

describe('simplify/long-time wording', () => {
  it('words every count of working days as a duration', () => {
    const d = { code: '1.001193', time: { value: 1, unit: 'months' }, days: 21.74, limit: 20 };
    expect(word('simplify/long-time', 'limit', d, 'en')).toBe('Procedure 1.001193 takes 1 month (≈ 21.7 working days), more than 20 working days');
    expect(word('simplify/long-time', 'limit', d, 'vi')).toBe('Thủ tục 1.001193 có thời hạn 1 tháng (≈ 21,7 ngày làm việc), quá 20 ngày làm việc');
    expect(word('simplify/long-time', 'sector', { code: '1.001193', time: { value: 5, unit: 'working_days' }, limit: 3, sector: 'Hộ tịch', median: 1 }, 'en')).toContain('(1 working day)');
  });
});
