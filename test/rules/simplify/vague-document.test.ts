import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/vague-document';

describe(RULE, () => {
  it.each([
    ['Các giấy tờ khác có liên quan'],
    ['Giấy tờ khác theo quy định'],
    ['Các tài liệu khác'],
    ['Văn bản ủy quyền (nếu có)'],
  ])('fires on "%s"', async (name) => {
    const findings = await findingsFor(withDocs(`{ id: khac, name: "${name}" }`), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'warning', file: PROC, line: 19, column: 23, data: { code: '1.001193', document: name } });
  });

  it.each([
    ['an empty case', '""'],
    ['a blank case', '"  "'],
    ['a null case', 'null'],
  ])('fires on (nếu có) with %s: no condition is said', async (_name, value) => {
    const findings = await findingsFor(withDocs(`{ id: qh, name: Giấy tờ chứng minh quan hệ (nếu có), case: ${value} }`), [RULE]);
    expect(findings.map((f) => f.data)).toEqual([{ code: '1.001193', document: 'Giấy tờ chứng minh quan hệ (nếu có)' }]);
  });

  it.each([
    ['(nếu có) with a case', '{ id: uq, name: Văn bản ủy quyền (nếu có), case: Trường hợp ủy quyền }'],
    ['(nếu có) with a case, as in the legal review', '{ id: qh, name: Giấy tờ chứng minh quan hệ (nếu có), case: Trường hợp đăng ký thường trú vào chỗ ở của người thân }'],
    ['a specific document', '{ id: uq, name: Văn bản ủy quyền }'],
    ['a name containing "khác" only', '{ id: kh, name: Giấy xác nhận nơi khác cấp }'],
  ])('stays silent on %s', async (_name, doc) => {
    expect(await findingsFor(withDocs(doc), [RULE])).toEqual([]);
  });
});
