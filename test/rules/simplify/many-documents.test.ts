import { describe, expect, it } from 'vitest';
import { EXAMPLE_BASE } from '../../../src/rules/examples.js';
import { findingsFor } from '../../helpers/catalog.js';
import { PROC, withDocs } from './fixture.js';
import { word } from '../../helpers/rules.js';

const RULE = 'simplify/many-documents';
const docs = (n: number, extra = '') => Array.from({ length: n }, (_, i) => `{ id: giay-${i}, name: Giấy tờ số ${i}${extra} }`);

describe(RULE, () => {
  it('fires on more than 6 documents in the base case', async () => {
    const findings = await findingsFor(withDocs(...docs(5)), [RULE]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, file: PROC, line: 17, column: 3, data: { code: '1.001193', count: 7, max: 6, case: null } });
  });

  it('counts the common documents plus those of one case', async () => {
    const findings = await findingsFor(withDocs(...docs(3), ...docs(2, ', case: Trường hợp ủy quyền').map((d) => d.replace('giay-', 'uq-'))), [RULE]);
    expect(findings[0]?.data).toMatchObject({ count: 7, case: 'Trường hợp ủy quyền' });
  });

  it.each([
    ['6 documents', withDocs(...docs(4))],
    ['optional documents', withDocs(...docs(5, ', optional: true'))],
    ['documents split over two cases', withDocs(...docs(2, ', case: A'), ...docs(2, ', case: B').map((d) => d.replace('giay-', 'b-')))],
  ])('stays silent on %s', async (_name, files) => {
    expect(await findingsFor(files, [RULE])).toEqual([]);
  });

  it('takes max_documents from catalog.yaml', async () => {
    const files = { ...withDocs('{ id: them, name: Giấy tờ thêm }'), 'catalog.yaml': `${EXAMPLE_BASE['catalog.yaml'] ?? ''}rules:\n  simplify/many-documents: { max_documents: 2 }\n` };
    expect((await findingsFor(files, [RULE]))[0]?.data).toMatchObject({ count: 3, max: 2 });
  });
});

describe('simplify/many-documents wording', () => {
  it('puts the count of documents in agreement', () => {
    expect(word('simplify/many-documents', 'many', { code: '1.001193', count: 1, max: 0 }, 'en')).toBe('Procedure 1.001193 asks for 1 document, more than 0; review which are unnecessary');
  });
});
