import { describe, expect, it } from 'vitest';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';

const RULE = 'simplify/duplicate-document';

describe(RULE, () => {
  it.each([
    ['Bản sao Giấy chứng sinh'],
    ['GIẤY CHỨNG SINH (bản chính)'],
    ['Giấy  chứng sinh.'],
  ])('fires on "%s" after Giấy chứng sinh', async (name) => {
    const findings = await findingsFor(withDocs(`{ id: lai, name: "${name}" }`), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE, severity: 'warning', file: PROC, line: 19, column: 22,
      data: { code: '1.001193', document: name, first: 'Giấy chứng sinh' },
      related: [{ file: PROC, line: 18, column: 34 }],
    });
  });

  it('fires on the same document in one case', async () => {
    const findings = await findingsFor(withDocs('{ id: a, name: Văn bản ủy quyền, case: Ủy quyền }', '{ id: b, name: Văn bản ủy quyền, case: Ủy quyền }'), [RULE]);
    expect(findings.map((f) => f.line)).toEqual([20]);
  });

  it.each([
    ['two different cases', ['{ id: a, name: Văn bản ủy quyền, case: Trường hợp A }', '{ id: b, name: Văn bản ủy quyền, case: Trường hợp B }']],
    ['different documents', ['{ id: a, name: Giấy chứng tử }']],
  ])('stays silent on %s', async (_name, docs) => {
    expect(await findingsFor(withDocs(...docs), [RULE])).toEqual([]);
  });
});
