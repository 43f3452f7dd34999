import { defineRule } from '../rule.js';
import { proposalFile } from './examples.js';

const CHANGE = '  - { action: remove_document, document: giay-chung-sinh }\n';

export default defineRule<{ missing: { proposal: string; status: string } }>({
  id: 'proposal/no-amendment',
  group: 'proposal',
  severity: 'warning',
  docs: {
    summary: { vi: 'Phương án đã trình hoặc đã thông qua nhưng chưa có kiến nghị thực thi (văn bản cần sửa)', en: 'A submitted or accepted proposal with no legal text to amend' },
    description: {
      vi: 'Phương án đơn giản hóa phải nêu kiến nghị thực thi: văn bản quy phạm pháp luật, điều khoản cần sửa đổi, bổ sung, bãi bỏ và thời hạn. Phương án ở trạng thái `submitted` hoặc `accepted` mà không có `amend` thì không thể thực thi.',
      en: 'A simplification proposal must state how it will be carried out: the legal text and article to amend and by when. A `submitted` or `accepted` proposal without `amend` cannot be implemented.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP, Điều 9 và Phụ lục (phương án đơn giản hóa, kiến nghị thực thi)'],
    examples: {
      bad: proposalFile(CHANGE, '', 'submitted'),
      good: proposalFile(CHANGE, 'amend:\n  - { ref: luat-ho-tich-2014, article: Điều 16, text: Bỏ Giấy chứng sinh khi đã có dữ liệu, by: 2027-06-30 }\n', 'submitted'),
    },
  },
  messages: {
    missing: {
      vi: (d) => `Phương án ${d.proposal} (${d.status === 'accepted' ? 'đã thông qua' : 'đã trình'}) chưa có kiến nghị thực thi (amend): văn bản, điều khoản cần sửa đổi`,
      en: (d) => `Proposal ${d.proposal} (${d.status}) names no legal text to amend (amend)`,
    },
  },
  check(ctx) {
    for (const located of ctx.catalog.proposals) {
      const p = located.value;
      if (p.status !== 'submitted' && p.status !== 'accepted') continue;
      if ((p.amend ?? []).length > 0) continue;
      ctx.report('missing', { data: { proposal: p.id, status: p.status }, target: { file: located.file, path: ['status'] }, procedure: p.procedure });
    }
  },
});
