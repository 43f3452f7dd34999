import { describe, expect, it } from 'vitest';
import { procedureWith } from '../../../src/rules/examples.js';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/missing-document';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it('reports a published document the agency does not ask for, at its documents list', async () => {
    const f = await ruleFindings(RULE, impl('    documents:\n      - { ref: to-khai }\n'));
    expect(at(f)).toEqual([[FILE, 7, 7]]);
    expect(f[0]?.data).toMatchObject({ document: 'Giấy chứng sinh', published: 'Giấy chứng sinh', observed: null });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 18, column: 5 }]);
  });

  it.each([
    ['listed by ref', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n'],
    ['listed by a folded name', '    documents:\n      - { ref: to-khai }\n      - { name: giấy chứng sinh (bản chính) }\n'],
    ['published list kept', '    online_level: full\n'],
  ])('is silent when %s', async (_, body) => {
    expect(await ruleFindings(RULE, impl(body))).toEqual([]);
  });

  it('does not expect conditional or optional documents', async () => {
    const procedure = procedureWith({
      '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n':
        '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: uy-quyen, name: Văn bản ủy quyền, case: Trường hợp ủy quyền }\n  - { id: anh, name: Ảnh, optional: true }\n',
    });
    const f = await ruleFindings(RULE, { 'procedures/ho-tich/1.001193.yaml': procedure, ...impl('    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n') });
    expect(f).toEqual([]);
  });
});
