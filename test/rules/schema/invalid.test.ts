import { describe, expect, it } from 'vitest';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { findingsFor } from '../../helpers/catalog.js';
import { at, baseplus, baseWith, hits, PROCEDURE, procedureWith, proposal, type Hit, word } from '../../helpers/rules.js';

const RULE = 'schema/invalid';
const P = PROCEDURE;
const ONLINE = '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }';
const SINH = '{ id: giay-chung-sinh, name: Giấy chứng sinh }';
const inP = (line: number, column: number, data: Record<string, unknown>) => at(RULE, P, line, column, data);

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    // Codes
    ['code: 1.001193 unquoted (read as a number)', { [P]: procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) }, [inP(3, 7, { field: 'code', value: '1.001193', text: '1.001193' })]],
    ['a code that breaks both patterns', { [P]: procedureWith({ 'code: "1.001193"': 'code: "1.1193"' }) }, [inP(3, 7, { field: 'code', value: '1.1193' })]],
    // Unknown keys: at the key, with a suggestion when one is close
    ['a misspelled top-level key', { [P]: procedureWith({ 'sector: Hộ tịch': 'sector: Hộ tịch\nsecotr: Hộ tịch' }) }, [inP(8, 1, { key: 'secotr', suggestion: 'sector' })]],
    ['a misspelled key inside a flow mapping', { [P]: procedureWith({ [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, optinal: true }' }) }, [inP(18, 51, { key: 'optinal', suggestion: 'optional' })]],
    ['an unknown key far from any known one', { [P]: procedureWith({ 'sector: Hộ tịch': 'sector: Hộ tịch\nghi_chu_noi_bo: có' }) }, [inP(8, 1, { key: 'ghi_chu_noi_bo', suggestion: null })]],
    // Durations
    ['a bare-number duration (flow)', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: 1, fee: 0 }' }) }, [inP(14, 27, { field: 'time', value: '1' })]],
    ['a bare-number duration (block)', { [P]: procedureWith({ [`  - ${ONLINE}`]: '  - kind: online\n    time: 15\n    fee: 0' }) }, [inP(15, 11, { field: 'time', value: '15' })]],
    ['a duration with an unknown unit', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: { value: 1, unit: weeks }, fee: 0 }' }) }, [inP(14, 45, { field: 'unit', value: 'weeks', options: ['working_days', 'days', 'hours', 'months', 'years'] })]],
    // Types, enums, missing fields
    ['a list given as a scalar', { [P]: procedureWith({ 'levels: [commune]': 'levels: commune' }) }, [inP(8, 9, { field: 'levels', expected: 'array', received: 'string', value: 'commune' })]],
    ['a number where text belongs', { [P]: procedureWith({ 'sector: Hộ tịch': 'sector: 12' }) }, [inP(7, 9, { field: 'sector', expected: 'string', received: 'number', value: '12' })]],
    ['a bad enum value', { [P]: procedureWith({ 'status: active': 'status: actve' }) }, [inP(5, 9, { field: 'status', value: 'actve', options: ['active', 'abolished', 'draft'] })]],
    ['a missing required field, at its mapping', { [P]: procedureWith({ 'sector: Hộ tịch\n': '' }) }, [inP(1, 1, { field: 'sector' })]],
    ['a missing required enum is missing, not ""', { [P]: procedureWith({ 'status: active\n': '' }) }, [inP(1, 1, { field: 'status' })]],
    ['a missing document name, at the document', { [P]: procedureWith({ [SINH]: '{ id: giay-chung-sinh }' }) }, [inP(18, 5, { field: 'name' })]],
    ['an empty list where one item is needed', { [P]: procedureWith({ 'levels: [commune]': 'levels: []' }) }, [inP(8, 9, { field: 'levels', minimum: 1 })]],
    ['an empty name', { [P]: procedureWith({ 'name: Thủ tục đăng ký khai sinh': 'name: ""' }) }, [inP(4, 7, { field: 'name' })]],
    ['a negative fee', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: { value: 1, unit: working_days }, fee: -5000 }' }) }, [inP(14, 66, { field: 'fee', minimum: 0, value: '-5000' })]],
    // Patterns and shapes of catalog.md
    ['an impossible date', { 'legal.yaml': baseWith('legal.yaml', { 'issued: 2014-11-20': 'issued: 2014-02-30' }) }, [at(RULE, 'legal.yaml', 7, 13, { field: 'issued', value: '2014-02-30' })]],
    ['a Vietnamese date format', { 'legal.yaml': baseWith('legal.yaml', { 'issued: 2014-11-20': 'issued: 20/11/2014' }) }, [at(RULE, 'legal.yaml', 7, 13, { field: 'issued', value: '20/11/2014', suggestion: '2014-11-20' })]],
    ['an id that is not kebab-case ASCII', { [P]: procedureWith({ 'id: to-khai': 'id: Tờ-khai' }) }, [inP(17, 11, { field: 'id', value: 'Tờ-khai' })]],
    ['a fee of null without a fee_note, at the fee', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: { value: 1, unit: working_days }, fee: null }' }) }, [inP(14, 66, { field: 'fee' })]],
    ['a time limit in months, at its unit', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: { value: 2, unit: months }, fee: 0 }' }) }, [inP(14, 45, { field: 'unit', value: 'months' })]],
    ['a bad value in a list, named by its list', { [P]: procedureWith({ 'subjects: [citizen]': 'subjects: [citizen, household]' }) }, [inP(9, 21, { field: 'subjects[1]', value: 'household', options: ['citizen', 'business', 'organization', 'foreigner', 'cooperative'] })]],
    ['a missing date is missing, not an invalid date ""', { 'suppressions.yaml': 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n  - rule: legal/no-basis\n    procedure: "1.001193"\n    reason: Đang chờ sửa luật\n' }, [at(RULE, 'suppressions.yaml', 4, 5, { field: 'until' })]],
    ['a contact without phone, email or hotline', { [P]: procedureWith({ 'contact: { unit: Bộ phận Một cửa, hotline: "1022" }': 'contact: { unit: Bộ phận Một cửa }' }) }, [inP(11, 10, { field: 'contact', value: '{"unit":"Bộ phận Một cửa"}' })]],
    [
      'an observed document with both ref and name',
      { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n    documents:\n      - { ref: to-khai, name: Tờ khai }\n' },
      [at(RULE, 'implementations/ubnd-phuong-ham-rong.yaml', 7, 9, { field: 'documents[0]', value: '{"ref":"to-khai","name":"Tờ khai"}' })],
    ],
    [
      'a suppression with no scope (the value shortened to 60 characters)',
      { 'suppressions.yaml': 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n  - rule: legal/no-basis\n    reason: Đang chờ sửa luật\n    until: 2027-06-30\n' },
      [at(RULE, 'suppressions.yaml', 4, 5, { field: 'suppressions[0]', value: '{"rule":"legal/no-basis","reason":"Đang chờ sửa luật","un...' })],
    ],
    [
      'a proposal change with an unknown action',
      { 'proposals/2026-ho-tich-01.yaml': proposal('  - { action: drop_document, document: giay-chung-sinh }\n') },
      [at(RULE, 'proposals/2026-ho-tich-01.yaml', 8, 15, { field: 'action', value: 'drop_document', options: ['remove_document', 'use_data', 'relax_copy', 'set_time', 'set_fee', 'add_channel', 'set_online_level', 'extend_validity', 'abolish'] })],
    ],
    ['two YAML documents in one file, at the second', { 'agencies.yaml': `${baseWith('agencies.yaml', {})}---\napiVersion: tthc/v1\n` }, [at(RULE, 'agencies.yaml', 18, 1, { count: 2 })]],
    // catalog.yaml rule settings
    ['an unknown rule id in catalog.yaml, at the key', { 'catalog.yaml': baseplus('catalog.yaml', 'rules:\n  legal/no-bases: warning\n') }, [at(RULE, 'catalog.yaml', 12, 3, { key: 'legal/no-bases', suggestion: 'legal/no-basis' })]],
    ['a number too large for JSON (1e400 reads as Infinity)', { [P]: procedureWith({ 'per_year: 1000': 'per_year: 1e400' }) }, [at(RULE, P, 23, 21, { field: 'per_year', value: 'Infinity' })]],
    ['an option for a rule that takes none', { 'catalog.yaml': baseplus('catalog.yaml', 'rules:\n  legal/no-basis: { severity: warning, max: 3 }\n') }, [at(RULE, 'catalog.yaml', 12, 40, { rule: 'legal/no-basis', field: 'max', detail: 'no options' })]],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['x_ extension keys at any depth', { [P]: procedureWith({ 'sector: Hộ tịch': 'sector: Hộ tịch\nx_ghi_chu: nội bộ\nx_nguon: { tep: danh-muc.xlsx, dong: 12 }', [SINH]: '{ id: giay-chung-sinh, name: Giấy chứng sinh, x_ma_cu: GCS }' }) }],
    ['a local procedure code', { 'procedures/ho-tich/TH-HT.01.yaml': procedureWith({ 'code: "1.001193"': 'code: "TH-HT.01"' }) }],
    ['a fee left to another text (null with a note)', { [P]: procedureWith({ [ONLINE]: '{ kind: online, time: { value: 1, unit: working_days }, fee: null, fee_note: theo Nghị quyết của HĐND tỉnh }' }) }],
    ['a validity given as a duration', { [P]: procedureWith({ 'validity: unlimited': 'validity: { value: 6, unit: months }' }) }],
    ['a leading document marker', { 'agencies.yaml': `---\n${baseWith('agencies.yaml', {})}` }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });

  it('words the unquoted-code message specifically, with the quoted form', async () => {
    // 1.001193 loses no digit: nothing is said about zeros.
    const [f] = await findingsFor({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) }, [RULE], 'en');
    expect(f?.data).toMatchObject({ field: 'code', value: '1.001193', text: '1.001193' });
    expect(f?.message).toBe('Procedure code 1.001193 was read by YAML as a number; quote it: code: "1.001193"');
    const [vi] = await findingsFor({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.001193' }) }, [RULE], 'vi');
    expect(vi?.message).toBe('Mã thủ tục 1.001193 bị YAML đọc thành số; hãy đặt trong dấu nháy: code: "1.001193"');
    // 1.000100 unquoted reads as 1.0001: the zeros at the end are lost, and given back.
    const [g] = await findingsFor({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.000100' }) }, [RULE], 'vi');
    expect(g?.data).toMatchObject({ value: '1.0001', text: '1.000100' });
    expect(g?.message).toBe('Mã thủ tục 1.000100 bị YAML đọc thành số 1.0001 (số 0 ở cuối bị mất); hãy đặt trong dấu nháy: code: "1.000100"');
    const [e] = await findingsFor({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.000100 # mã cũ' }) }, [RULE], 'en');
    expect(e?.message).toBe('Procedure code 1.000100 was read by YAML as the number 1.0001 (the trailing zeros are lost); quote it: code: "1.000100"');
  });

  it('says nothing of zeros for a short code that ends in another digit', async () => {
    const [f] = await findingsFor({ [P]: procedureWith({ 'code: "1.001193"': 'code: 1.0011' }) }, [RULE], 'vi');
    expect(f?.message).toBe('Mã thủ tục 1.0011 bị YAML đọc thành số; hãy đặt trong dấu nháy: code: "1.0011"');
  });

  it('names the field of an unquoted code in an implementation, and reads the code from the file', async () => {
    const file = 'implementations/ubnd-phuong-ham-rong.yaml';
    const [f] = await findingsFor({ [file]: 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: 1.004220\n' }, [RULE], 'vi');
    expect(f).toMatchObject({ file, line: 5, column: 11, data: { field: 'code', value: '1.00422', text: '1.004220' } });
    expect(f?.message).toBe('Mã thủ tục 1.004220 bị YAML đọc thành số 1.00422 (số 0 ở cuối bị mất); hãy đặt trong dấu nháy: code: "1.004220"');
  });

  it('guesses six decimals when the written code is unknown, and does not claim zeros were lost', () => {
    expect(word(RULE, 'code-number', { field: 'code', value: '1.0001' }, 'vi')).toBe('Mã thủ tục 1.0001 bị YAML đọc thành số; hãy đặt trong dấu nháy: code: "1.000100"');
  });

  it('words an unknown key with a "did you mean"', async () => {
    const [f] = await findingsFor({ [P]: procedureWith({ 'sector: Hộ tịch': 'sector: Hộ tịch\nsecotr: Hộ tịch' }) }, [RULE], 'en');
    expect(f?.message).toBe('Unknown key "secotr" (did you mean "sector"?)');
  });

  it('words a number out of range as such, not as a number that is not a number', async () => {
    const overlay = { [P]: procedureWith({ 'per_year: 1000': 'per_year: 1e400' }) };
    const [f] = await findingsFor(overlay, [RULE], 'en');
    expect(f?.message).toBe('The number in field "per_year" is out of range (too large to represent)');
    const [g] = await findingsFor(overlay, [RULE], 'vi');
    expect(g?.message).toBe('Số ở trường "per_year" nằm ngoài phạm vi biểu diễn được (quá lớn), không đọc được');
  });
});
