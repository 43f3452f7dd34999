import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, type Hit, hits, implementation, PROCEDURE, procedureWith, proposal, word } from '../../helpers/rules.js';

const RULE = 'legal/suspicious-fee';
const IN_PERSON = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const inPerson = (fee: string) => ({ [PROCEDURE]: procedureWith({ [IN_PERSON]: IN_PERSON.replace('fee: 0', `fee: ${fee}`) }) });
const IMPL = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['700 VND, at the fee', inPerson('700'), [at(RULE, PROCEDURE, 13, 69, { fee: 700 })]],
    ['1 VND (lower bound)', inPerson('1'), [at(RULE, PROCEDURE, 13, 69, { fee: 1 })]],
    ['999 VND (upper bound)', inPerson('999'), [at(RULE, PROCEDURE, 13, 69, { fee: 999 })]],
    [
      'an observed fee in an implementation',
      { [IMPL]: implementation('ubnd-phuong-ham-rong', '  - code: "1.001193"\n    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 500 }\n') },
      [at(RULE, IMPL, 7, 73, { fee: 500 })],
    ],
    ['a proposed fee', { 'proposals/2026-ho-tich-01.yaml': proposal('  - { action: set_fee, channel: online, fee: 50 }\n') }, [at(RULE, 'proposals/2026-ho-tich-01.yaml', 8, 46, { fee: 50 })]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['no fee (0)', inPerson('0')],
    ['1,000 VND', inPerson('1000')],
    ['a fee set elsewhere (null)', inPerson('null, fee_note: theo Nghị quyết của HĐND tỉnh')],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });
});

describe('legal/suspicious-fee wording', () => {
  it('writes the fee and the amount it may have been as money', () => {
    expect(word('legal/suspicious-fee', 'fee', { fee: 700 }, 'vi')).toBe('Mức phí 700 đồng bất thường; có phải 700.000 đồng?');
    expect(word('legal/suspicious-fee', 'fee', { fee: 700 }, 'en')).toBe('A fee of 700 VND is implausible; is it 700,000 VND?');
  });
});
