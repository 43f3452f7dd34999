import { statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';

type Identity = { agency: string; procedure: string; dossiers: number; received: number; carried_over: number; resolved: number; pending: number; returned: number; inflow: number; outflow: number };
type Excess = Omit<Identity, 'pending'>;

export default defineRule<{ identity: Identity; excess: Excess }>({
  id: 'ops/inconsistent-stats',
  group: 'ops',
  severity: 'error',
  docs: {
    summary: { vi: 'Số liệu giải quyết hồ sơ không khớp', en: 'Dossier counts break the reporting identity' },
    description: {
      vi: 'Số liệu phải thỏa: tiếp nhận (mọi kênh) + kỳ trước chuyển sang = đã giải quyết (trước hạn + đúng hạn + trễ hạn) + đang giải quyết (trong hạn + quá hạn) + trả lại. Khi không ghi `pending`, đã giải quyết + trả lại không được vượt tiếp nhận + kỳ trước chuyển sang. Chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: 'The counts must satisfy: received (all channels) + carried over = resolved (early + on time + late) + pending (in time + overdue) + returned. Without `pending`, resolved + returned may not exceed received + carried over. Only periods with at least 20 dossiers are considered.',
    },
    legal: ['Thông tư 01/2020/TT-VPCP (chế độ báo cáo tình hình, kết quả thực hiện kiểm soát TTHC, một cửa) — cần đối chiếu văn bản hiện hành', 'Quyết định 766/QĐ-TTg năm 2022 (số liệu làm cơ sở đánh giá chỉ số)'],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 90 }\npending: { in_time: 2 }\nreturned: 3\ncarried_over: 2\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 97 }\npending: { in_time: 2 }\nreturned: 3\ncarried_over: 2\n'),
    },
  },
  messages: {
    identity: {
      vi: (d) => `${d.agency}, thủ tục ${d.procedure}: tiếp nhận ${d.received} + kỳ trước chuyển sang ${d.carried_over} = ${d.inflow}, nhưng đã giải quyết ${d.resolved} + đang giải quyết ${d.pending} + trả lại ${d.returned} = ${d.outflow}`,
      en: (d) => `${d.agency}, procedure ${d.procedure}: received ${d.received} + carried over ${d.carried_over} = ${d.inflow}, but resolved ${d.resolved} + pending ${d.pending} + returned ${d.returned} = ${d.outflow}`,
    },
    excess: {
      vi: (d) => `${d.agency}, thủ tục ${d.procedure}: đã giải quyết ${d.resolved} + trả lại ${d.returned} = ${d.outflow}, nhiều hơn tiếp nhận ${d.received} + kỳ trước chuyển sang ${d.carried_over} = ${d.inflow}`,
      en: (d) => `${d.agency}, procedure ${d.procedure}: resolved ${d.resolved} + returned ${d.returned} = ${d.outflow}, more than received ${d.received} + carried over ${d.carried_over} = ${d.inflow}`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      const t = s.totals;
      const inflow = t.received + t.carried;
      const common = { ...s.base, received: t.received, carried_over: t.carried, resolved: t.resolved, returned: t.returned, inflow };
      if (t.pending === null) {
        const outflow = t.resolved + t.returned;
        if (outflow > inflow) ctx.report('excess', { data: { ...common, outflow }, target: s.at(), ...s.who });
        continue;
      }
      const outflow = t.resolved + t.pending + t.returned;
      if (outflow !== inflow) ctx.report('identity', { data: { ...common, pending: t.pending, outflow }, target: s.at(), ...s.who });
    }
  },
});
