import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, vagueness } from './match.js';

export default defineRule<{ vague: { code: string; document: string } }>({
  id: 'simplify/vague-document',
  group: 'simplify',
  severity: 'warning',
  docs: {
    summary: { vi: 'Thành phần hồ sơ chung chung ("giấy tờ khác có liên quan", "… (nếu có)" không rõ trường hợp)', en: 'A catch-all document ("other related papers", "… (if any)" with no condition)' },
    description: {
      vi: 'Thành phần hồ sơ phải được quy định cụ thể để người dân biết cần chuẩn bị gì và cán bộ không yêu cầu thêm giấy tờ ngoài quy định. "Giấy tờ khác có liên quan", "các giấy tờ khác theo quy định", hay "… (nếu có)" mà không ghi rõ trường hợp (`case`) là kẽ hở để đòi thêm giấy tờ.',
      en: 'Documents must be specific so applicants know what to bring and officials cannot ask for more than the list. "Other related papers", "other papers as regulated", or "… (if any)" without a stated case (`case`) leave room to demand more.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP, Điều 8 (yêu cầu về thành phần hồ sơ), sửa đổi bởi Nghị định 48/2013/NĐ-CP', 'Thông tư 02/2017/TT-VPCP, Phụ lục I'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: khac, name: Các giấy tờ khác có liên quan }\n' }) },
      good: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: uy-quyen, name: Văn bản ủy quyền (nếu có), case: Trường hợp ủy quyền }\n' }) },
    },
  },
  messages: {
    vague: {
      vi: (d) => `Thủ tục ${d.code} có thành phần hồ sơ chung chung "${d.document}"; ghi rõ giấy tờ cụ thể hoặc trường hợp phải nộp`,
      en: (d) => `Procedure ${d.code} has a catch-all document "${d.document}"; name the paper or the case in which it is needed`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        if (vagueness(doc) === undefined) return;
        ctx.report('vague', { data: { code: p.value.code, document: doc.name }, target: { file: p.file, path: ['documents', i, 'name'] }, procedure: p.value.code });
      });
    }
  },
});
