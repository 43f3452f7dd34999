import type { ChannelKind } from '../../catalog/schema/shapes.js';
import { byChannel, formatFee } from '../../i18n/values.js';
import { agencyName, implementationExample } from './common.js';
import { entryPath, implemented, publishedChannel } from './observed.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; channel: ChannelKind; published: number; observed: number };

export default defineRule<{ higher: Data; charged: Data }>({
  id: 'consistency/fee-exceeds',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Thu phí, lệ phí cao hơn công bố hoặc thu khi thủ tục không thu', en: "A channel's fee higher than published, or a fee where none is charged" },
    description: {
      vi: 'Mức phí, lệ phí cơ quan thực thu cho một cách thức thực hiện cao hơn mức đã công bố, hoặc có thu trong khi thủ tục công bố không thu (0 đồng). Khi thủ tục ghi `fee: null` (mức thu do văn bản khác quy định, ví dụ Nghị quyết của HĐND tỉnh) thì không có căn cứ để so sánh và quy tắc không kết luận.',
      en: 'The fee the agency actually charges for a channel is higher than published, or it charges where the procedure is free (0 VND). When the procedure says `fee: null` (set by another text, e.g. a resolution of the provincial council) there is nothing to compare with and the rule does not conclude.',
    },
    legal: ['Luật Phí và lệ phí 97/2015/QH13 (chỉ thu theo mức do cơ quan có thẩm quyền quy định)', oneStopDecree('không thu thêm chi phí ngoài quy định')],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 8000 }\n      - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n      - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n'),
    },
  },
  messages: {
    higher: {
      vi: (d) => `${d.agency} thu ${formatFee(d.observed, 'vi')} (${byChannel(d.channel, 'vi')}), cao hơn mức công bố ${formatFee(d.published, 'vi')}`,
      en: (d) => `${d.agency} charges ${formatFee(d.observed, 'en')} (${byChannel(d.channel, 'en')}), more than the published ${formatFee(d.published, 'en')}`,
    },
    charged: {
      vi: (d) => `${d.agency} thu ${formatFee(d.observed, 'vi')} (${byChannel(d.channel, 'vi')}) trong khi thủ tục công bố không thu phí, lệ phí`,
      en: (d) => `${d.agency} charges ${formatFee(d.observed, 'en')} (${byChannel(d.channel, 'en')}) where the published procedure is free`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      (record.entry.channels ?? []).forEach((oc, i) => {
        const pc = publishedChannel(procedure.value, oc.kind);
        const published = pc?.channel.fee;
        // null: set elsewhere, not comparable here; an unknown observed fee accuses no one.
        if (!pc || published === null || published === undefined || oc.fee === null || oc.fee <= published) return;
        ctx.report(published === 0 ? 'charged' : 'higher', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), channel: oc.kind, published, observed: oc.fee },
          target: { file: record.implementation.file, path: entryPath(record, 'channels', i, 'fee') },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['channels', pc.index, 'fee'] }],
        });
      });
    }
  },
});
