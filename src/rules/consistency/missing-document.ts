import { agencyName, implementationExample } from './common.js';
import { compareDocuments, entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

export default defineRule<{ missing: { agency: string; document: string; published: string; observed: null } }>({
  id: 'consistency/missing-document',
  group: 'consistency',
  severity: 'warning',
  docs: {
    summary: { vi: 'Cơ quan bỏ qua một thành phần hồ sơ bắt buộc đã công bố', en: 'The agency omits a published, non-optional document' },
    description: {
      vi: 'Danh sách giấy tờ cơ quan thực tế yêu cầu (`documents` trong tệp Implementation là danh sách đầy đủ) thiếu một thành phần hồ sơ bắt buộc của trường hợp chung. Thành phần có `case` (chỉ áp dụng trong một trường hợp) hoặc `optional: true` không bị xét. Thiếu giấy tờ không làm khó người dân nhưng làm hồ sơ được chấp nhận ở nơi này mà không ở nơi khác; có thể bản ghi khảo sát chưa đầy đủ.',
      en: 'The list of documents the agency actually asks for (`documents` in an Implementation is the full list) lacks a mandatory document of the base case. Documents with a `case` (conditional) or `optional: true` are not expected. Omitting a document does not burden applicants, but makes a dossier acceptable at one agency and not at another; the survey record may also be incomplete.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP, Điều 8 (thành phần hồ sơ đã công bố được áp dụng thống nhất)', oneStopDecree()],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: GIẤY CHỨNG SINH }\n'),
    },
  },
  messages: {
    missing: {
      vi: (d) => `${d.agency} không yêu cầu thành phần hồ sơ đã công bố: ${d.published}`,
      en: (d) => `${d.agency} does not ask for a published document: ${d.published}`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      const docs = compareDocuments(procedure.value, record.entry);
      for (const m of docs?.missing ?? []) {
        ctx.report('missing', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), document: m.doc.name, published: m.doc.name, observed: null },
          target: { file: record.implementation.file, path: entryPath(record, 'documents') },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['documents', m.index] }],
        });
      }
    }
  },
});
