import { agree, counted } from '../../i18n/locale.js';
import { statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; procedure: string; dossiers: number; rejected: number; online: number };

export default defineRule<{ rejected: Data }>({
  id: 'ops/rejected-without-reason',
  group: 'ops',
  severity: 'error',
  docs: {
    summary: { vi: 'Từ chối hồ sơ trực tuyến không nêu lý do', en: 'Online dossiers rejected without a stated reason' },
    description: {
      vi: '`online_rejected_without_reason` lớn hơn 0: có hồ sơ nộp trực tuyến bị từ chối mà không có Phiếu từ chối nêu rõ lý do. Đây là phản ánh "nộp hồ sơ trên mạng bị từ chối không có lý do". Chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: '`online_rejected_without_reason` is above 0: online dossiers were refused without a written refusal stating the reason — the complaint "online submission rejected without reason". Only periods with at least 20 dossiers are considered.',
    },
    legal: [oneStopDecree('Phiếu từ chối tiếp nhận, giải quyết hồ sơ nêu rõ lý do'), 'Nghị định 45/2020/NĐ-CP, Điều 11 (tiếp nhận hồ sơ điện tử, thông báo lý do không tiếp nhận)'],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 95 }\nreturned: 5\nonline_rejected_without_reason: 3\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 95 }\nreturned: 5\nonline_rejected_without_reason: 0\n'),
    },
  },
  messages: {
    rejected: {
      vi: (d) => `${d.agency}: ${d.rejected} hồ sơ trực tuyến thủ tục ${d.procedure} bị từ chối không nêu lý do`,
      en: (d) => `${d.agency}: ${counted(d.rejected, 'online dossier')} of procedure ${d.procedure} ${agree(d.rejected, 'was', 'were')} rejected without a stated reason`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      const rejected = s.stats.online_rejected_without_reason ?? 0;
      if (rejected <= 0) continue;
      ctx.report('rejected', { data: { ...s.base, rejected, online: s.totals.online }, target: s.at('online_rejected_without_reason'), ...s.who });
    }
  },
});
