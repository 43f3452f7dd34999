import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/extra-document';
const FILE = 'implementations/ubnd-phuong-ham-rong.yaml';

describe(RULE, () => {
  it('reports a document the procedure does not list, at the observed entry', async () => {
    const f = await ruleFindings(RULE, impl('    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu, action: present }\n'));
    expect(at(f)).toEqual([[FILE, 9, 9]]);
    expect(f[0]?.data).toMatchObject({ document: 'Sổ hộ khẩu', published: null, observed: 'Sổ hộ khẩu' });
    expect(f[0]?.agency).toBe('ubnd-phuong-ham-rong');
    expect(f[0]?.procedure).toBe('1.001193');
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 17, column: 3 }]);
    expect(f[0]?.message).toBe('UBND phường Hàm Rồng yêu cầu thêm giấy tờ không có trong thủ tục đã công bố: Sổ hộ khẩu');
  });

  it.each([
    ['Giấy chứng sinh (bản chính)'],
    ['GIẤY CHỨNG SINH'],
    ['Giấy chứng sinh'.normalize('NFD')],
    ['Bản chính Giấy chứng sinh'],
    ['Giấy  chứng   sinh.'],
    ['Giấy chứng sinh do cơ sở y tế cấp'],
  ])('does not accuse %j of being extra', async (name) => {
    const f = await ruleFindings(RULE, impl(`    documents:\n      - { name: Tờ khai đăng kí khai sinh }\n      - { name: "${name}" }\n`));
    expect(f).toEqual([]);
  });

  it('does not take a near-miss with another meaning for the published document', async () => {
    const f = await ruleFindings(RULE, impl('    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng tử }\n'));
    expect(at(f)).toEqual([[FILE, 8, 9]]);
    expect(f[0]?.data).toMatchObject({ document: 'Giấy chứng tử' });
  });

  it('is silent when the entry keeps the published list', async () => {
    expect(await ruleFindings(RULE, impl('    online_level: full\n'))).toEqual([]);
  });
});
