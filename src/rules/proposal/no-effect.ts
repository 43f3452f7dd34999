import { catalogCost, proposalCost, resolveParameters, type CostParameters, type ProcedureCost } from '../../cost/index.js';
import { defineRule } from '../rule.js';
import { proposalFile } from './examples.js';

// Rates used only to compare before and after when catalog.yaml has no `cost:`.
const COMPARISON = resolveParameters({ income_per_hour: { citizen: 1, business: 1 }, source: '' }) as CostParameters;

function sameCost(a: ProcedureCost, b: ProcedureCost): boolean {
  return a.annual === b.annual && a.abolished === b.abolished && a.channels.length === b.channels.length && a.channels.every((c, i) => {
    const other = b.channels[i];
    return other !== undefined && c.perFulfilment === other.perFulfilment && c.channel === other.channel;
  });
}

export default defineRule<{ none: { proposal: string; code: string } }>({
  id: 'proposal/no-effect',
  group: 'proposal',
  severity: 'warning',
  docs: {
    summary: { vi: 'Phương án không làm giảm chi phí tuân thủ', en: 'A proposal that leaves the compliance cost unchanged' },
    description: {
      vi: 'Áp dụng các nội dung của phương án (theo thứ tự) mà chi phí một lần thực hiện ở mọi cách thức và chi phí một năm đều không đổi: phương án không đem lại lợi ích tính được (chỉ rút ngắn thời hạn, kéo dài hiệu lực…) hoặc các nội dung chưa đúng. Lợi ích của phương án phải được lượng hóa bằng chi phí tuân thủ trước và sau.',
      en: 'Applying the proposal\'s changes (in order) leaves every channel\'s cost per fulfilment and the annual cost unchanged: the proposal brings no measurable benefit (it only shortens a time limit, extends a validity…) or its changes are wrong. A proposal\'s benefit must be shown as compliance cost before and after.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Phụ lục II và III (tính chi phí tuân thủ trước và sau đơn giản hóa)', 'Nghị quyết 68/NQ-CP ngày 12/5/2020'],
    examples: {
      bad: proposalFile('  - { action: set_time, channel: in_person, time: { value: 1, unit: working_days } }\n'),
      good: proposalFile('  - { action: remove_document, document: giay-chung-sinh }\n'),
    },
  },
  messages: {
    none: {
      vi: (d) => `Phương án ${d.proposal} không làm thay đổi chi phí tuân thủ của thủ tục ${d.code}`,
      en: (d) => `Proposal ${d.proposal} does not change the compliance cost of procedure ${d.code}`,
    },
  },
  check(ctx) {
    const cost = catalogCost(ctx.catalog);
    for (const located of ctx.catalog.proposals) {
      const p = located.value;
      const procedure = ctx.lookup.procedure.get(p.procedure)?.value;
      if (!procedure) continue;
      const computed = proposalCost(p, procedure, cost.missingParameters ? COMPARISON : cost.parameters);
      if (computed.invalidChanges.length > 0) continue;
      const same = sameCost(computed.before, computed.after);
      if (same) ctx.report('none', { data: { proposal: p.id, code: p.procedure }, target: { file: located.file, path: ['changes'] }, procedure: p.procedure });
    }
  },
});
