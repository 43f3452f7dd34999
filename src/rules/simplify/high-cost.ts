import { z } from 'zod';
import { catalogCost } from '../../cost/index.js';
import { formatNumber } from '../../i18n/locale.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

const options = z.object({ top_share: z.number().gt(0).max(1).default(0.1).describe('Tỷ lệ thủ tục có chi phí cao nhất được báo') });

export default defineRule<{ high: { code: string; annual: number; rank: number; of: number } }, z.infer<typeof options>>({
  id: 'simplify/high-cost',
  group: 'simplify',
  severity: 'info',
  options,
  docs: {
    summary: { vi: 'Chi phí tuân thủ hằng năm thuộc nhóm 10% cao nhất danh mục', en: 'Annual compliance cost in the top 10% of the catalog' },
    description: {
      vi: 'Chi phí tuân thủ một năm (chi phí một lần thực hiện theo từng cách thức × số hồ sơ một năm, xem `tthc cost <mã>`) thuộc nhóm `top_share` (mặc định 10%) thủ tục cao nhất trong các thủ tục có số lượng hồ sơ (`volume`). Đây là nơi phương án đơn giản hóa đem lại nhiều lợi ích nhất, góp phần đạt chỉ tiêu cắt giảm ít nhất 20% chi phí tuân thủ.',
      en: 'The annual compliance cost (cost of one fulfilment per channel × dossiers a year, see `tthc cost <code>`) is among the top `top_share` (default 10%) of the procedures with a `volume`. Simplifying these brings the most benefit towards the target of cutting compliance costs by at least 20%.',
    },
    legal: ['Nghị quyết 68/NQ-CP ngày 12/5/2020 (cắt giảm ít nhất 20% chi phí tuân thủ)', 'Thông tư 02/2017/TT-VPCP (tính chi phí tuân thủ)'],
    examples: {
      bad: {},
      good: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'volume: { per_year: 1000, online_share: 0.5 }\n': '' }) },
    },
  },
  messages: {
    high: {
      vi: (d) => `Thủ tục ${d.code} có chi phí tuân thủ ${formatNumber(d.annual, 'vi')} đồng/năm, đứng thứ ${d.rank}/${d.of} trong danh mục; ưu tiên đơn giản hóa`,
      en: (d) => `Procedure ${d.code} costs ${formatNumber(d.annual, 'en')} VND a year in compliance, ranked ${d.rank} of ${d.of}; a priority to simplify`,
    },
  },
  check(ctx) {
    const cost = catalogCost(ctx.catalog);
    const ranked = cost.procedures.filter((p) => !p.abolished && p.annual !== null && p.annual > 0).sort((a, b) => (b.annual ?? 0) - (a.annual ?? 0));
    if (ranked.length === 0) return;
    const count = Math.ceil(ranked.length * ctx.options.top_share);
    const threshold = ranked[count - 1]?.annual ?? Infinity;
    ranked.forEach((p, i) => {
      if ((p.annual ?? 0) < threshold) return;
      const located = ctx.lookup.procedure.get(p.code);
      if (!located || located.value.status !== 'active') return;
      ctx.report('high', { data: { code: p.code, annual: p.annual ?? 0, rank: i + 1, of: ranked.length }, target: { file: located.file, path: ['volume', 'per_year'] }, procedure: p.code });
    });
  },
});
