import type { Duration } from '../../catalog/schema/shapes.js';
import { formatFee, formatDuration, lowerFirst } from '../../i18n/values.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import { activeProcedures, workingDays } from './match.js';

export default defineRule<{ slower: { code: string; online: Duration; inPerson: Duration }; dearer: { code: string; online: number; inPerson: number } }>({
  id: 'simplify/online-not-cheaper',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Nộp trực tuyến chậm hơn hoặc đắt hơn nộp trực tiếp', en: 'The online channel is slower or dearer than in person' },
    description: {
      vi: 'Dịch vụ công trực tuyến cần có thời hạn giải quyết và mức phí không kém hơn nộp trực tiếp để khuyến khích người dân sử dụng; nhiều địa phương còn giảm phí, lệ phí khi nộp trực tuyến. Quy tắc so sánh thời hạn (quy đổi ra ngày làm việc) và phí của cách thức trực tuyến với trực tiếp. Đưa vào phương án: set_time, set_fee.',
      en: 'An online service should be no slower and no dearer than going in person, to encourage its use; many provinces even lower fees online. The rule compares the online channel\'s time (in working days) and fee with in person. Propose set_time or set_fee.',
    },
    legal: ['Nghị định 42/2022/NĐ-CP', 'Nghị định 45/2020/NĐ-CP'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: online, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: online, time: { value: 3, unit: working_days }, fee: 0 }' }) },
      good: {},
    },
  },
  messages: {
    slower: {
      vi: (d) => `Thủ tục ${d.code}: nộp trực tuyến mất ${formatDuration(d.online, 'vi')}, lâu hơn nộp trực tiếp (${formatDuration(d.inPerson, 'vi')})`,
      en: (d) => `Procedure ${d.code}: online takes ${formatDuration(d.online, 'en')}, longer than in person (${formatDuration(d.inPerson, 'en')})`,
    },
    dearer: {
      vi: (d) => `Thủ tục ${d.code}: phí nộp trực tuyến (${lowerFirst(formatFee(d.online, 'vi'))}) cao hơn nộp trực tiếp (${lowerFirst(formatFee(d.inPerson, 'vi'))})`,
      en: (d) => `Procedure ${d.code}: the online fee (${lowerFirst(formatFee(d.online, 'en'))}) is higher than in person (${lowerFirst(formatFee(d.inPerson, 'en'))})`,
    },
  },
  check(ctx) {
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      const v = p.value;
      const i = v.channels.findIndex((c) => c.kind === 'online');
      const online = v.channels[i];
      const inPerson = v.channels.find((c) => c.kind === 'in_person');
      if (!online || !inPerson) continue;
      if (workingDays(online.time) > workingDays(inPerson.time) + 1e-9) {
        ctx.report('slower', { data: { code: v.code, online: online.time, inPerson: inPerson.time }, target: { file: p.file, path: ['channels', i, 'time'] }, procedure: v.code });
      }
      if (online.fee !== null && inPerson.fee !== null && online.fee > inPerson.fee) {
        ctx.report('dearer', { data: { code: v.code, online: online.fee, inPerson: inPerson.fee }, target: { file: p.file, path: ['channels', i, 'fee'] }, procedure: v.code });
      }
    }
  },
});
