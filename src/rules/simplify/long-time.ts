import { z } from 'zod';
import type { Duration } from '../../catalog/schema/shapes.js';
import { formatNumber, type Locale } from '../../i18n/locale.js';
import { formatDuration } from '../../i18n/values.js';
import { fold } from '../../text/fold.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, workingDays } from './match.js';

const options = z.object({
  max_working_days: z.number().min(0).default(15).describe('Thời hạn tối đa (ngày làm việc)'),
  sector_factor: z.number().min(1).default(1.5).describe('Bội số của trung vị lĩnh vực'),
});

type Data = { code: string; time: Duration; days: number; limit: number };

export default defineRule<{ limit: Data; sector: Data & { sector: string; median: number } }, z.infer<typeof options>>({
  id: 'simplify/long-time',
  group: 'simplify',
  severity: 'info',
  options,
  docs: {
    summary: { vi: 'Thời hạn giải quyết dài (quá ngưỡng, hoặc quá 1,5 lần trung vị của lĩnh vực)', en: 'A long time limit (above the threshold, or 1.5× the median of its sector)' },
    description: {
      vi: 'Biểu mẫu rà soát hỏi thời hạn giải quyết có hợp lý không, có thể rút ngắn không. Quy tắc báo thời hạn dài nhất của một thủ tục khi vượt `max_working_days` (mặc định 15 ngày làm việc) hoặc vượt `sector_factor` (mặc định 1,5) lần trung vị thời hạn các thủ tục cùng lĩnh vực (khi lĩnh vực có từ 3 thủ tục). Quy đổi: 1 ngày = 5/7 ngày làm việc, 8 giờ = 1 ngày làm việc. Đặt trong catalog.yaml: `rules: { simplify/long-time: { max_working_days: 10 } }`.',
      en: 'The review form asks whether the time limit is reasonable and could be shorter. The rule reports a procedure\'s longest time limit when it exceeds `max_working_days` (default 15 working days) or `sector_factor` (default 1.5) times the median of its sector (sectors with at least 3 procedures). 1 day = 5/7 working day, 8 hours = 1 working day. Set in catalog.yaml: `rules: { simplify/long-time: { max_working_days: 10 } }`.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục I (câu hỏi về thời hạn giải quyết)'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 20, unit: working_days }, fee: 0 }' }) },
      good: {},
    },
  },
  messages: {
    limit: {
      vi: (d) => `Thủ tục ${d.code} có thời hạn ${formatDuration(d.time, 'vi')}${d.time.unit === 'working_days' ? '' : ` (≈ ${workingDaysText(d.days, 'vi')})`}, quá ${workingDaysText(d.limit, 'vi')}`,
      en: (d) => `Procedure ${d.code} takes ${formatDuration(d.time, 'en')}${d.time.unit === 'working_days' ? '' : ` (≈ ${workingDaysText(d.days, 'en')})`}, more than ${workingDaysText(d.limit, 'en')}`,
    },
    sector: {
      vi: (d) => `Thủ tục ${d.code} có thời hạn ${formatDuration(d.time, 'vi')}, quá ${formatNumber(d.limit, 'vi')} lần trung vị của lĩnh vực ${d.sector} (${workingDaysText(d.median, 'vi')})`,
      en: (d) => `Procedure ${d.code} takes ${formatDuration(d.time, 'en')}, more than ${d.limit}× the median of sector ${d.sector} (${workingDaysText(d.median, 'en')})`,
    },
  },
  check(ctx) {
    const procedures = activeProcedures(ctx.catalog.procedures);
    const longest = (i: number) => {
      const p = procedures[i];
      if (!p) return undefined;
      let best = -1;
      p.value.channels.forEach((c, k) => {
        const b = p.value.channels[best];
        if (b === undefined || workingDays(c.time) > workingDays(b.time)) best = k;
      });
      const channel = p.value.channels[best];
      return channel ? { index: best, time: channel.time, days: workingDays(channel.time) } : undefined;
    };
    const bySector = new Map<string, number[]>();
    procedures.forEach((p, i) => {
      const l = longest(i);
      if (l) bySector.set(fold(p.value.sector), [...(bySector.get(fold(p.value.sector)) ?? []), l.days]);
    });
    procedures.forEach((p, i) => {
      const l = longest(i);
      if (!l) return;
      const v = p.value;
      const target = { file: p.file, path: ['channels', l.index, 'time'] };
      const base = { code: v.code, time: l.time, days: l.days };
      if (l.days > ctx.options.max_working_days + 1e-9) {
        ctx.report('limit', { data: { ...base, limit: ctx.options.max_working_days }, target, procedure: v.code });
        return;
      }
      const sector = bySector.get(fold(v.sector)) ?? [];
      if (sector.length < 3) return;
      const m = median(sector);
      if (m > 0 && l.days > ctx.options.sector_factor * m + 1e-9) {
        ctx.report('sector', { data: { ...base, limit: ctx.options.sector_factor, sector: v.sector, median: m }, target, procedure: v.code });
      }
    });
  },
});

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** A count of working days to one decimal, as people read it: "≈ 4,3 ngày làm việc". */
function workingDaysText(n: number, locale: Locale): string {
  return formatDuration({ value: Math.round(n * 10) / 10, unit: 'working_days' }, locale);
}
