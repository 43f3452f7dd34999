import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

const FEE = '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }';
const withDirective = (comment: string) =>
  procedureWith({ [`  - ${FEE}\n`]: `  ${comment}\n  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 500 }\n` });

export default defineRule<{ 'no-reason': { rules: string } }>({
  id: 'suppression/no-reason',
  group: 'suppression',
  severity: 'error',
  docs: {
    summary: { vi: 'Chỉ thị bỏ qua không ghi lý do', en: 'An inline suppression without a reason' },
    description: {
      vi: 'Chỉ thị "# tthc-disable-next-line <quy tắc> -- <lý do>" phải ghi lý do sau "--": người đọc danh mục sau này cần biết vì sao phát hiện được bỏ qua (ví dụ "mức phí theo Nghị quyết HĐND tỉnh số …"). Chỉ thị vẫn có tác dụng, nhưng bị báo lỗi cho đến khi có lý do.',
      en: 'A "# tthc-disable-next-line <rule> -- <reason>" directive must give a reason after "--": later readers of the catalog need to know why the finding is silenced (e.g. "fee set by provincial council resolution no. …"). The directive still silences, but is an error until it has one.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': withDirective('# tthc-disable-next-line legal/suspicious-fee') },
      good: { 'procedures/ho-tich/1.001193.yaml': withDirective('# tthc-disable-next-line legal/suspicious-fee -- mức 500 đồng theo Nghị quyết HĐND tỉnh') },
    },
  },
  messages: {
    'no-reason': {
      vi: (d) => `Chỉ thị bỏ qua ${d.rules} không có lý do; viết "-- <lý do>" sau mã quy tắc`,
      en: (d) => `Suppression of ${d.rules} without a reason; write "-- <reason>" after the rule id`,
    },
  },
  check(ctx) {
    for (const d of ctx.suppression?.directives ?? []) {
      if (d.reason !== undefined) continue;
      ctx.report('no-reason', { data: { rules: d.rules.length === 0 ? '*' : d.rules.join(', ') }, target: { file: d.file, offsets: d.offsets } });
    }
  },
});
