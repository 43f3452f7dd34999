import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/returned-rate';

describe(RULE, () => {
  it('reports more than 10% returned, at the returned count', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 60, online: 40 }\nresolved: { on_time: 89 }\nreturned: 11\n'));
    expect(at(f)).toEqual([[FILE, 10, 17]]);
    expect(f[0]?.data).toMatchObject({ returned: 11, received: 100, rate: 0.11 });
  });

  it.each([
    ['exactly 10%', 'received: { in_person: 100 }\nresolved: { on_time: 90 }\nreturned: 10\n'],
    ['fewer than 20 dossiers', 'received: { in_person: 10 }\nresolved: { on_time: 5 }\nreturned: 5\n'],
  ])('is silent with %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});

describe('ops/returned-rate wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/returned-rate', 'returned', { agency: 'UBND xã A', returned: 1, received: 5, procedure: '1.001193', rate: 0.2 }, 'en')).toContain('UBND xã A: 1 of 5 dossiers of procedure 1.001193 was returned or refused');
  });
});
