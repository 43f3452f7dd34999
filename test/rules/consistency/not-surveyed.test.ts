import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/not-surveyed';
const P = 'procedures/ho-tich/1.001193.yaml';

describe(RULE, () => {
  it('lists the agencies of the level without a record, at the procedure', async () => {
    const f = await ruleFindings(RULE, impl('    online_level: full\n'));
    expect(at(f)).toEqual([[P, 3, 7]]);
    expect(f[0]?.data).toMatchObject({ expected: 2, surveyed: 1, count: 1, missing: ['ubnd-xa-nga-son'], published: 2, observed: 1 });
    expect(f[0]?.message).toBe('1/2 cơ quan phải thực hiện thủ tục 1.001193 chưa được khảo sát: UBND xã Nga Sơn');
    const [en] = await ruleFindings(RULE, impl('    online_level: full\n'), 'en');
    expect(en?.message).toBe('1 of 2 agencies that should carry out procedure 1.001193 has not been surveyed: UBND xã Nga Sơn');
  });

  it('uses implemented_by and points at it', async () => {
    const procedure = procedureWith({ 'levels: [commune]\n': 'levels: [commune]\nimplemented_by: { agencies: [ubnd-xa-nga-son] }\n' });
    const f = await ruleFindings(RULE, { [P]: procedure });
    expect(at(f)).toEqual([[P, 9, 17]]);
    expect(f[0]?.data).toMatchObject({ expected: 1, surveyed: 0, missing: ['ubnd-xa-nga-son'] });
    expect(f[0]?.message).toBe('UBND xã Nga Sơn, cơ quan phải thực hiện thủ tục 1.001193, chưa được khảo sát');
    const [en] = await ruleFindings(RULE, { [P]: procedure }, 'en');
    expect(en?.message).toBe('UBND xã Nga Sơn, the agency that should carry out procedure 1.001193, has not been surveyed');
  });

  it('names the first 8 unsurveyed agencies and counts the rest; the data keeps every id', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `ubnd-xa-so-${String(i + 1)}`);
    const name = (id: string) => `UBND xã Số ${id.slice('ubnd-xa-so-'.length)}`;
    const agencies = `apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n${ids.map((id) => `  - { id: ${id}, name: ${name(id)}, level: commune, contact: { phone: "0237 100" } }\n`).join('')}`;
    const [f] = await ruleFindings(RULE, { 'agencies.yaml': agencies, ...impl('    online_level: full\n', 'ubnd-xa-so-1') });
    const missing = ids.slice(1);
    expect(f?.message).toBe(`11/12 cơ quan phải thực hiện thủ tục 1.001193 chưa được khảo sát: ${missing.slice(0, 8).map(name).join(', ')} và 3 cơ quan khác`);
    expect(f?.data).toMatchObject({ missing, names: missing.slice(0, 8).map(name) });
  });

  it('expects an agency up to and including its last day (valid_to), not after', async () => {
    const agencies = (validTo: string) => ({ 'agencies.yaml': `apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - { id: ubnd-phuong-ham-rong, name: UBND phường Hàm Rồng, level: commune }\n  - { id: ubnd-xa-nga-son, name: UBND xã Nga Sơn, level: commune, valid_to: ${validTo} }\n` });
    // The example catalog's as_of is 2026-11-01.
    const onLastDay = await ruleFindings(RULE, { ...agencies('2026-11-01'), ...impl('    online_level: full\n') });
    expect(onLastDay[0]?.data).toMatchObject({ expected: 2, missing: ['ubnd-xa-nga-son'] });
    expect(await ruleFindings(RULE, { ...agencies('2026-10-31'), ...impl('    online_level: full\n') })).toEqual([]);
  });

  it('counts the agencies when none of several has been surveyed', async () => {
    const [f] = await ruleFindings(RULE, {});
    expect(f?.data).toMatchObject({ expected: 2, surveyed: 0, count: 2 });
    expect(f?.message).toBe('Chưa cơ quan nào trong 2 cơ quan phải thực hiện thủ tục 1.001193 được khảo sát');
  });

  it('is silent when every agency has a record', async () => {
    expect(await ruleFindings(RULE, { ...impl('    online_level: full\n'), ...impl('    online_level: full\n', 'ubnd-xa-nga-son') })).toEqual([]);
  });
});
