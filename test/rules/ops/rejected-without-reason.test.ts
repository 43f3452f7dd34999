import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/rejected-without-reason';

describe(RULE, () => {
  it('reports online dossiers refused without a reason', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 60, online: 40 }\nresolved: { on_time: 95 }\nreturned: 5\nonline_rejected_without_reason: 2\n'));
    expect(at(f)).toEqual([[FILE, 11, 39]]);
    expect(f[0]?.data).toMatchObject({ rejected: 2, online: 40 });
  });

  it.each([
    ['none', 'received: { in_person: 60, online: 40 }\nresolved: { on_time: 100 }\nonline_rejected_without_reason: 0\n'],
    ['fewer than 20 dossiers', 'received: { online: 10 }\nresolved: { on_time: 8 }\nreturned: 2\nonline_rejected_without_reason: 2\n'],
  ])('is silent with %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});

describe('ops/rejected-without-reason wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/rejected-without-reason', 'rejected', { agency: 'UBND xã A', rejected: 1, procedure: '1.001193' }, 'en')).toContain('UBND xã A: 1 online dossier of procedure 1.001193 was rejected without a stated reason');
  });
});
