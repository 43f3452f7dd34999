import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC } from './fixture.js';
import { word } from '../../helpers/rules.js';

const RULE = 'simplify/no-volume';
const IMPL = 'implementations/ubnd-phuong-ham-rong.yaml';
const stats = (...periods: [string, string, number][]) => ({
  [IMPL]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n${periods
    .map(([from, to, n]) => `  - code: "1.001193"\n    stats:\n      period: { from: ${from}, to: ${to} }\n      received: { in_person: ${n}, online: 0 }\n      resolved: { on_time: ${n} }\n`)
    .join('')}`,
});

describe(RULE, () => {
  it('fires when every period of the last 12 months received nothing', async () => {
    const findings = await findingsFor(stats(['2026-01-01', '2026-03-31', 0], ['2026-04-01', '2026-06-30', 0]), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, file: PROC, line: 1, column: 1, procedure: '1.001193',
      data: { code: '1.001193', periods: 2, from: '2026-01-01', to: '2026-06-30' },
      related: [{ file: IMPL, line: 8, column: 17 }, { file: IMPL, line: 13, column: 17 }],
    });
  });

  it.each([
    ['a period with dossiers', stats(['2026-01-01', '2026-03-31', 0], ['2026-04-01', '2026-06-30', 3])],
    ['only periods older than 12 months (they do not count)', stats(['2025-01-01', '2025-06-30', 0])],
    ['no statistics at all', {}],
  ])('stays silent with %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });

  it('counts a period that ends within the 12 months before as_of', async () => {
    expect(await findingsFor(stats(['2025-10-01', '2025-12-31', 0], ['2024-01-01', '2024-12-31', 50]), [RULE])).toHaveLength(1);
  });
});

describe('simplify/no-volume wording', () => {
  it('puts the count of periods in agreement', () => {
    const d = { code: '1.001193', periods: 1, from: '2026-01-01', to: '2026-06-30' };
    expect(word('simplify/no-volume', 'none', d, 'en')).toContain('in 1 surveyed period from 2026-01-01 to 2026-06-30');
    expect(word('simplify/no-volume', 'none', d, 'vi')).toContain('từ 01/01/2026 đến 30/06/2026');
  });
});
