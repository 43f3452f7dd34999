import type { ChannelKind, Duration } from '../../catalog/schema/shapes.js';
import { byChannel, formatDuration } from '../../i18n/values.js';
import { agencyName, implementationExample } from './common.js';
import { entryPath, implemented, publishedChannel, workingDays } from './observed.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; channel: ChannelKind; published: Duration; observed: Duration; published_days: number; observed_days: number };

/** "3 ngày làm việc" or, across units, "7 ngày (5 ngày làm việc)". */
function show(d: Duration, days: number, locale: 'vi' | 'en'): string {
  const text = formatDuration(d, locale);
  if (d.unit === 'working_days') return text;
  const wd = Math.round(days * 10) / 10;
  return `${text} (≈ ${formatDuration({ value: wd, unit: 'working_days' }, locale)})`;
}

export default defineRule<{ longer: Data }>({
  id: 'consistency/time-exceeds',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Thời hạn giải quyết thực tế dài hơn công bố', en: "A channel's time limit longer than published" },
    description: {
      vi: 'Thời hạn của một cách thức thực hiện (trực tiếp, trực tuyến, bưu chính) tại cơ quan dài hơn thời hạn đã công bố cho chính cách thức đó. So sánh theo ngày làm việc: 1 ngày (lịch) = 5/7 ngày làm việc, 8 giờ = 1 ngày làm việc; tháng và năm là đơn vị thời hạn hiệu lực, không so sánh.',
      en: "The time limit of a channel (in person, online, post) at the agency is longer than the one published for that channel. Compared in working days: 1 calendar day = 5/7 working day, 8 hours = 1 working day; months and years are validity units and are not compared.",
    },
    legal: [
      oneStopDecree('trả kết quả đúng thời hạn đã công bố'),
      'Quyết định 766/QĐ-TTg năm 2022: tiến độ giải quyết là một nhóm chỉ số đánh giá',
    ],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 3, unit: working_days }, fee: 0 }\n      - { kind: online, time: { value: 8, unit: hours }, fee: 0 }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 8, unit: hours }, fee: 0 }\n      - { kind: online, time: { value: 1, unit: days }, fee: 0 }\n'),
    },
  },
  messages: {
    longer: {
      vi: (d) => `${d.agency} hẹn trả kết quả (${byChannel(d.channel, 'vi')}) sau ${show(d.observed, d.observed_days, 'vi')}, dài hơn thời hạn công bố ${show(d.published, d.published_days, 'vi')}`,
      en: (d) => `${d.agency} takes ${show(d.observed, d.observed_days, 'en')} (${byChannel(d.channel, 'en')}), longer than the published ${show(d.published, d.published_days, 'en')}`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      (record.entry.channels ?? []).forEach((oc, i) => {
        const pc = publishedChannel(procedure.value, oc.kind);
        if (!pc) return;
        const observed = workingDays(oc.time);
        const published = workingDays(pc.channel.time);
        if (observed === null || published === null || observed <= published + 1e-9) return;
        ctx.report('longer', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), channel: oc.kind, published: pc.channel.time, observed: oc.time, published_days: published, observed_days: observed },
          target: { file: record.implementation.file, path: entryPath(record, 'channels', i, 'time') },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['channels', pc.index, 'time'] }],
        });
      });
    }
  },
});
