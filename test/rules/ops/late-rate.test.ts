import { describe, expect, it } from 'vitest';
import { EXAMPLE_BASE } from '../../../src/rules/examples.js';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/late-rate';

describe(RULE, () => {
  it('reports late results above 1 − on_time_rate, at the late count', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 80, late: 10 }\n'));
    expect(at(f)).toEqual([[FILE, 9, 49]]);
    expect(f[0]?.data).toMatchObject({ late: 10, resolved: 100, rate: 0.1, on_time_rate: 0.95, dossiers: 100 });
    expect(f[0]?.message).toBe('UBND phường Hàm Rồng: 10/100 hồ sơ thủ tục 1.001193 trễ hạn (10%), vượt mức cho phép 5% (chỉ tiêu đúng hạn 95%)');
  });

  it('takes the target from catalog.yaml', async () => {
    const catalog = (EXAMPLE_BASE['catalog.yaml'] ?? '').replace('on_time_rate: 0.95', 'on_time_rate: 0.8');
    const overlay = { 'catalog.yaml': catalog, ...stats('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 80, late: 10 }\n') };
    expect(await ruleFindings(RULE, overlay)).toEqual([]);
  });

  it.each([
    ['exactly 5% late', 'received: { in_person: 100 }\nresolved: { on_time: 95, late: 5 }\n'],
    ['fewer than 20 dossiers', 'received: { in_person: 15 }\nresolved: { on_time: 10, late: 5 }\ncarried_over: 4\n'],
  ])('is silent for %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});

describe('ops/late-rate wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/late-rate', 'late', { agency: 'UBND xã A', late: 1, resolved: 1, procedure: '1.001193', rate: 1, on_time_rate: 0.95 }, 'en')).toContain('UBND xã A: 1 of 1 dossier of procedure 1.001193 was late');
  });

  it('writes counts with thousands separators, as the province writes them', () => {
    const d = { agency: 'Công an tỉnh', late: 1640, resolved: 8530, procedure: '3.000333', rate: 0.192, on_time_rate: 0.95 };
    expect(word('ops/late-rate', 'late', d, 'vi')).toContain('Công an tỉnh: 1.640/8.530 hồ sơ');
    expect(word('ops/late-rate', 'late', d, 'en')).toContain('Công an tỉnh: 1,640 of 8,530 dossiers');
  });
});
