import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

export default defineRule<{ certified: { code: string; document: string } }>({
  id: 'simplify/certified-copy',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Yêu cầu bản sao có chứng thực trong khi bản sao kèm bản chính để đối chiếu là đủ', en: 'A certified copy demanded where a plain copy with the original would do' },
    description: {
      vi: 'Khi nộp trực tiếp, người yêu cầu được chọn nộp bản sao có chứng thực, bản sao cấp từ sổ gốc, hoặc bản sao kèm bản chính để đối chiếu; cơ quan không được bắt buộc bản sao có chứng thực. Quy tắc tìm thành phần hồ sơ có `copy_type: certified` ở thủ tục có cách thức nộp trực tiếp. Đưa vào phương án: relax_copy sang plain_with_original.',
      en: 'When submitting in person, the applicant may give a certified copy, a copy from the master register, or a plain copy shown with the original; the agency may not insist on a certified copy. The rule finds documents with `copy_type: certified` in procedures that can be done in person. Propose relax_copy to plain_with_original.',
    },
    legal: ['Nghị định 23/2015/NĐ-CP, Điều 6, khoản 2'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, originals: 0, copies: 1, copy_type: certified }' }) },
      good: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, originals: 0, copies: 1, copy_type: plain_with_original }' }) },
    },
  },
  messages: {
    certified: {
      vi: (d) => `Thủ tục ${d.code} yêu cầu bản sao có chứng thực "${d.document}"; khi nộp trực tiếp, bản sao kèm bản chính để đối chiếu là đủ (Nghị định 23/2015/NĐ-CP)`,
      en: (d) => `Procedure ${d.code} demands a certified copy of "${d.document}"; in person a plain copy with the original suffices (Decree 23/2015)`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      if (!p.value.channels.some((c) => c.kind === 'in_person')) continue;
      p.value.documents.forEach((doc, i) => {
        if (doc.copy_type !== 'certified') return;
        ctx.report('certified', { data: { code: p.value.code, document: doc.name }, target: { file: p.file, path: ['documents', i, 'copy_type'] }, procedure: p.value.code });
      });
    }
  },
});
