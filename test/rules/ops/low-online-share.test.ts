import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, ruleFindings } from '../../helpers/implementation.js';
import { FILE, stats } from '../../helpers/stats.js';
import { word } from '../../helpers/rules.js';

const RULE = 'ops/low-online-share';
const NO_ONLINE = { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n': '', 'online_level: full': 'online_level: none' }) };

describe(RULE, () => {
  it('reports under 50% online where an online channel exists, at the online count', async () => {
    const f = await ruleFindings(RULE, stats('received: { in_person: 70, online: 30 }\nresolved: { on_time: 100 }\n'));
    expect(at(f)).toEqual([[FILE, 8, 42]]);
    expect(f[0]?.data).toMatchObject({ online: 30, received: 100, rate: 0.3 });
  });

  it.each([
    ['half online', {}, 'received: { in_person: 50, online: 50 }\nresolved: { on_time: 100 }\n'],
    ['no online channel published', NO_ONLINE, 'received: { in_person: 100 }\nresolved: { on_time: 100 }\n'],
    ['fewer than 20 dossiers', {}, 'received: { in_person: 19 }\nresolved: { on_time: 19 }\n'],
  ])('is silent with %s', async (_, overlay, lines) => {
    expect(await ruleFindings(RULE, { ...overlay, ...stats(lines) })).toEqual([]);
  });
});

describe('ops/low-online-share wording', () => {
  it('puts English counts in agreement', () => {
    expect(word('ops/low-online-share', 'low', { agency: 'UBND xã A', online: 1, received: 1492, procedure: '1.001193', rate: 1 / 1492 }, 'en')).toContain('UBND xã A: only 1 of 1,492 dossiers of procedure 1.001193 was submitted online');
  });
});
