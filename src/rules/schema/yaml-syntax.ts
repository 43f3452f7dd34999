import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

/**
 * The parser words its errors in English, for programmers. The common ones are explained here
 * in the words of someone editing a catalog; the parser's code stays in the message (and its
 * own text in the finding's data) for anything not listed.
 */
const EXPLAINED: readonly [RegExp, string][] = [
  [/^Missing closing "quote/, 'thiếu dấu nháy kép (") đóng chuỗi; dấu nháy mở nằm trước chỗ này, cùng dòng hoặc ở dòng trên'],
  [/^Missing closing 'quote/, "thiếu dấu nháy đơn (') đóng chuỗi; dấu nháy mở nằm trước chỗ này, cùng dòng hoặc ở dòng trên"],
  [/end with a \]/, 'danh sách [ … ] chưa có dấu ] đóng, hoặc dòng sau nó thụt lề chưa đủ'],
  [/end with a \}/, 'cặp ngoặc { … } chưa có dấu } đóng, hoặc dòng sau nó thụt lề chưa đủ'],
  [/^Nested mappings are not allowed in compact mappings/, 'giá trị có dấu hai chấm và dấu cách (": ") phải đặt trong dấu nháy, hoặc dòng dưới thụt lề sai'],
  [/^Implicit keys need to be on a single line/, 'tên trường phải nằm trên một dòng; kiểm tra thụt lề và dấu hai chấm'],
  [/^Implicit map keys need to be followed by map values/, 'dòng thiếu dấu hai chấm sau tên trường (tên: giá trị)'],
  [/^Sequence item without - indicator/, 'mục danh sách thiếu dấu "-" ở đầu, hoặc thụt lề không khớp các mục khác'],
  [/^A block sequence may not be used as an implicit map key/, 'danh sách thụt lề không khớp trường chứa nó'],
  [/^All mapping items must start at the same column/, 'các trường cùng cấp phải bắt đầu ở cùng một cột'],
  [/^All collection items must start at the same column/, 'các mục cùng cấp phải bắt đầu ở cùng một cột'],
];

function explainVi(d: { code: string; detail: string }): string {
  const known = EXPLAINED.find(([pattern]) => pattern.test(d.detail));
  return known === undefined ? `Lỗi cú pháp YAML (${d.code}): ${d.detail}` : `Lỗi cú pháp YAML: ${known[1]} (${d.code})`;
}

export default defineRule<{
  syntax: { code: string; detail: string };
  'alias-limit': { limit: number };
  'alias-undefined': { alias: string };
  'too-deep': { limit: number };
  'tab-indent': Record<string, never>;
}>({
  id: 'schema/yaml-syntax',
  group: 'schema',
  severity: 'error',
  docs: {
    summary: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
    description: {
      vi: 'Tệp không đọc được theo cú pháp YAML (thụt lề sai, thiếu dấu đóng ngoặc, dấu hai chấm trong giá trị không đặt trong nháy…). Vị trí là chỗ trình phân tích phát hiện lỗi. Tệp dùng quá nhiều bí danh (alias) hoặc lồng quá sâu cũng bị từ chối để bảo vệ công cụ.',
      en: 'The file cannot be read as YAML (bad indentation, an unclosed bracket, an unquoted colon in a value…). The position is where the parser noticed. Files with too many alias expansions or nested too deeply are refused to protect the tool.',
    },
    legal: [],
    examples: {
      bad: { 'agencies.yaml': 'apiVersion: tthc/v1\nkind: AgencyList\nagencies:\n  - id: so-tu-phap\n    name: Sở Tư pháp\n   level: province\n' },
      good: {},
    },
  },
  messages: {
    syntax: {
      vi: explainVi,
      en: (d) => `YAML syntax error (${d.code}): ${d.detail}`,
    },
    'alias-limit': {
      vi: (d) => `Tệp dùng quá nhiều bí danh YAML (*tên), giới hạn ${d.limit}; có thể là tệp độc hại ("alias bomb"). Giới hạn đổi được bằng TTHC_MAX_ALIASES`,
      en: (d) => `The file uses YAML aliases (*name) too often, limit ${d.limit}; possibly a hostile "alias bomb". Change the limit with TTHC_MAX_ALIASES`,
    },
    'alias-undefined': {
      vi: (d) => `Bí danh YAML *${d.alias} chưa được định nghĩa: không có neo &${d.alias} nào đứng trước nó trong tệp`,
      en: (d) => `The YAML alias *${d.alias} is undefined: no anchor &${d.alias} comes before it in the file`,
    },
    'too-deep': {
      vi: (d) => `Cấu trúc YAML lồng nhau quá sâu (quá ${d.limit} cấp), không thể đọc an toàn. Giới hạn đổi được bằng TTHC_MAX_DEPTH`,
      en: (d) => `The YAML structure is nested too deeply (over ${d.limit} levels) to read safely. Change the limit with TTHC_MAX_DEPTH`,
    },
    'tab-indent': {
      vi: () => 'Dòng được thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách',
      en: () => 'The line is indented with a tab; YAML allows only spaces for indentation',
    },
  },
  check: (ctx) => { forwardDiagnostics('schema/yaml-syntax', ctx); },
});
