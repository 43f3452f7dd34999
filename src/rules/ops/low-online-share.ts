import { agree, counted, formatNumber } from '../../i18n/locale.js';
import { percent, statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';

type Data = { agency: string; procedure: string; dossiers: number; online: number; received: number; rate: number };

export const MIN_ONLINE_SHARE = 0.5;

export default defineRule<{ low: Data }>({
  id: 'ops/low-online-share',
  group: 'ops',
  severity: 'info',
  docs: {
    summary: { vi: 'Dưới 50% hồ sơ nộp trực tuyến dù thủ tục có kênh trực tuyến', en: 'Under 50% of dossiers submitted online where an online channel exists' },
    description: {
      vi: 'Số hồ sơ nộp trực tuyến chia cho số hồ sơ tiếp nhận dưới 50%, ở thủ tục có công bố kênh trực tuyến: dịch vụ có nhưng ít được dùng (chưa hướng dẫn, chưa thuận tiện, hoặc cơ quan vẫn khuyến khích nộp giấy). Chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: 'Dossiers submitted online divided by dossiers received is below 50%, for a procedure that publishes an online channel: the service exists but is little used (no guidance, inconvenient, or paper still encouraged). Only periods with at least 20 dossiers are considered.',
    },
    legal: ['Nghị định 42/2022/NĐ-CP (dịch vụ công trực tuyến)', 'Quyết định 766/QĐ-TTg năm 2022: tỷ lệ hồ sơ trực tuyến là một chỉ số đánh giá'],
    examples: {
      bad: statsExample('received: { in_person: 80, online: 20 }\nresolved: { on_time: 100 }\n'),
      good: statsExample('received: { in_person: 40, online: 60 }\nresolved: { on_time: 100 }\n'),
    },
  },
  messages: {
    low: {
      vi: (d) => `${d.agency}: chỉ ${formatNumber(d.online, 'vi')}/${formatNumber(d.received, 'vi')} hồ sơ thủ tục ${d.procedure} nộp trực tuyến (${percent(d.rate, 'vi')}, dưới 50%)`,
      en: (d) => `${d.agency}: only ${formatNumber(d.online, 'en')} of ${counted(d.received, 'dossier')} of procedure ${d.procedure} ${agree(d.online, 'was', 'were')} submitted online (${percent(d.rate, 'en')}, under 50%)`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      if (!s.procedure?.value.channels.some((c) => c.kind === 'online')) continue;
      const { online, received } = s.totals;
      if (received === 0 || online / received >= MIN_ONLINE_SHARE) continue;
      ctx.report('low', { data: { ...s.base, online, received, rate: Math.round((online / received) * 10000) / 10000 }, target: s.at('received', 'online'), ...s.who });
    }
  },
});
