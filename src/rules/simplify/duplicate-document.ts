import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, duplicateDocuments } from './match.js';

export default defineRule<{ duplicate: { code: string; document: string; first: string } }>({
  id: 'simplify/duplicate-document',
  group: 'simplify',
  severity: 'warning',
  docs: {
    summary: { vi: 'Cùng một giấy tờ được yêu cầu hai lần trong một thủ tục', en: 'The same document asked twice in one procedure' },
    description: {
      vi: 'Hai thành phần hồ sơ cùng tên (sau khi bỏ dấu câu, chữ hoa, ghi chú trong ngoặc và các chữ "bản sao", "bản chính") trong cùng trường hợp, hoặc một ở phần chung và một ở một trường hợp, là yêu cầu trùng lặp. Đưa vào phương án: remove_document.',
      en: 'Two documents with the same name (ignoring punctuation, case, notes in brackets and the words "copy", "original") in the same case, or one common and one in a case, are asked twice. Propose remove_document.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về thành phần hồ sơ)'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: ban-sao-giay-chung-sinh, name: Bản sao Giấy chứng sinh, copies: 1, originals: 0 }\n' }) },
      good: {},
    },
  },
  messages: {
    duplicate: {
      vi: (d) => `Thủ tục ${d.code} yêu cầu "${d.document}" trùng với thành phần "${d.first}"`,
      en: (d) => `Procedure ${d.code} asks for "${d.document}", the same as "${d.first}"`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      for (const [i, j] of duplicateDocuments(p.value)) {
        const first = p.value.documents[i];
        const dup = p.value.documents[j];
        if (!first || !dup) continue;
        ctx.report('duplicate', {
          data: { code: p.value.code, document: dup.name, first: first.name },
          target: { file: p.file, path: ['documents', j, 'name'] },
          procedure: p.value.code,
          related: [{ file: p.file, path: ['documents', i, 'name'] }],
        });
      }
    }
  },
});
