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
});
