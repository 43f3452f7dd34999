import { counted } from '../../i18n/locale.js';
import { statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; procedure: string; dossiers: number; late: number; apologies: number; missing: number };

export default defineRule<{ apology: Data }>({
  id: 'ops/late-without-apology',
  group: 'ops',
  severity: 'error',
  docs: {
    summary: { vi: 'Hồ sơ trễ hạn không có phiếu xin lỗi', en: 'Fewer written apologies than late results' },
    description: {
      vi: 'Số Phiếu xin lỗi và hẹn lại ngày trả kết quả (`apologies`) ít hơn số hồ sơ giải quyết trễ hạn. Mỗi hồ sơ trễ hạn phải có văn bản xin lỗi nêu rõ lý do và thời hạn trả kết quả mới. Kỳ không ghi `apologies` không được xét; chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: 'There are fewer written apologies with a new date (`apologies`) than late results. Every late dossier needs a written apology giving the reason and a new date. Periods that do not record `apologies` are not judged; only periods with at least 20 dossiers are considered.',
    },
    legal: [oneStopDecree('Phiếu xin lỗi và hẹn lại ngày trả kết quả', 'Điều 19 khoản 2'), 'Thông tư 01/2018/TT-VPCP (mẫu phiếu)'],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 86, late: 4 }\napologies: 1\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { early: 10, on_time: 86, late: 4 }\napologies: 4\n'),
    },
  },
  messages: {
    apology: {
      vi: (d) => `${d.agency}: ${d.late} hồ sơ thủ tục ${d.procedure} trễ hạn nhưng chỉ có ${d.apologies} phiếu xin lỗi (thiếu ${d.missing})`,
      en: (d) => `${d.agency}: ${counted(d.late, 'late dossier')} of procedure ${d.procedure} but only ${counted(d.apologies, 'written apology', 'written apologies')} (${d.missing} missing)`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      const apologies = s.stats.apologies;
      const late = s.totals.late;
      if (apologies === undefined || apologies >= late) continue;
      ctx.report('apology', { data: { ...s.base, late, apologies, missing: late - apologies }, target: s.at('apologies'), ...s.who, related: [s.at('resolved', 'late')] });
    }
  },
});
