import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseWith, hits, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'schema/not-nfc';
const nfd = (s: string) => s.normalize('NFD');

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['a decomposed value', { 'agencies.yaml': baseWith('agencies.yaml', { 'Sở Tư pháp': nfd('Sở Tư pháp') }) }, [at(RULE, 'agencies.yaml', 5, 11, { count: 1 })]],
    [
      'two decomposed values: one finding, at the first, with the count',
      { [PROCEDURE]: procedureWith({ 'sector: Hộ tịch': `sector: ${nfd('Hộ tịch')}`, 'authority: Ủy ban nhân dân cấp xã': `authority: ${nfd('Ủy ban nhân dân cấp xã')}` }) },
      [at(RULE, PROCEDURE, 7, 9, { count: 2 })],
    ],
    [
      'a decomposed value inside a flow mapping of a list',
      { [PROCEDURE]: procedureWith({ 'name: Giấy chứng sinh }': `name: ${nfd('Giấy chứng sinh')} }` }) },
      [at(RULE, PROCEDURE, 18, 34, { count: 1 })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['old-style tone placement, which is still NFC', { 'agencies.yaml': baseWith('agencies.yaml', { 'Sở Tư pháp': 'Sở Tư pháp tỉnh Thanh Hoá' }) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});
