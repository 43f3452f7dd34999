import type { ChannelKind } from '../../catalog/schema/shapes.js';
import { byChannel, channelLabel } from '../../i18n/values.js';
import { agencyName, implementationExample } from './common.js';
import { entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';

export default defineRule<{ missing: { agency: string; channel: ChannelKind; published: string; observed: null } }>({
  id: 'consistency/channel-missing',
  group: 'consistency',
  severity: 'warning',
  docs: {
    summary: { vi: 'Cơ quan không cung cấp một cách thức thực hiện đã công bố', en: 'The agency does not offer a published channel' },
    description: {
      vi: '`channels` trong tệp Implementation là danh sách đầy đủ các cách thức cơ quan thực tế cung cấp; một cách thức đã công bố (trực tiếp, trực tuyến, bưu chính) không có trong danh sách là không được cung cấp.',
      en: '`channels` in an Implementation is the full list of channels the agency actually offers; a published channel (in person, online, post) missing from it is not offered.',
    },
    legal: ['Nghị định 45/2020/NĐ-CP (thực hiện TTHC trên môi trường điện tử)', 'Nghị định 42/2022/NĐ-CP (cung cấp dịch vụ công trực tuyến)', 'Quyết định 766/QĐ-TTg năm 2022: chỉ số cung cấp dịch vụ trực tuyến'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    channels:\n      - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }\n      - { kind: online, time: { value: 1, unit: working_days }, fee: 0 }\n'),
    },
  },
  messages: {
    missing: {
      vi: (d) => `${d.agency} không tiếp nhận hồ sơ ${byChannel(d.channel, 'vi')} dù thủ tục đã công bố cách thức này`,
      en: (d) => `${d.agency} does not offer the published ${channelLabel(d.channel, 'en')} channel`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      const observed = record.entry.channels;
      if (!observed) continue;
      procedure.value.channels.forEach((pc, i) => {
        if (observed.some((c) => c.kind === pc.kind)) return;
        ctx.report('missing', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), channel: pc.kind, published: pc.kind, observed: null },
          target: { file: record.implementation.file, path: entryPath(record, 'channels') },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['channels', i] }],
        });
      });
    }
  },
});
