import { z } from 'zod';
import { counted } from '../../i18n/locale.js';
import { fold } from '../../text/fold.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

const options = z.object({ max_documents: z.number().int().min(0).default(6).describe('Số thành phần hồ sơ tối đa trong một trường hợp') });

export default defineRule<{ many: { code: string; count: number; max: number; case: string | null } }, z.infer<typeof options>>({
  id: 'simplify/many-documents',
  group: 'simplify',
  severity: 'info',
  options,
  docs: {
    summary: { vi: 'Quá nhiều thành phần hồ sơ trong một trường hợp', en: 'Too many documents in one case' },
    description: {
      vi: 'Biểu mẫu rà soát hỏi từng thành phần hồ sơ có cần thiết không. Quy tắc đếm thành phần hồ sơ bắt buộc của mỗi trường hợp (thành phần chung cộng thành phần riêng của trường hợp) và báo khi vượt `max_documents` (mặc định 6).',
      en: 'The review form asks whether each document is necessary. The rule counts the required documents of each case (the common ones plus the case\'s own) and reports when there are more than `max_documents` (default 6).',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về thành phần hồ sơ)'],
    examples: {
      bad: {
        'procedures/ho-tich/1.001193.yaml': procedureWith({
          '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n' + ['Giấy tờ A', 'Giấy tờ B', 'Giấy tờ C', 'Giấy tờ D', 'Giấy tờ E'].map((n, i) => `  - { id: giay-${i}, name: ${n} }\n`).join(''),
        }),
      },
      good: {},
    },
  },
  messages: {
    many: {
      vi: (d) => `Thủ tục ${d.code} yêu cầu ${d.count} thành phần hồ sơ${d.case ? ` (${d.case})` : ''}, nhiều hơn ${d.max}; rà soát thành phần nào không cần thiết`,
      en: (d) => `Procedure ${d.code} asks for ${counted(d.count, 'document')}${d.case ? ` (${d.case})` : ''}, more than ${d.max}; review which are unnecessary`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      const required = p.value.documents.filter((d) => !d.optional);
      const base = required.filter((d) => !d.case);
      const cases = new Map<string, { name: string; count: number }>();
      for (const d of required) {
        if (!d.case) continue;
        const key = fold(d.case);
        const c = cases.get(key) ?? { name: d.case, count: base.length };
        c.count++;
        cases.set(key, c);
      }
      let worst: { name: string | null; count: number } = { name: null, count: base.length };
      for (const c of cases.values()) if (c.count > worst.count) worst = c;
      if (worst.count > ctx.options.max_documents) {
        ctx.report('many', { data: { code: p.value.code, count: worst.count, max: ctx.options.max_documents, case: worst.name }, target: { file: p.file, path: ['documents'] }, procedure: p.value.code });
      }
    }
  },
});
