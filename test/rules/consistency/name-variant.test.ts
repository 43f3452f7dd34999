import { describe, expect, it } from 'vitest';
import { at, impl, ruleFindings } from '../../helpers/implementation.js';

const RULE = 'consistency/name-variant';

describe(RULE, () => {
  it('reports a document matched only by similarity, at its name', async () => {
    const f = await ruleFindings(RULE, impl('    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh do cơ sở y tế cấp }\n'));
    expect(at(f)).toEqual([['implementations/ubnd-phuong-ham-rong.yaml', 8, 17]]);
    expect(f[0]?.data).toMatchObject({ published: 'Giấy chứng sinh', observed: 'Giấy chứng sinh do cơ sở y tế cấp', score: 0.99 });
    expect(f[0]?.related).toEqual([{ file: 'procedures/ho-tich/1.001193.yaml', line: 18, column: 34 }]);
  });

  it.each([
    ['Giấy chứng sinh (bản chính)'],
    ['Bản sao có chứng thực Giấy chứng sinh'],
    ['Giấy chứng sinh.'],
  ])('reports %j, the published document by another name', async (name) => {
    const f = await ruleFindings(RULE, impl(`    documents:\n      - { ref: to-khai }\n      - { name: "${name}" }\n`));
    expect(f.map((x) => x.message)).toEqual([`UBND phường Hàm Rồng ghi "${name}" cho giấy tờ đã công bố là "Giấy chứng sinh"; nên dùng đúng tên đã công bố`]);
  });

  it.each([
    ['Giấy chứng sinh'.normalize('NFD')],
    ['giấy chứng sinh'],
    ['  Giấy  chứng   sinh '],
    ['Giấy chứng tử'],
  ])('is silent for %j (equal up to NFC, case and spaces, or no match at all)', async (name) => {
    expect(await ruleFindings(RULE, impl(`    documents:\n      - { ref: to-khai }\n      - { name: "${name}" }\n`))).toEqual([]);
  });
});
