import { defineRule } from '../rule.js';

export default defineRule<{
  unused: { rule: string; origin: 'list' | 'inline' };
  'unknown-rule': { rule: string };
}>({
  id: 'suppression/unused',
  group: 'suppression',
  severity: 'warning',
  docs: {
    summary: { vi: 'Bỏ qua không còn che phát hiện nào', en: 'A suppression that silences nothing' },
    description: {
      vi: 'Một mục trong suppressions.yaml hoặc một chỉ thị "# tthc-disable-next-line" không che phát hiện nào: dữ liệu đã được sửa, hoặc mã quy tắc, mã thủ tục, mã cơ quan viết sai. Mục thừa nên xóa để lần sau lỗi quay lại thì được báo. Chỉ xét các bỏ qua của quy tắc đã chạy trong lệnh này (ví dụ bỏ qua một quy tắc consistency không bị coi là thừa khi chạy "tthc validate").',
      en: 'An entry of suppressions.yaml or a "# tthc-disable-next-line" directive silences no finding: the data was fixed, or the rule id, procedure code or agency id is misspelt. Delete it so that the problem is reported if it comes back. Only suppressions of rules that ran in this command are judged (a suppression of a consistency rule is not unused under "tthc validate").',
    },
    legal: [],
    examples: {
      bad: {
        'suppressions.yaml': 'apiVersion: tthc/v1\nkind: SuppressionList\nsuppressions:\n  - rule: simplify/long-tme\n    procedure: "1.001193"\n    reason: Thời hạn do luật quy định\n    until: 2027-06-30\n',
      },
      good: {},
    },
  },
  messages: {
    unused: {
      vi: (d) => `Bỏ qua quy tắc ${d.rule} không che phát hiện nào; xóa ${d.origin === 'inline' ? 'chỉ thị' : 'mục'} này`,
      en: (d) => `The suppression of ${d.rule} silences nothing; delete this ${d.origin === 'inline' ? 'directive' : 'entry'}`,
    },
    'unknown-rule': {
      vi: (d) => `Không có quy tắc "${d.rule}"; bỏ qua này không có tác dụng (xem "tthc rules")`,
      en: (d) => `There is no rule "${d.rule}"; this suppression has no effect (see "tthc rules")`,
    },
  },
  check(ctx) {
    for (const use of ctx.suppression?.uses ?? []) {
      if (use.expired || use.silenced > 0 || !use.judged) continue;
      if (!use.known) ctx.report('unknown-rule', { data: { rule: use.rule }, target: use.target });
      else ctx.report('unused', { data: { rule: use.rule, origin: use.origin }, target: use.target });
    }
  },
});
