import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/late-without-apology';

describe(RULE, () => {
  it('reports fewer apologies than late results, at the apologies', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 100 }\nresolved: { on_time: 90, late: 10 }\napologies: 4\n'));
    expect(at(f)).toEqual([[FILE, 10, 18]]);
    expect(f[0]?.data).toMatchObject({ late: 10, apologies: 4, missing: 6 });
  });

  it.each([
    ['one apology per late result', 'received: { in_person: 100 }\nresolved: { on_time: 90, late: 10 }\napologies: 10\n'],
    ['apologies not recorded', 'received: { in_person: 100 }\nresolved: { on_time: 90, late: 10 }\n'],
    ['fewer than 20 dossiers', 'received: { in_person: 19 }\nresolved: { on_time: 14, late: 5 }\napologies: 0\n'],
  ])('is silent with %s', async (_, lines) => {
    expect(await ruleFindings(RULE, stats(lines))).toEqual([]);
  });
});

describe('ops/late-without-apology wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/late-without-apology', 'apology', { agency: 'UBND xã A', late: 2, apologies: 1, missing: 1, procedure: '1.001193' }, 'en')).toContain('UBND xã A: 2 late dossiers of procedure 1.001193 but only 1 written apology (1 missing)');
  });
});
