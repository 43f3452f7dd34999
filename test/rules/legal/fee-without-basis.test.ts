import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseplus, type Hit, hits, PROCEDURE, procedureWith, word } from '../../helpers/rules.js';

const RULE = 'legal/fee-without-basis';
const IN_PERSON = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const ONLINE = '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }';
const BASIS = '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n';
const fee = (channel: string, amount: string) => channel.replace('fee: 0', `fee: ${amount}`);
const withDoc = (id: string, title: string) => baseplus('legal.yaml', `  - id: ${id}\n    number: 1/2026/NQ-HĐND\n    title: ${title}\n`);

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['a fee with no fee document, at the fee', { [PROCEDURE]: procedureWith({ [IN_PERSON]: fee(IN_PERSON, '8000') }) }, [at(RULE, PROCEDURE, 13, 69, { code: '1.001193', fee: 8000, channel: 'in_person' })]],
    [
      'fees on two channels: one finding, at the first',
      { [PROCEDURE]: procedureWith({ [ONLINE]: fee(ONLINE, '4000'), [IN_PERSON]: fee(IN_PERSON, '8000') }) },
      [at(RULE, PROCEDURE, 13, 69, { code: '1.001193', fee: 8000, channel: 'in_person' })],
    ],
    [
      'a fee whose basis names "phí" only inside another word',
      { 'legal.yaml': withDoc('nq-01-2026', 'Nghị quyết về phía Bắc của tỉnh'), [PROCEDURE]: procedureWith({ [ONLINE]: fee(ONLINE, '4000'), [BASIS]: `${BASIS}  - { ref: nq-01-2026 }\n` }) },
      [at(RULE, PROCEDURE, 14, 66, { code: '1.001193', fee: 4000, channel: 'online' })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog (no fees)', {}],
    ['a fee with a fee circular in the basis', { [PROCEDURE]: procedureWith({ [IN_PERSON]: fee(IN_PERSON, '8000'), [BASIS]: `${BASIS}  - { ref: tt-85-2019 }\n` }) }],
    ['a fee with a "lệ phí" resolution, capitalised', { 'legal.yaml': withDoc('nq-01-2026', 'Nghị quyết quy định mức thu LỆ PHÍ hộ tịch'), [PROCEDURE]: procedureWith({ [IN_PERSON]: fee(IN_PERSON, '8000'), [BASIS]: `${BASIS}  - { ref: nq-01-2026 }\n` }) }],
    ['a fee set elsewhere (null)', { [PROCEDURE]: procedureWith({ [IN_PERSON]: fee(IN_PERSON, 'null, fee_note: theo Nghị quyết của HĐND tỉnh') }) }],
    ['an abolished procedure with a fee', { [PROCEDURE]: procedureWith({ [IN_PERSON]: fee(IN_PERSON, '8000'), 'status: active': 'status: abolished' }) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});

describe(`${RULE} wording`, () => {
  it('writes the amount with thousands separators', () => {
    const d = { code: '1.001193', fee: 8000, channel: 'in_person' };
    expect(word(RULE, 'fee', d, 'vi')).toBe('Thủ tục 1.001193 thu 8.000 đồng nhưng căn cứ pháp lý không có văn bản quy định phí, lệ phí');
    expect(word(RULE, 'fee', { ...d, fee: 200000 }, 'en')).toBe('Procedure 1.001193 charges 200,000 VND but its legal basis has no document on fees');
  });
});
