import { agree, counted, formatNumber } from '../../i18n/locale.js';
import { percent, statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; procedure: string; dossiers: number; returned: number; received: number; rate: number };

export const MAX_RETURNED = 0.1;

export default defineRule<{ returned: Data }>({
  id: 'ops/returned-rate',
  group: 'ops',
  severity: 'warning',
  docs: {
    summary: { vi: 'Tỷ lệ hồ sơ bị trả lại, từ chối trên 10%', en: 'More than 10% of dossiers returned or refused' },
    description: {
      vi: 'Số hồ sơ trả lại, từ chối (`returned`) chia cho số hồ sơ tiếp nhận (mọi kênh) trên 10%: thường do hướng dẫn không rõ hoặc yêu cầu khác thủ tục đã công bố. Chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: 'Returned or refused dossiers (`returned`) divided by dossiers received (all channels) exceed 10%: usually unclear guidance or requirements that differ from the published procedure. Only periods with at least 20 dossiers are considered.',
    },
    legal: [oneStopDecree('hướng dẫn đầy đủ, một lần'), 'Quyết định 766/QĐ-TTg năm 2022 (chỉ số tiến độ, mức độ hài lòng)'],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 80 }\nreturned: 20\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 95 }\nreturned: 5\n'),
    },
  },
  messages: {
    returned: {
      vi: (d) => `${d.agency}: ${formatNumber(d.returned, 'vi')}/${formatNumber(d.received, 'vi')} hồ sơ thủ tục ${d.procedure} bị trả lại, từ chối (${percent(d.rate, 'vi')}, trên 10%)`,
      en: (d) => `${d.agency}: ${formatNumber(d.returned, 'en')} of ${counted(d.received, 'dossier')} of procedure ${d.procedure} ${agree(d.returned, 'was', 'were')} returned or refused (${percent(d.rate, 'en')}, above 10%)`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      const { returned, received } = s.totals;
      if (received === 0 || returned / received <= MAX_RETURNED) continue;
      ctx.report('returned', { data: { ...s.base, returned, received, rate: Math.round((returned / received) * 10000) / 10000 }, target: s.at('returned'), ...s.who });
    }
  },
});
