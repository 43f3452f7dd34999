import { describe, expect, it } from 'vitest';
import { runExample } from '../../../src/rules/examples.js';
import { RULES, RULES_BY_ID } from '../../../src/rules/registry.js';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { findingsFor } from '../../helpers/catalog.js';
import { at, baseWith, type Hit, hits, PROCEDURE, procedureWith, word } from '../../helpers/rules.js';

const RULE = 'legal/repealed-basis';
/** legal.yaml with the Law on Civil Status (60/2014/QH13) given extra lines after `effective`. */
const luat = (lines: string) => baseWith('legal.yaml', { '    effective: 2016-01-01\n': `    effective: 2016-01-01\n${lines}` });
const nd45 = (lines: string) => baseWith('legal.yaml', { '    issued: 2020-04-08\n': `    issued: 2020-04-08\n${lines}` });

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['a basis repealed before as_of, at the ref', { 'legal.yaml': luat('    repealed: 2026-07-01\n') }, [at(RULE, PROCEDURE, 22, 12, { number: '60/2014/QH13', repealed: '2026-07-01', replacement: null })]],
    ['a basis repealed on exactly as_of', { 'legal.yaml': luat('    repealed: 2026-11-01\n') }, [at(RULE, PROCEDURE, 22, 12, { number: '60/2014/QH13', repealed: '2026-11-01', replacement: null })]],
    [
      'a basis with a known replacement, named by its number',
      { 'legal.yaml': luat('    repealed: 2026-07-01\n    replaced_by: tt-85-2019\n') },
      [at(RULE, PROCEDURE, 22, 12, { number: '60/2014/QH13', repealed: '2026-07-01', replacement: '85/2019/TT-BTC' })],
    ],
    [
      'a replacement not in legal.yaml, named by its id',
      { 'legal.yaml': luat('    repealed: 2026-07-01\n    replaced_by: luat-ho-tich-2026\n') },
      [at(RULE, PROCEDURE, 22, 12, { number: '60/2014/QH13', repealed: '2026-07-01', replacement: 'luat-ho-tich-2026' })],
    ],
    ['a data source\'s basis', { 'legal.yaml': nd45('    repealed: 2025-01-01\n') }, [at(RULE, 'datasources.yaml', 6, 26, { number: '45/2020/NĐ-CP', repealed: '2025-01-01', replacement: null })]],
    [
      'a draft procedure (only abolished ones are exempt)',
      { 'legal.yaml': luat('    repealed: 2026-07-01\n'), [PROCEDURE]: procedureWith({ 'status: active': 'status: draft' }) },
      [at(RULE, PROCEDURE, 22, 12, { number: '60/2014/QH13', repealed: '2026-07-01', replacement: null })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it('relates the finding to the repeal date in legal.yaml', async () => {
    const [f] = await findingsFor({ 'legal.yaml': luat('    repealed: 2026-07-01\n') }, [RULE], 'en');
    expect(f?.related).toEqual([{ file: 'legal.yaml', line: 9, column: 15 }]);
    expect(f?.procedure).toBe('1.001193');
    expect(f?.message).toBe('Legal basis 60/2014/QH13 was repealed on 2026-07-01');
  });

  it('uses today when catalog.yaml has no as_of', async () => {
    const overlay = { 'legal.yaml': luat('    repealed: 2026-07-01\n'), 'catalog.yaml': baseWith('catalog.yaml', { 'as_of: 2026-11-01\n': '' }) };
    expect(await findingsFor(overlay, [RULE], 'vi', '2026-06-30')).toEqual([]);
    expect(await findingsFor(overlay, [RULE], 'vi', '2026-07-01')).toHaveLength(1);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a basis repealed the day after as_of', { 'legal.yaml': luat('    repealed: 2026-11-02\n') }],
    ['repealed: null', { 'legal.yaml': luat('    repealed: null\n') }],
    ['an abolished procedure on a repealed basis', { 'legal.yaml': luat('    repealed: 2026-07-01\n'), [PROCEDURE]: procedureWith({ 'status: active': 'status: abolished' }) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});

describe(`${RULE} wording and page`, () => {
  it('writes the repeal date day first in Vietnamese', () => {
    const d = { number: '61/2018/NĐ-CP', repealed: '2025-07-01', replacement: '118/2025/NĐ-CP' };
    expect(word(RULE, 'repealed', d, 'vi')).toBe('Căn cứ pháp lý 61/2018/NĐ-CP đã hết hiệu lực từ 01/07/2025; văn bản thay thế: 118/2025/NĐ-CP');
    expect(word(RULE, 'repealed', d, 'en')).toBe('Legal basis 61/2018/NĐ-CP was repealed on 2025-07-01; replaced by 118/2025/NĐ-CP');
  });

  it('shows on its page a decree replaced by a newer decree', async () => {
    const rule = RULES_BY_ID.get(RULE);
    if (!rule) throw new Error('no rule');
    const findings = await runExample(rule.docs.examples.bad, [RULE], 'vi', RULES);
    expect(findings.map((f) => f.data)).toEqual([{ number: '61/2018/NĐ-CP', repealed: '2025-07-01', replacement: '118/2025/NĐ-CP' }]);
  });
});
