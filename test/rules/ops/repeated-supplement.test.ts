import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/repeated-supplement';

describe(RULE, () => {
  it('reports a second request to supplement, at the repeated count', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 100 }\nresolved: { on_time: 100 }\nsupplement_requests: { first: 12, repeated: 3 }\n'));
    expect(at(f)).toEqual([[FILE, 10, 51]]);
    expect(f[0]?.data).toMatchObject({ repeated: 3, first: 12 });
  });

  it.each([
    ['no repeated request', 'received: { in_person: 100 }\nresolved: { on_time: 100 }\nsupplement_requests: { first: 12, repeated: 0 }\n'],
    ['fewer than 20 dossiers', 'received: { in_person: 10 }\nresolved: { on_time: 10 }\nsupplement_requests: { repeated: 1 }\n'],
  ])('is silent with %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});

describe('ops/repeated-supplement wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/repeated-supplement', 'repeated', { agency: 'UBND xã A', repeated: 1, procedure: '1.001193' }, 'en')).toContain('UBND xã A: 1 repeated request to supplement dossiers of procedure 1.001193');
  });
});
