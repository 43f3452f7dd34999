import type { Located } from '../../catalog/model.js';
import type { Path } from '../../catalog/source.js';
import { EXAMPLE_BASE } from '../examples.js';
import { defineRule } from '../rule.js';

type What = 'procedure' | 'agency' | 'legal' | 'source' | 'evidence' | 'document' | 'proposal' | 'implementation' | 'entry' | 'result-code';
const WHAT_VI: Record<What, string> = {
  procedure: 'Mã thủ tục', agency: 'Mã cơ quan', legal: 'Mã văn bản', source: 'Mã cơ sở dữ liệu', evidence: 'Mã loại giấy tờ',
  document: 'Mã thành phần hồ sơ', proposal: 'Mã phương án', implementation: 'Hồ sơ thực tế của cơ quan', entry: 'Thủ tục', 'result-code': 'Mã kết quả',
};
const WHAT_EN: Record<What, string> = {
  procedure: 'Procedure code', agency: 'Agency id', legal: 'Legal document id', source: 'Data source id', evidence: 'Evidence id',
  document: 'Document id', proposal: 'Proposal id', implementation: 'Implementation record of agency', entry: 'Procedure', 'result-code': 'Result code',
};

export default defineRule<{ duplicate: { what: What; id: string; first: string } }>({
  id: 'ref/duplicate-id',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Hai đối tượng trùng mã', en: 'Two objects share an id' },
    description: {
      vi: 'Mã thủ tục, mã cơ quan, mã văn bản, mã cơ sở dữ liệu, mã thành phần hồ sơ trong một thủ tục, mã phương án phải là duy nhất; mỗi cơ quan chỉ có một tệp Implementation và mỗi thủ tục chỉ ghi một lần trong tệp đó. Vị trí là lần xuất hiện sau; "related" chỉ lần đầu.',
      en: 'Procedure codes, agency ids, legal document ids, data source ids, document ids within a procedure and proposal ids must be unique; each agency has one Implementation file and lists each procedure once. The position is the later occurrence; "related" points at the first.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/khai-sinh-ban-sao.yaml': EXAMPLE_BASE['procedures/ho-tich/1.001193.yaml'] ?? '' },
      good: {},
    },
  },
  messages: {
    duplicate: {
      vi: (d) => `${WHAT_VI[d.what]} "${d.id}" đã có ở ${d.first}`,
      en: (d) => `${WHAT_EN[d.what]} "${d.id}" already appears in ${d.first}`,
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    const check = <T>(what: What, items: readonly Located<T>[], key: (v: T) => string | undefined, field: string | undefined, meta?: (v: T) => { procedure?: string; agency?: string }) => {
      const first = new Map<string, Located<T>>();
      for (const item of items) {
        const id = key(item.value);
        if (id === undefined) continue;
        const prior = first.get(id);
        if (!prior) {
          first.set(id, item);
          continue;
        }
        const path: Path = field === undefined ? item.path : [...item.path, field];
        const priorPath: Path = field === undefined ? prior.path : [...prior.path, field];
        ctx.report('duplicate', {
          data: { what, id, first: prior.file },
          target: { file: item.file, path },
          related: [{ file: prior.file, path: priorPath }],
          ...meta?.(item.value),
        });
      }
    };
    check('procedure', catalog.procedures, (p) => p.code, 'code', (p) => ({ procedure: p.code }));
    check('agency', catalog.agencies, (a) => a.id, 'id', (a) => ({ agency: a.id }));
    check('legal', catalog.legal, (d) => d.id, 'id');
    check('source', catalog.dataSources, (s) => s.id, 'id');
    check('evidence', catalog.evidence, (e) => e.id, 'id');
    check('proposal', catalog.proposals, (p) => p.id, 'id');
    check('implementation', catalog.implementations, (i) => i.agency, 'agency', (i) => ({ agency: i.agency }));
    for (const p of catalog.procedures) {
      const docs = p.value.documents.map((value, i) => ({ value, file: p.file, path: ['documents', i] }));
      check('document', docs, (d) => d.id, 'id', () => ({ procedure: p.value.code }));
    }
    for (const impl of catalog.implementations) {
      const entries = impl.value.procedures.map((value, i) => ({ value, file: impl.file, path: ['procedures', i] }));
      check('entry', entries, (e) => e.code, 'code', (e) => ({ procedure: e.code, agency: impl.value.agency }));
    }
  },
});
