import { isApplicationName } from '../../cost/index.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

export default defineRule<{ form: { code: string; document: string } }>({
  id: 'simplify/no-form',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Đơn, tờ khai, giấy đề nghị không có mẫu quy định', en: 'An application or declaration with no prescribed form' },
    description: {
      vi: 'Đơn, tờ khai phải có mẫu ban hành kèm văn bản quy phạm pháp luật để người dân không phải tự soạn và cơ quan không trả hồ sơ vì "sai mẫu". Quy tắc tìm thành phần hồ sơ có tên bắt đầu bằng Đơn, Tờ khai, Giấy đề nghị, Văn bản đề nghị, Phiếu đề nghị mà không có `form`.',
      en: 'Applications and declarations must come with a form prescribed by a legal text, so applicants need not draft their own and agencies cannot reject a dossier for the "wrong form". The rule finds documents named Đơn, Tờ khai, Giấy đề nghị, Văn bản đề nghị or Phiếu đề nghị without `form`.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về mẫu đơn, tờ khai)', 'Nghị định 63/2010/NĐ-CP, Điều 8, khoản 4'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ id: to-khai, name: Tờ khai đăng ký khai sinh, form: Mẫu TP/HT-2020-KS.1 }': '{ id: to-khai, name: Tờ khai đăng ký khai sinh }' }) },
      good: {},
    },
  },
  messages: {
    form: {
      vi: (d) => `Thủ tục ${d.code}: "${d.document}" chưa có mẫu đơn, tờ khai quy định`,
      en: (d) => `Procedure ${d.code}: "${d.document}" has no prescribed form`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        if (!isApplicationName(doc.name) || (doc.form ?? '').trim() !== '') return;
        ctx.report('form', { data: { code: p.value.code, document: doc.name }, target: { file: p.file, path: ['documents', i, 'name'] }, procedure: p.value.code });
      });
    }
  },
});
