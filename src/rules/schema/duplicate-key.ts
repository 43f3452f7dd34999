import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

export default defineRule<{ 'duplicate-key': { key: string } }>({
  id: 'schema/duplicate-key',
  group: 'schema',
  severity: 'error',
  docs: {
    summary: { vi: 'Một khóa được ghi hai lần trong cùng một nhóm trường', en: 'A mapping repeats a key' },
    description: {
      vi: 'Khi một khóa bị lặp, YAML chỉ giữ một giá trị và âm thầm bỏ giá trị kia — thường là lỗi sao chép. Vị trí là lần xuất hiện thứ hai.',
      en: 'When a key repeats, YAML keeps one value and silently drops the other — usually a copy-paste mistake. The position is the second occurrence.',
    },
    legal: [],
    examples: {
      bad: { 'agencies.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n    name: Sở Tư pháp\n    name: Sở Tư pháp tỉnh\n    level: province\n' },
      good: {},
    },
  },
  messages: {
    'duplicate-key': {
      vi: (d) => `Khóa "${d.key}" được ghi hai lần trong cùng một nhóm trường { khóa: giá trị }; chỉ giữ một`,
      en: (d) => `Key "${d.key}" is repeated in the same mapping`,
    },
  },
  check: (ctx) => { forwardDiagnostics('schema/duplicate-key', ctx); },
});
