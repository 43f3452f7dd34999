import type { Duration } from '../../catalog/schema/shapes.js';
import { formatDuration } from '../../i18n/values.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, months } from './match.js';

export default defineRule<{ short: { code: string; result: string; validity: Duration } }>({
  id: 'simplify/short-validity',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Kết quả có thời hạn hiệu lực dưới 12 tháng', en: 'A result valid for less than 12 months' },
    description: {
      vi: 'Biểu mẫu rà soát hỏi thời hạn hiệu lực của kết quả có hợp lý không, có thể kéo dài hoặc không thời hạn không. Kết quả hết hạn sớm buộc người dân làm lại thủ tục nhiều lần. Đưa vào phương án: extend_validity.',
      en: 'The review form asks whether the result\'s validity period is reasonable and could be longer or unlimited. A result that expires soon makes people repeat the procedure. Propose extend_validity.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về kết quả thực hiện)'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'validity: unlimited': 'validity: { value: 6, unit: months }' }) },
      good: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'validity: unlimited': 'validity: { value: 1, unit: years }' }) },
    },
  },
  messages: {
    short: {
      vi: (d) => `Thủ tục ${d.code}: "${d.result}" chỉ có hiệu lực ${formatDuration(d.validity, 'vi')}`,
      en: (d) => `Procedure ${d.code}: "${d.result}" is valid for only ${formatDuration(d.validity, 'en')}`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      (p.value.results ?? []).forEach((r, i) => {
        const v = r.validity;
        if (v === undefined || v === 'unlimited' || months(v) >= 12 - 1e-9) return;
        ctx.report('short', { data: { code: p.value.code, result: r.name, validity: v }, target: { file: p.file, path: ['results', i, 'validity'] }, procedure: p.value.code });
      });
    }
  },
});
