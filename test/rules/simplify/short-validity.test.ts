import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced } from './fixture.js';

const RULE = 'simplify/short-validity';
const validity = (v: string) => replaced({ 'validity: unlimited': `validity: ${v}` });

describe(RULE, () => {
  it.each([
    ['{ value: 6, unit: months }', { value: 6, unit: 'months' }],
    ['{ value: 90, unit: days }', { value: 90, unit: 'days' }],
  ])('fires on %s', async (v, data) => {
    const findings = await findingsFor(validity(v), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line: 20, column: 60, data: { code: '1.001193', result: 'Giấy khai sinh', validity: data } });
    expect(findings[0]?.message).toContain('chỉ có hiệu lực');
  });

  it.each([['unlimited'], ['{ value: 12, unit: months }'], ['{ value: 2, unit: years }'], ['{ value: 365, unit: days }']])('stays silent on %s', async (v) => {
    expect(await findingsFor(validity(v), [RULE])).toEqual([]);
  });
});
