import { counted, formatNumber } from '../../i18n/locale.js';
import { statsExample, withStats } from './stats.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Data = { agency: string; procedure: string; dossiers: number; repeated: number; first: number };

export default defineRule<{ repeated: Data }>({
  id: 'ops/repeated-supplement',
  group: 'ops',
  severity: 'error',
  docs: {
    summary: { vi: 'Yêu cầu bổ sung hồ sơ quá một lần', en: 'A dossier asked to be supplemented more than once' },
    description: {
      vi: '`supplement_requests.repeated` lớn hơn 0: có hồ sơ bị yêu cầu bổ sung, hoàn thiện lần thứ hai trở đi. Cán bộ tiếp nhận chỉ được yêu cầu bổ sung một lần, bằng một Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ nêu đầy đủ nội dung cần bổ sung. Chỉ xét kỳ có từ 20 hồ sơ trở lên.',
      en: '`supplement_requests.repeated` is above 0: some dossiers were asked to be supplemented a second time or more. The one-stop desk may ask once, with one written request listing everything missing. Only periods with at least 20 dossiers are considered.',
    },
    legal: [oneStopDecree('yêu cầu bổ sung hồ sơ một lần', 'Điều 5 và 15')],
    examples: {
      bad: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 100 }\nsupplement_requests: { first: 12, repeated: 3 }\n'),
      good: statsExample('received: { in_person: 60, online: 40 }\nresolved: { on_time: 100 }\nsupplement_requests: { first: 12, repeated: 0 }\n'),
    },
  },
  messages: {
    repeated: {
      vi: (d) => `${d.agency}: ${formatNumber(d.repeated, 'vi')} lần yêu cầu bổ sung hồ sơ thủ tục ${d.procedure} từ lần thứ hai trở đi (chỉ được yêu cầu một lần)`,
      en: (d) => `${d.agency}: ${counted(d.repeated, 'repeated request')} to supplement dossiers of procedure ${d.procedure} (only one is allowed)`,
    },
  },
  check(ctx) {
    for (const s of withStats(ctx.lookup)) {
      const repeated = s.stats.supplement_requests?.repeated ?? 0;
      if (repeated <= 0) continue;
      ctx.report('repeated', { data: { ...s.base, repeated, first: s.stats.supplement_requests?.first ?? 0 }, target: s.at('supplement_requests', 'repeated'), ...s.who });
    }
  },
});
