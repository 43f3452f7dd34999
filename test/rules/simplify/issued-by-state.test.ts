import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import issuedByState from '../../../src/rules/simplify/issued-by-state.js';
import { findingsFor } from '../../helpers/catalog.js';

const RULE = 'simplify/issued-by-state';
const bad = issuedByState.docs.examples.bad['procedures/ho-tich/1.000894.yaml'] as string;
const withDocument = (name: string) => ({ 'procedures/ho-tich/1.000894.yaml': bad.replace('name: Bản sao Giấy khai sinh', `name: ${name}`) });

describe(RULE, () => {
  it.each([
    ['Bản sao Giấy khai sinh'],
    ['Giấy khai sinh'],
    ['GIẤY KHAI SINH (bản sao)'],
  ])('fires on "%s" (the result of 1.001193)', async (name) => {
    const findings = await findingsFor(withDocument(name), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, file: 'procedures/ho-tich/1.000894.yaml', line: 13, column: 26, procedure: '1.000894',
      data: { code: '1.000894', document: name, result: 'Giấy khai sinh', by: '1.001193', byName: 'Thủ tục đăng ký khai sinh' },
      related: [{ file: 'procedures/ho-tich/1.001193.yaml', line: 20, column: 5 }],
    });
  });

  it.each([['Giấy chứng sinh'], ['Tờ khai đăng ký khai sinh']])('stays silent on "%s"', async (name) => {
    expect(await findingsFor(withDocument(name), [RULE])).toEqual([]);
  });

  it('does not match a procedure against its own result', async () => {
    expect(await findingsFor({}, [RULE])).toEqual([]);
  });

  it('matches a result of 3 words or more that opens the document\'s name', async () => {
    const findings = await findingsFor(withDocument('Giấy khai sinh của con'), [RULE]);
    expect(findings.map((f) => f.data)).toEqual([expect.objectContaining({ result: 'Giấy khai sinh', by: '1.001193' })]);
  });

  // A second procedure issuing "Giấy khai sinh của con" exactly: the whole name beats the opening "Giấy khai sinh".
  const issuing = (code: string, ...results: string[]) => bad
    .replace('code: "1.000894"', `code: "${code}"`)
    .replace('name: Thủ tục đăng ký kết hôn', 'name: Thủ tục cấp bản trích lục')
    .replace('status: active', `status: active\nresults:\n${(results.length > 0 ? results : ['Giấy khai sinh của con']).map((r) => `  - { name: ${r} }`).join('\n')}`);

  it.each([['0.000001'], ['9.999999']])('with the whole name issued by %s, that procedure is named, wherever it is in the catalog', async (code) => {
    const files = { ...withDocument('Giấy khai sinh của con'), [`procedures/ho-tich/${code}.yaml`]: issuing(code) };
    const findings = await findingsFor(files, [RULE]);
    expect(findings.filter((f) => f.procedure === '1.000894').map((f) => f.data)).toEqual([expect.objectContaining({ by: code })]);
  });

  it('names the procedure that issues the document alone before one that issues it among others', async () => {
    // 0.000001 comes first in the catalog but issues two results; 1.001193 issues Giấy khai sinh alone.
    const files = { ...withDocument('Giấy khai sinh'), 'procedures/ho-tich/0.000001.yaml': issuing('0.000001', 'Giấy khai sinh', 'Trích lục ghi chú việc nhận cha, mẹ, con') };
    const findings = await findingsFor(files, [RULE]);
    expect(findings.filter((f) => f.procedure === '1.000894').map((f) => f.data)).toEqual([expect.objectContaining({ by: '1.001193' })]);
  });

  it('names the general procedure before a variant of it, and no abolished procedure', async () => {
    // "Thủ tục đăng ký lại khai sinh" (0.000001, first in the catalog) issues Giấy khai sinh too.
    const variant = issuing('0.000001', 'Giấy khai sinh').replace('name: Thủ tục cấp bản trích lục', 'name: Thủ tục đăng ký lại khai sinh');
    const files = { ...withDocument('Giấy khai sinh'), 'procedures/ho-tich/0.000001.yaml': variant };
    const by = async (overlay: Record<string, string>) => (await findingsFor(overlay, [RULE])).filter((f) => f.procedure === '1.000894').map((f) => f.data?.by);
    expect(await by(files)).toEqual(['1.001193']);
    const abolished = { ...files, 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'status: active': 'status: abolished' }) };
    expect(await by(abolished)).toEqual(['0.000001']);
  });

  it('does not take a generic result ("Giấy xác nhận") as the opening of a specific document', async () => {
    const files = { ...withDocument('Giấy xác nhận khuyết tật'), 'procedures/ho-tich/0.000001.yaml': issuing('0.000001', 'Giấy xác nhận') };
    expect((await findingsFor(files, [RULE])).filter((f) => f.procedure === '1.000894')).toEqual([]);
    const whole = { ...withDocument('Giấy xác nhận'), 'procedures/ho-tich/0.000001.yaml': issuing('0.000001', 'Giấy xác nhận') };
    expect((await findingsFor(whole, [RULE])).filter((f) => f.procedure === '1.000894').map((f) => f.data)).toEqual([expect.objectContaining({ by: '0.000001' })]);
  });

  it('does not take a result of fewer than 3 words as the opening of a longer name', async () => {
    const files = {
      ...withDocument('Giấy phép lái xe'),
      'procedures/ho-tich/0.000001.yaml': issuing('0.000001').replace('Giấy khai sinh của con', 'Giấy phép'),
    };
    expect((await findingsFor(files, [RULE])).filter((f) => f.procedure === '1.000894')).toEqual([]);
  });
});
