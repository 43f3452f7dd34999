import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseplus, baseWith, type Hit, hits, implementation, PROCEDURE, procedureWith, word } from '../../helpers/rules.js';

const RULE = 'legal/abolished-level';
const SINCE = '2025-07-01';
const NAME = 'Thủ tục đăng ký khai sinh';
const district = (extra = '') => baseplus('agencies.yaml', `  - id: ubnd-huyen-dong-son\n    name: UBND huyện Đông Sơn\n    level: district\n${extra}`);
const IMPL = 'implementations/ubnd-huyen-dong-son.yaml';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    [
      'an active procedure at district level, at the level',
      { [PROCEDURE]: procedureWith({ 'levels: [commune]': 'levels: [commune, district]' }) },
      [at(RULE, PROCEDURE, 8, 19, { level: 'district', since: SINCE, name: NAME })],
    ],
    [
      'an active procedure implemented by every district agency',
      { [PROCEDURE]: procedureWith({ 'authority: Ủy ban nhân dân cấp xã': 'authority: Ủy ban nhân dân cấp xã\nimplemented_by: { level: district }' }) },
      [at(RULE, PROCEDURE, 11, 26, { level: 'district', since: SINCE, name: NAME })],
    ],
    ['a district agency without valid_to, at its level', { 'agencies.yaml': district() }, [at(RULE, 'agencies.yaml', 20, 12, { level: 'district', since: SINCE, name: 'UBND huyện Đông Sơn', validTo: null })]],
    ['a district agency that lived until the abolition day itself', { 'agencies.yaml': district(`    valid_to: ${SINCE}\n`) }, [at(RULE, 'agencies.yaml', 20, 12, { level: 'district', since: SINCE, name: 'UBND huyện Đông Sơn', validTo: SINCE })]],
    ['a district agency that lived on after the abolition', { 'agencies.yaml': district('    valid_to: 2025-12-31\n') }, [at(RULE, 'agencies.yaml', 20, 12, { level: 'district', since: SINCE, name: 'UBND huyện Đông Sơn', validTo: '2025-12-31' })]],
    [
      'an implementation of a district agency surveyed after the abolition, at the agency',
      { 'agencies.yaml': district('    valid_to: 2025-06-30\n'), [IMPL]: implementation('ubnd-huyen-dong-son', '  - code: "1.001193"\n', 'surveyed: 2025-09-15\n') },
      [at(RULE, IMPL, 3, 9, { level: 'district', since: SINCE, name: 'UBND huyện Đông Sơn' })],
    ],
    [
      'an undated implementation of a district agency (judged at as_of)',
      { 'agencies.yaml': district('    valid_to: 2025-06-30\n'), [IMPL]: implementation('ubnd-huyen-dong-son', '  - code: "1.001193"\n') },
      [at(RULE, IMPL, 3, 9, { level: 'district', since: SINCE, name: 'UBND huyện Đông Sơn' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['a district agency with valid_to before the abolition date', { 'agencies.yaml': district('    valid_to: 2025-06-30\n') }],
    ['an abolished procedure at district level', { [PROCEDURE]: procedureWith({ 'levels: [commune]': 'levels: [district]', 'status: active': 'status: abolished' }) }],
    ['a draft procedure at district level', { [PROCEDURE]: procedureWith({ 'levels: [commune]': 'levels: [district]', 'status: active': 'status: draft' }) }],
    ['an implementation surveyed before the abolition', {
      'agencies.yaml': district('    valid_to: 2025-06-30\n'),
      [IMPL]: implementation('ubnd-huyen-dong-son', '  - code: "1.001193"\n', 'surveyed: 2025-05-20\n'),
    }],
    ['an as_of before the abolition date', {
      'catalog.yaml': baseWith('catalog.yaml', { 'as_of: 2026-11-01': 'as_of: 2025-06-01' }),
      'agencies.yaml': district(),
      [PROCEDURE]: procedureWith({ 'levels: [commune]': 'levels: [district]' }),
    }],
    ['a catalog that abolishes no level', { 'catalog.yaml': baseWith('catalog.yaml', { 'levels_abolished: { district: 2025-07-01 }\n': '' }), 'agencies.yaml': district() }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});

describe('legal/abolished-level wording', () => {
  it('says in words what an agency lacks: no last day, or a last day not before the abolition', () => {
    const d = { level: 'district', since: '2025-07-01', name: 'UBND huyện Đông Sơn', validTo: null };
    expect(word('legal/abolished-level', 'agency', d, 'vi')).toBe('Cơ quan "UBND huyện Đông Sơn" thuộc cấp huyện, cấp đã bãi bỏ từ 01/07/2025, nhưng chưa ghi ngày thôi hoạt động (valid_to)');
    expect(word('legal/abolished-level', 'agency', d, 'en')).toBe('Agency "UBND huyện Đông Sơn" is at district level, abolished since 2025-07-01, but has no last day (valid_to)');
    const same = { ...d, validTo: '2025-07-01' };
    expect(word('legal/abolished-level', 'agency', same, 'vi')).toBe('Cơ quan "UBND huyện Đông Sơn" thuộc cấp huyện, cấp đã bãi bỏ từ 01/07/2025, nhưng ghi ngày thôi hoạt động (valid_to) là 01/07/2025, không sớm hơn ngày bãi bỏ');
    expect(word('legal/abolished-level', 'agency', same, 'en')).toBe('Agency "UBND huyện Đông Sơn" is at district level, abolished since 2025-07-01, but its last day (valid_to) is 2025-07-01, not before the abolition');
  });

  it("calls an implementation the agency's record of its practice, not a dossier", () => {
    const d = { level: 'district', since: '2025-07-01', name: 'UBND huyện Đông Sơn' };
    expect(word('legal/abolished-level', 'implementation', d, 'vi')).toBe('Bản ghi thực tế thực hiện thủ tục của cơ quan "UBND huyện Đông Sơn" thuộc cấp huyện, cấp đã bãi bỏ từ 01/07/2025');
    expect(word('legal/abolished-level', 'implementation', d, 'en')).toBe('Implementation record of agency "UBND huyện Đông Sơn" at district level, a level abolished since 2025-07-01');
  });
});
