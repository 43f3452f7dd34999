import type { Stats } from '../../catalog/schema/kinds.js';
import type { Target } from '../../catalog/source.js';
import { counted, formatDate } from '../../i18n/locale.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

const implementation = (received: number) => `apiVersion: tthc/v1
kind: Implementation
agency: ubnd-phuong-ham-rong
procedures:
  - code: "1.001193"
    stats:
      period: { from: 2026-01-01, to: 2026-06-30 }
      received: { in_person: ${received}, online: 0 }
      resolved: { on_time: ${received} }
`;

/** The same day one year earlier, as an ISO date. */
function yearBefore(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  return `${String(year).padStart(4, '0')}${iso.slice(4)}`;
}

function receivedTotal(s: Stats): number {
  return (s.received.in_person ?? 0) + (s.received.online ?? 0) + (s.received.postal ?? 0);
}

export default defineRule<{ none: { code: string; periods: number; from: string; to: string } }>({
  id: 'simplify/no-volume',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Không phát sinh hồ sơ trong 12 tháng: ứng viên bãi bỏ', en: 'No dossiers in the last 12 months: a candidate for abolition' },
    description: {
      vi: 'Biểu mẫu rà soát hỏi thủ tục có còn cần thiết không. Thủ tục mà mọi kỳ thống kê đã khảo sát trong 12 tháng trước `as_of` đều không tiếp nhận hồ sơ nào (trực tiếp, trực tuyến, bưu chính) là ứng viên để bãi bỏ hoặc gộp với thủ tục khác. Cần ít nhất một kỳ thống kê trong khoảng đó.',
      en: 'The review form asks whether the procedure is still needed. A procedure that received no dossier (in person, online or by post) in every surveyed period of the 12 months before `as_of` is a candidate for abolition or merging. At least one period in that window is needed.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về sự cần thiết của thủ tục)'],
    examples: {
      bad: { 'implementations/ubnd-phuong-ham-rong.yaml': implementation(0) },
      good: { 'implementations/ubnd-phuong-ham-rong.yaml': implementation(120) },
    },
  },
  messages: {
    none: {
      vi: (d) => `Thủ tục ${d.code} không phát sinh hồ sơ nào trong ${d.periods} kỳ thống kê từ ${formatDate(d.from, 'vi')} đến ${formatDate(d.to, 'vi')}; xem xét bãi bỏ`,
      en: (d) => `Procedure ${d.code} received no dossier in ${counted(d.periods, 'surveyed period')} from ${formatDate(d.from, 'en')} to ${formatDate(d.to, 'en')}; consider abolishing it`,
    },
  },
  check(ctx) {
    const since = yearBefore(ctx.asOf);
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      const periods: { stats: Stats; target: Target }[] = [];
      for (const record of ctx.lookup.implementationsOf.get(p.value.code) ?? []) {
        const s = record.entry.stats;
        if (!s || s.period.to <= since || s.period.from > ctx.asOf) continue;
        periods.push({ stats: s, target: { file: record.implementation.file, path: ['procedures', record.index, 'stats', 'received'] } });
      }
      if (periods.length === 0 || periods.some((x) => receivedTotal(x.stats) > 0)) continue;
      const from = periods.map((x) => x.stats.period.from).sort()[0] ?? since;
      const to = periods.map((x) => x.stats.period.to).sort().at(-1) ?? ctx.asOf;
      ctx.report('none', {
        data: { code: p.value.code, periods: periods.length, from, to },
        target: { file: p.file, path: [] },
        procedure: p.value.code,
        related: periods.map((x) => x.target),
      });
    }
  },
});
