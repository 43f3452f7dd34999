import { defineRule } from '../rule.js';
import { forwardDiagnostics } from './forward.js';

export default defineRule<{
  empty: Record<string, never>;
  'not-a-mapping': Record<string, never>;
  'missing-api-version': { value: string; expected: string };
  'unknown-api-version': { value: string; expected: string };
  'missing-kind': { value: string; kinds: string[] };
  'unknown-kind': { value: string; kinds: string[] };
}>({
  id: 'schema/unknown-kind',
  group: 'schema',
  severity: 'error',
  docs: {
    summary: { vi: 'Thiếu hoặc sai apiVersion/kind', en: 'apiVersion/kind missing or unknown' },
    description: {
      vi: 'Mọi tệp YAML trong thư mục danh mục phải bắt đầu bằng `apiVersion: tthc/v1` và `kind` (Catalog, AgencyList, LegalDocumentList, DataSourceList, Procedure, Implementation, Proposal, SuppressionList). Công cụ nhận biết tệp theo `kind`, không theo thư mục. Tệp rỗng hoặc chỉ có chú thích cũng bị báo.',
      en: 'Every YAML file in the catalog directory starts with `apiVersion: tthc/v1` and a `kind` (Catalog, AgencyList, LegalDocumentList, DataSourceList, Procedure, Implementation, Proposal, SuppressionList). Files are recognised by `kind`, not by folder. Empty or comment-only files are reported too.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.000656.yaml': 'apiVersion: tthc/v1\nkind: Procedur\ncode: "1.000656"\n' },
      good: {},
    },
  },
  messages: {
    empty: { vi: () => 'Tệp rỗng (hoặc chỉ có chú thích); hãy xóa tệp hoặc thêm apiVersion và kind', en: () => 'The file is empty (or only comments); delete it or add apiVersion and kind' },
    'not-a-mapping': { vi: () => 'Nội dung tệp phải là các dòng "khóa: giá trị", bắt đầu bằng apiVersion và kind', en: () => 'The file must be a mapping starting with apiVersion and kind' },
    'missing-api-version': { vi: (d) => `Thiếu "apiVersion: ${d.expected}" ở đầu tệp`, en: (d) => `Missing "apiVersion: ${d.expected}" at the top of the file` },
    'unknown-api-version': { vi: (d) => `apiVersion "${d.value}" không được hỗ trợ; dùng "${d.expected}"`, en: (d) => `apiVersion "${d.value}" is not supported; use "${d.expected}"` },
    'missing-kind': { vi: (d) => `Thiếu "kind"; một trong: ${d.kinds.join(', ')}`, en: (d) => `Missing "kind"; one of: ${d.kinds.join(', ')}` },
    'unknown-kind': { vi: (d) => `kind "${d.value}" không tồn tại; một trong: ${d.kinds.join(', ')}`, en: (d) => `Unknown kind "${d.value}"; one of: ${d.kinds.join(', ')}` },
  },
  check: (ctx) => { forwardDiagnostics('schema/unknown-kind', ctx); },
});
