import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, aside, householdBookPhrase } from './match.js';

type Data = { code: string; document: string; phrase: string };

/** The matched phrase after the document, unless the document is named by it alone ("Sổ hộ khẩu"). */

export default defineRule<{ household: Data; confirmation: Data }>({
  id: 'simplify/household-book',
  group: 'simplify',
  severity: 'warning',
  docs: {
    summary: { vi: 'Thành phần hồ sơ là hoặc nhắc tới sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú', en: 'A document is or mentions the household book, temporary-residence book or residence confirmation' },
    description: {
      vi: 'Từ ngày 01/01/2023, sổ hộ khẩu và sổ tạm trú bằng giấy không còn giá trị sử dụng (Luật Cư trú, Điều 38 khoản 3): cơ quan giải quyết thủ tục không được yêu cầu nộp hay xuất trình các sổ này mà khai thác thông tin cư trú trong Cơ sở dữ liệu quốc gia về dân cư. Giấy xác nhận thông tin về cư trú thì vẫn hợp pháp, là một trong các cách chứng minh thông tin cư trú (Nghị định 104/2022/NĐ-CP); quy tắc vẫn nêu thành phần hồ sơ này vì cơ quan khai thác được cùng thông tin đó từ Cơ sở dữ liệu quốc gia về dân cư, không cần buộc người dân xin giấy để nộp. Đưa vào phương án: bỏ thành phần hồ sơ (remove_document) hoặc thay bằng khai thác dữ liệu (use_data).',
      en: 'From 1 January 2023 the paper household and temporary-residence books are no longer valid (Law on Residence, Article 38(3)): agencies may not ask for them and look residence up in the national population database instead. A residence confirmation (Giấy xác nhận thông tin về cư trú) remains lawful, one of the ways to prove residence (Decree 104/2022/NĐ-CP); the rule still lists it because the agency can look the same data up in the population database rather than have the applicant fetch the paper. Propose removing the document (remove_document) or using the data (use_data).',
    },
    legal: [
      'Luật Cư trú 68/2020/QH14, Điều 38, khoản 3 (sổ hộ khẩu, sổ tạm trú hết giá trị sử dụng từ 01/01/2023)',
      'Nghị định 104/2022/NĐ-CP (bỏ yêu cầu nộp, xuất trình sổ hộ khẩu, sổ tạm trú; giấy xác nhận thông tin về cư trú là một trong các cách chứng minh thông tin cư trú)',
      'Nghị định 45/2020/NĐ-CP (không yêu cầu thông tin, giấy tờ đã có trong cơ sở dữ liệu)',
    ],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: so-ho-khau, name: Sổ hộ khẩu, action: present }\n' }) },
      good: {},
    },
  },
  messages: {
    household: {
      vi: (d) => `Thủ tục ${d.code} còn yêu cầu "${d.document}"${aside(d.document, d.phrase)}; sổ hộ khẩu, sổ tạm trú bằng giấy không còn giá trị sử dụng từ 01/01/2023, thông tin cư trú khai thác từ CSDL quốc gia về dân cư`,
      en: (d) => `Procedure ${d.code} still asks for "${d.document}"${aside(d.document, d.phrase)}; paper household and temporary-residence books are no longer valid since 2023-01-01, residence is looked up in the population database`,
    },
    confirmation: {
      vi: (d) => `Thủ tục ${d.code} còn yêu cầu "${d.document}"${aside(d.document, d.phrase)}; giấy xác nhận thông tin về cư trú chỉ là một trong các cách chứng minh cư trú, thông tin cư trú khai thác được từ CSDL quốc gia về dân cư, không cần buộc người dân nộp giấy`,
      en: (d) => `Procedure ${d.code} still asks for "${d.document}"${aside(d.document, d.phrase)}; a residence confirmation is only one way to prove residence, which can be looked up in the population database without asking the applicant for the paper`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        const found = householdBookPhrase(doc.name);
        if (found === undefined) return;
        ctx.report(found.book ? 'household' : 'confirmation', {
          data: { code: p.value.code, document: doc.name, phrase: found.phrase },
          target: { file: p.file, path: ['documents', i, 'name'] },
          procedure: p.value.code,
        });
      });
    }
  },
});
