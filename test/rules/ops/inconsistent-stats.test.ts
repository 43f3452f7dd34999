import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';

const RULE = 'ops/inconsistent-stats';

describe(RULE, () => {
  it('reports counts that break the identity, at the stats block', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 60, online: 60 }\nresolved: { early: 10, on_time: 100, late: 3 }\npending: { in_time: 5 }\nreturned: 2\ncarried_over: 4\n'));
    expect(at(f)).toEqual([[FILE, 7, 7]]);
    expect(f[0]?.data).toMatchObject({ received: 120, carried_over: 4, inflow: 124, resolved: 113, pending: 5, returned: 2, outflow: 120 });
  });

  it('without pending, reports more resolved and returned than received and carried over', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 30 }\nresolved: { on_time: 30 }\nreturned: 2\n'));
    expect(f[0]?.data).toMatchObject({ inflow: 30, outflow: 32 });
  });

  it.each([
    ['balanced counts', 'received: { in_person: 60, online: 60 }\nresolved: { early: 10, on_time: 104, late: 3 }\npending: { in_time: 5 }\nreturned: 2\ncarried_over: 4\n'],
    ['no pending and fewer resolved', 'received: { in_person: 30 }\nresolved: { on_time: 20 }\n'],
    ['fewer than 20 dossiers', 'received: { in_person: 10 }\nresolved: { on_time: 15 }\n'],
  ])('is silent for %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});
