import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

export default defineRule<{ 'not-nfc': { count: number } }>({
  id: 'schema/not-nfc',
  group: 'schema',
  severity: 'warning',
  docs: {
    summary: { vi: 'Văn bản không ở dạng chuẩn Unicode NFC', en: 'Text is not in Unicode NFC' },
    description: {
      vi: 'Cùng một chữ tiếng Việt có thể được lưu ở dạng dựng sẵn (NFC) hoặc tổ hợp (NFD, thường gặp khi sao chép từ macOS, PDF). Hai dạng trông giống nhau nhưng khác nhau khi tìm kiếm, sắp xếp và so sánh. Công cụ so sánh sau khi chuẩn hóa, nhưng tệp nên được lưu ở NFC: "tthc fmt" sửa tự động.',
      en: 'The same Vietnamese letter can be stored precomposed (NFC) or decomposed (NFD, common when copying from macOS or PDF). They look alike but differ in search, sorting and comparison. The tool compares after normalising, but files should be NFC: "tthc fmt" fixes them.',
    },
    legal: [],
    examples: {
      bad: { 'agencies.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n    name: ' + 'Sở Tư pháp'.normalize('NFD') + '\n    level: province\n' },
      good: {},
    },
  },
  messages: {
    'not-nfc': {
      vi: (d) => `Văn bản không ở dạng Unicode NFC${d.count > 1 ? ` (${d.count} chỗ trong tệp, đây là chỗ đầu tiên)` : ''}; chạy "tthc fmt" để chuẩn hóa`,
      en: (d) => `Text is not in Unicode NFC${d.count > 1 ? ` (${d.count} places in the file, this is the first)` : ''}; run "tthc fmt" to normalise`,
    },
  },
  check: (ctx) => { forwardDiagnostics('schema/not-nfc', ctx); },
});
