import { formatDate } from '../../i18n/locale.js';
import { defineRule } from '../rule.js';

const LIST = `apiVersion: tthc/v1
kind: SuppressionList
suppressions:
  - rule: legal/suspicious-fee
    procedure: "1.001193"
    reason: Mức phí đang chờ Nghị quyết HĐND tỉnh
    until: UNTIL
`;

export default defineRule<{ expired: { rule: string; until: string; origin: 'list' | 'inline' } }>({
  id: 'suppression/expired',
  group: 'suppression',
  severity: 'warning',
  docs: {
    summary: { vi: 'Bỏ qua đã hết hạn (không còn tác dụng)', en: 'A suppression past its date (it no longer silences)' },
    description: {
      vi: 'Mỗi mục bỏ qua trong suppressions.yaml (và chỉ thị "# tthc-disable-next-line … until YYYY-MM-DD") có hạn "until". Sau ngày đó (so với as_of của danh mục, mặc định hôm nay), phát hiện lại hiện ra và mục bỏ qua bị báo để người sửa danh mục xem lại: sửa dữ liệu, gia hạn có lý do, hoặc xóa mục.',
      en: 'Every entry of suppressions.yaml (and "# tthc-disable-next-line … until YYYY-MM-DD" directives) has an "until" date. After it (against the catalog\'s as_of, default today) the finding shows again and the entry is reported so that editors revisit it: fix the data, extend it with a reason, or delete it.',
    },
    legal: [],
    examples: {
      bad: {
        'suppressions.yaml': LIST.replace('UNTIL', '2026-06-30'),
      },
      good: { 'suppressions.yaml': LIST.replace('UNTIL', '2027-06-30') },
    },
  },
  messages: {
    expired: {
      vi: (d) => `Bỏ qua quy tắc ${d.rule} đã hết hạn ngày ${formatDate(d.until, 'vi')}; phát hiện lại được báo. Sửa dữ liệu, hoặc gia hạn kèm lý do`,
      en: (d) => `The suppression of ${d.rule} expired on ${formatDate(d.until, 'en')}; its findings show again. Fix the data, or extend it with a reason`,
    },
  },
  check(ctx) {
    for (const use of ctx.suppression?.uses ?? []) {
      if (!use.expired || use.until === undefined) continue;
      ctx.report('expired', { data: { rule: use.rule, until: use.until, origin: use.origin }, target: use.target });
    }
  },
});
