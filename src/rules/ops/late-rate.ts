import { agree, counted, formatNumber } from '../../i18n/locale.js';
import { percent, statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; procedure: string; dossiers: number; late: number; resolved: number; rate: number; on_time_rate: number };

export default defineRule<{ late: Data }>({
  id: 'ops/late-rate',
  group: 'ops',
  severity: 'warning',
  docs: {
    summary: { vi: 'Tỷ lệ hồ sơ trễ hạn vượt chỉ tiêu', en: 'Late results above the on-time target' },
    description: {
      vi: 'Số hồ sơ giải quyết trễ hạn chia cho số hồ sơ đã giải quyết vượt quá 1 − `targets.on_time_rate` trong catalog.yaml (mặc định 0,95, tức quá 5% trễ hạn). Chỉ xét kỳ có từ 20 hồ sơ trở lên (tiếp nhận + kỳ trước chuyển sang).',
      en: 'Late results divided by resolved dossiers exceed 1 − `targets.on_time_rate` of catalog.yaml (default 0.95, i.e. more than 5% late). Only periods with at least 20 dossiers (received + carried over) are considered.',
    },
    legal: ['Quyết định 766/QĐ-TTg năm 2022: chỉ số tiến độ giải quyết (tỷ lệ hồ sơ đúng hạn)', oneStopDecree()],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 70, late: 20 }\napologies: 20\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 86, late: 4 }\napologies: 4\n'),
    },
  },
  messages: {
    late: {
      vi: (d) => `${d.agency}: ${formatNumber(d.late, 'vi')}/${formatNumber(d.resolved, 'vi')} hồ sơ thủ tục ${d.procedure} trễ hạn (${percent(d.rate, 'vi')}), vượt mức cho phép ${percent(1 - d.on_time_rate, 'vi')} (chỉ tiêu đúng hạn ${percent(d.on_time_rate, 'vi')})`,
      en: (d) => `${d.agency}: ${formatNumber(d.late, 'en')} of ${counted(d.resolved, 'dossier')} of procedure ${d.procedure} ${agree(d.late, 'was', 'were')} late (${percent(d.rate, 'en')}), above the ${percent(1 - d.on_time_rate, 'en')} allowed (on-time target ${percent(d.on_time_rate, 'en')})`,
    },
  },
  check(ctx) {
    const target = ctx.config?.targets?.on_time_rate ?? 0.95;
    for (const s of withStats(ctx.lookup)) {
      const { late, resolved } = s.totals;
      if (resolved === 0) continue;
      const rate = late / resolved;
      if (rate <= 1 - target + 1e-9) continue;
      ctx.report('late', { data: { ...s.base, late, resolved, rate: Math.round(rate * 10000) / 10000, on_time_rate: target }, target: s.at('resolved', 'late'), ...s.who });
    }
  },
});
