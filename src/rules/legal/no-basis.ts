import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

export default defineRule<{ 'no-basis': { code: string } }>({
  id: 'legal/no-basis',
  group: 'legal',
  severity: 'error',
  docs: {
    summary: { vi: 'Thủ tục đang thực hiện không có căn cứ pháp lý', en: 'An active procedure has no legal basis' },
    description: {
      vi: 'Thủ tục hành chính chỉ được quy định trong văn bản quy phạm pháp luật; thủ tục đang thực hiện phải ghi căn cứ pháp lý (`legal_basis`) để kiểm tra được tính hợp pháp và hiệu lực.',
      en: 'Administrative procedures may only be set by legal normative documents; an active procedure must list its legal basis (`legal_basis`) so its lawfulness and validity can be checked.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính, Điều 8', 'Thông tư 02/2017/TT-VPCP, Biểu mẫu rà soát: căn cứ pháp lý'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'legal_basis:\n  - { ref: luat-ho-tich-2014, article: Điều 16 }\n': 'legal_basis: []\n' }) },
      good: {},
    },
  },
  messages: {
    'no-basis': {
      vi: (d) => `Thủ tục ${d.code} đang thực hiện nhưng không có căn cứ pháp lý`,
      en: (d) => `Procedure ${d.code} is active but has no legal basis`,
    },
  },
  check(ctx) {
    for (const p of ctx.catalog.procedures) {
      if (p.value.status !== 'active' || p.value.legal_basis.length > 0) continue;
      const raw = ctx.catalog.sources.get(p.file)?.text ?? '';
      const path = /^legal_basis:/m.test(raw) ? ['legal_basis'] : ['name'];
      ctx.report('no-basis', { data: { code: p.value.code }, target: { file: p.file, path }, procedure: p.value.code });
    }
  },
});
