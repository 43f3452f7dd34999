import { agencyName, implementationExample } from './common.js';
import { compareDocuments, entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

export default defineRule<{ extra: { agency: string; document: string; published: null; observed: string } }>({
  id: 'consistency/extra-document',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Cơ quan yêu cầu giấy tờ ngoài thành phần hồ sơ đã công bố', en: 'The agency demands a document the procedure does not list' },
    description: {
      vi: 'Một giấy tờ cơ quan thực tế yêu cầu (`name:` trong tệp Implementation) không khớp với thành phần hồ sơ nào của thủ tục đã công bố, kể cả sau khi chuẩn hóa tên (dấu thanh, chữ hoa, "(bản chính)", "bản sao…") và so gần đúng. Cán bộ không được yêu cầu thêm giấy tờ ngoài danh mục đã công bố.',
      en: 'A document the agency actually asks for (`name:` in an Implementation file) matches no published document of the procedure, even after normalising the name (tone marks, case, "(bản chính)", "bản sao…") and near matching. Officials may not demand documents beyond the published list.',
    },
    legal: [
      oneStopDecree('không yêu cầu thành phần hồ sơ ngoài quy định'),
      'Nghị định 63/2010/NĐ-CP, Điều 8 (công bố thành phần hồ sơ)',
    ],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n      - { name: Sổ hộ khẩu, action: present }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { name: Tờ khai đăng kí khai sinh }\n      - { name: Giấy chứng sinh (bản chính) }\n'),
    },
  },
  messages: {
    extra: {
      vi: (d) => `${d.agency} yêu cầu thêm giấy tờ không có trong thủ tục đã công bố: ${d.observed}`,
      en: (d) => `${d.agency} demands a document the published procedure does not list: ${d.observed}`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      const docs = compareDocuments(procedure.value, record.entry);
      for (const m of docs?.matches ?? []) {
        if (m.published) continue;
        const name = m.observed.name ?? '';
        ctx.report('extra', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), document: name, published: null, observed: name },
          target: { file: record.implementation.file, path: entryPath(record, 'documents', m.index) },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['documents'] }],
        });
      }
    }
  },
});
