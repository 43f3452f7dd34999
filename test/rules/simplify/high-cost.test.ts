import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, replaced } from './fixture.js';

const RULE = 'simplify/high-cost';
const other = (code: string, perYear: number) => ({
  [`procedures/ho-tich/${code}.yaml`]: `apiVersion: tthc/v1\nkind: Procedure\ncode: "${code}"\nname: Thủ tục ${code}\nstatus: active\nsector: Hộ tịch\nlevels: [commune]\nsubjects: [citizen]\nchannels:\n  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\nlegal_basis: [{ ref: luat-ho-tich-2014 }]\nvolume: { per_year: ${perYear} }\n`,
});
const tenOthers = Object.assign({}, ...Array.from({ length: 10 }, (_, i) => other(`1.00000${i}`, 10 + i))) as Record<string, string>;

describe(RULE, () => {
  it('fires on the procedures in the top 10% by annual cost', async () => {
    // 11 procedures: the top 10% is 2 (rounded up): 1.001193 and the largest of the others.
    const findings = await findingsFor(tenOthers, [RULE]);
    expect(findings.map((f) => f.procedure)).toEqual(['1.000009', '1.001193']);
    const ours = findings.find((f) => f.procedure === '1.001193');
    // 1 000 dossiers: half in person (265 000 đ), half fully online (93 750 đ).
    expect(ours).toMatchObject({ file: PROC, line: 23, column: 21, data: { code: '1.001193', annual: 179375000, rank: 1, of: 11 } });
  });

  it.each([
    ['without a volume', replaced({ 'volume: { per_year: 1000, online_share: 0.5 }\n': '' })],
    ['below the top 10%', { ...tenOthers, ...replaced({ 'per_year: 1000': 'per_year: 1' }) }],
  ])('stays silent %s', async (_name, files) => {
    const findings = await findingsFor(files, [RULE]);
    expect(findings.filter((f) => f.procedure === '1.001193')).toEqual([]);
  });
});
