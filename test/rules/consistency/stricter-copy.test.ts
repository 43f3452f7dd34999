import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/stricter-copy';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';
const PRESENT = { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, action: present }' }) };

describe(RULE, () => {
  it.each([
    ['more copies', '{ ref: giay-chung-sinh, copies: 2 }', 'copies', 0, 2, 41],
    ['more originals', '{ ref: giay-chung-sinh, originals: 2 }', 'originals', 1, 2, 44],
    ['a certified copy', '{ ref: giay-chung-sinh, copy_type: certified }', 'copy_type', 'any', 'certified', 44],
  ])('reports %s at the observed field', async (_, entry, field, published, observed, column) => {
    const f = await ruleFindings(RULE, impl(`    documents:\n      - { ref: to-khai }\n      - ${entry}\n`));
    expect(at(f)).toEqual([[FILE, 8, column]]);
    expect(f[0]?.data).toMatchObject({ document: 'Giấy chứng sinh', field, published, observed });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 18, column: 5 }]);
  });

  it('reports submit where the procedure says present, for a name entry taking the defaults', async () => {
    const f = await ruleFindings(RULE, { ...PRESENT, ...impl('    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh }\n') });
    expect(at(f)).toEqual([[FILE, 8, 9]]);
    expect(f[0]?.data).toMatchObject({ field: 'action', published: 'present', observed: 'submit' });
  });

  it.each([
    ['fewer originals than published', '{ ref: giay-chung-sinh, originals: 0 }'],
    ['a plain copy with the original', '{ ref: giay-chung-sinh, copy_type: plain_with_original }'],
    ['the published values', '{ ref: giay-chung-sinh }'],
    ['a name entry with the defaults', '{ name: Giấy chứng sinh (bản chính) }'],
  ])('is silent for %s', async (_, entry) => {
    expect(await ruleFindings(RULE, impl(`    documents:\n      - { ref: to-khai }\n      - ${entry}\n`))).toEqual([]);
  });

  it('a ref entry inherits present from the published document', async () => {
    expect(await ruleFindings(RULE, { ...PRESENT, ...impl('    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n') })).toEqual([]);
  });
});
