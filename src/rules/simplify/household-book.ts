import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, householdBookPhrase } from './match.js';

export default defineRule<{ household: { code: string; document: string; phrase: string } }>({
  id: 'simplify/household-book',
  group: 'simplify',
  severity: 'warning',
  docs: {
    summary: { vi: 'Thành phần hồ sơ là hoặc nhắc tới sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú', en: 'A document is or mentions the household book, temporary-residence book or residence confirmation' },
    description: {
      vi: 'Từ ngày 01/01/2023, sổ hộ khẩu và sổ tạm trú bằng giấy không còn giá trị sử dụng; cơ quan giải quyết thủ tục khai thác thông tin cư trú trong Cơ sở dữ liệu quốc gia về dân cư, không được yêu cầu người dân nộp hay xuất trình sổ hộ khẩu, sổ tạm trú hay giấy xác nhận cư trú. Đưa vào phương án: bỏ thành phần hồ sơ (remove_document) hoặc thay bằng khai thác dữ liệu (use_data).',
      en: 'From 1 January 2023 the paper household and temporary-residence books are no longer valid; agencies look residence up in the national population database and may not ask citizens to submit or show the household book, the temporary-residence book or a residence confirmation. Propose removing the document (remove_document) or using the data (use_data).',
    },
    legal: ['Luật Cư trú 68/2020/QH14, Điều 38, khoản 3', 'Nghị định 104/2022/NĐ-CP'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: so-ho-khau, name: Sổ hộ khẩu, action: present }\n' }) },
      good: {},
    },
  },
  messages: {
    household: {
      vi: (d) => `Thủ tục ${d.code} còn yêu cầu "${d.document}" (${d.phrase}); sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú đã bị bãi bỏ từ 01/01/2023, thông tin cư trú khai thác từ CSDL quốc gia về dân cư`,
      en: (d) => `Procedure ${d.code} still asks for "${d.document}" (${d.phrase}); household books and residence confirmations are abolished since 2023-01-01, residence is looked up in the population database`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        const phrase = householdBookPhrase(doc.name);
        if (phrase === undefined) return;
        ctx.report('household', { data: { code: p.value.code, document: doc.name, phrase }, target: { file: p.file, path: ['documents', i, 'name'] }, procedure: p.value.code });
      });
    }
  },
});
