import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, aside, dataFor } from './match.js';

/**
 * The evidence kind after the document, unless the document bears its name. Kinds are named
 * freely in datasources.yaml ("Thông tin về cư trú", "Giấy khai sinh"), so no word is put before it.
 */

export default defineRule<{ data: { code: string; document: string; evidence: string; source: string } }>({
  id: 'simplify/data-available',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Giấy tờ mà cơ sở dữ liệu đã có thông tin: khai thác dữ liệu thay cho bản giấy', en: 'A document whose data a database already holds: use the data, not the paper' },
    description: {
      vi: 'Cơ quan giải quyết thủ tục không được yêu cầu cá nhân, tổ chức cung cấp thông tin, giấy tờ đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành hoặc đã được số hóa. Quy tắc này tìm thành phần hồ sơ có `evidence` (hoặc có tên trùng với một loại giấy tờ trong datasources.yaml, kể cả tên gọi khác) mà một cơ sở dữ liệu phục vụ được. Giấy tờ của người nước ngoài (tên giấy tờ ghi "người nước ngoài", hoặc thủ tục chỉ dành cho người nước ngoài) không được coi là có trong Cơ sở dữ liệu quốc gia về dân cư, vì cơ sở dữ liệu này chỉ có thông tin của công dân Việt Nam. Đưa vào phương án: use_data.',
      en: 'Agencies may not ask people or organisations for information or documents already held in national or sector databases or already digitised. This rule finds documents with an `evidence` (or whose name matches an evidence kind of datasources.yaml, aliases included) that a database serves. A foreigner\'s document (its name says "người nước ngoài", or the procedure is for foreigners only) is not taken as held by the national population database, which holds Vietnamese citizens only. Propose use_data.',
    },
    legal: ['Nghị định 45/2020/NĐ-CP, Điều 11 và Điều 13', 'Nghị quyết 66.7/2025/NQ-CP'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: cccd, name: Căn cước công dân của người đi đăng ký, action: present }\n' }) },
      good: {},
    },
  },
  messages: {
    data: {
      vi: (d) => `Thủ tục ${d.code}: "${d.document}"${aside(d.document, d.evidence)} đã có trong ${d.source}; đề xuất khai thác dữ liệu thay cho yêu cầu giấy tờ`,
      en: (d) => `Procedure ${d.code}: the data of "${d.document}"${aside(d.document, d.evidence)} is held in ${d.source}; propose using the data instead of the paper`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        const found = dataFor(doc, p.value, ctx.lookup);
        if (!found) return;
        const { evidence, source } = found;
        ctx.report('data', {
          data: { code: p.value.code, document: doc.name, evidence: evidence.value.name, source: source.value.name },
          target: { file: p.file, path: ['documents', i] },
          procedure: p.value.code,
          related: [{ file: evidence.file, path: evidence.path }],
        });
      });
    }
  },
});
