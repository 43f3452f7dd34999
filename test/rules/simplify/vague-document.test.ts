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
    ['(nếu có) with a case', '{ id: uq, name: Văn bản ủy quyền (nếu có), case: Trường hợp ủy quyền }'],
    ['a specific document', '{ id: uq, name: Văn bản ủy quyền }'],
    ['a name containing "khác" only', '{ id: kh, name: Giấy xác nhận nơi khác cấp }'],
  ])('stays silent on %s', async (_name, doc) => {
    expect(await findingsFor(withDocs(doc), [RULE])).toEqual([]);
  });
});
