import type { OnlineLevel } from '../../catalog/schema/shapes.js';
import { messages } from '../../i18n/locale.js';
import { lowerFirst, onlineService } from '../../i18n/values.js';
import { agencyName, implementationExample } from './common.js';
import { entryPath, implemented, ONLINE_RANK, publishedOnlineLevel } from './observed.js';
import { defineRule } from '../rule.js';

const OFFERS = messages<Record<OnlineLevel, string>>(
  { none: 'chưa cung cấp dịch vụ công trực tuyến', partial: 'chỉ cung cấp dịch vụ công trực tuyến một phần', full: 'cung cấp dịch vụ công trực tuyến toàn trình' },
  { none: 'offers no online service', partial: 'offers the service only partly online', full: 'offers the service fully online' },
);

export default defineRule<{ lower: { agency: string; published: OnlineLevel; observed: OnlineLevel } }>({
  id: 'consistency/online-level-lower',
  group: 'consistency',
  severity: 'warning',
  docs: {
    summary: { vi: 'Mức độ dịch vụ công trực tuyến thực tế thấp hơn công bố', en: "The agency's online level is below the published one" },
    description: {
      vi: 'Mức độ trực tuyến cơ quan thực tế cung cấp (`online_level`) thấp hơn mức đã công bố, theo thứ tự không (none) < một phần (partial) < toàn trình (full). Khi thủ tục không ghi `online_level`, mức công bố là một phần nếu có kênh trực tuyến, không nếu không có.',
      en: 'The online level the agency actually offers (`online_level`) is below the published one, in the order none < partial < full. When the procedure has no `online_level`, the published level is partial with an online channel, none without.',
    },
    legal: ['Nghị định 42/2022/NĐ-CP, Điều 11 (dịch vụ công trực tuyến toàn trình và một phần)', 'Quyết định 766/QĐ-TTg năm 2022: chỉ số cung cấp dịch vụ trực tuyến'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    online_level: partial\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    online_level: full\n'),
    },
  },
  messages: {
    lower: {
      vi: (d) => `${d.agency} ${OFFERS.vi[d.observed]}, thấp hơn mức đã công bố (${lowerFirst(onlineService(d.published, 'vi'))})`,
      en: (d) => `${d.agency} ${OFFERS.en[d.observed]}, below the published level (${lowerFirst(onlineService(d.published, 'en'))})`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      const observed = record.entry.online_level;
      const published = publishedOnlineLevel(procedure.value);
      if (observed === undefined || ONLINE_RANK[observed] >= ONLINE_RANK[published]) continue;
      ctx.report('lower', {
        data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), published, observed },
        target: { file: record.implementation.file, path: entryPath(record, 'online_level') },
        procedure: procedure.value.code,
        agency: record.implementation.value.agency,
        related: [{ file: procedure.file, path: procedure.value.online_level === undefined ? ['channels'] : ['online_level'] }],
      });
    }
  },
});
