import { describe, expect, it } from 'vitest';
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

  // A second procedure issuing "Giấy khai sinh của con" exactly: the first result in catalog order wins.
  const issuing = (code: string) => bad
    .replace('code: "1.000894"', `code: "${code}"`)
    .replace('name: Thủ tục đăng ký kết hôn', 'name: Thủ tục cấp bản trích lục')
    .replace('status: active', 'status: active\nresults:\n  - { name: Giấy khai sinh của con }');

  it.each([
    ['0.000001', '0.000001'],
    ['9.999999', '1.001193'],
  ])('with another result issued by %s, the first in catalog order (%s) is named', async (code, by) => {
    const files = { ...withDocument('Giấy khai sinh của con'), [`procedures/ho-tich/${code}.yaml`]: issuing(code) };
    const findings = await findingsFor(files, [RULE]);
    expect(findings.filter((f) => f.procedure === '1.000894').map((f) => f.data)).toEqual([expect.objectContaining({ by })]);
  });

  it('does not take a result of fewer than 3 words as the opening of a longer name', async () => {
    const files = {
      ...withDocument('Giấy phép lái xe'),
      'procedures/ho-tich/0.000001.yaml': issuing('0.000001').replace('Giấy khai sinh của con', 'Giấy phép'),
    };
    expect((await findingsFor(files, [RULE])).filter((f) => f.procedure === '1.000894')).toEqual([]);
  });
});
