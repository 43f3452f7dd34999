import { defineRule } from '../rule.js';

export default defineRule<{ missing: Record<string, never>; 'not-root': { file: string } }>({
  id: 'ref/missing-catalog',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Không có catalog.yaml ở thư mục gốc', en: 'No catalog.yaml at the root' },
    description: {
      vi: 'Mỗi danh mục có đúng một tệp `catalog.yaml` (kind: Catalog) ở thư mục gốc: tên địa phương, ngày xét hiệu lực, cấp đã bãi bỏ, tham số chi phí và chỉ tiêu. Thiếu tệp này, các quy tắc dùng giá trị mặc định và báo cáo không có tiêu đề cơ quan.',
      en: 'Each catalog has exactly one `catalog.yaml` (kind: Catalog) at its root: the jurisdiction, the "as of" date, abolished levels, cost parameters and targets. Without it, rules use defaults and reports lack the issuing body.',
    },
    legal: [],
    examples: { bad: { 'catalog.yaml': null }, good: {} },
  },
  messages: {
    missing: {
      vi: () => 'Không có tệp catalog.yaml (kind: Catalog) ở thư mục gốc của danh mục; chạy "tthc init" để tạo',
      en: () => 'No catalog.yaml (kind: Catalog) at the catalog root; "tthc init" creates one',
    },
    'not-root': {
      vi: (d) => `Tệp Catalog phải nằm ở thư mục gốc với tên catalog.yaml, không phải ${d.file}`,
      en: (d) => `The Catalog file belongs at the root as catalog.yaml, not ${d.file}`,
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const f of catalog.files) {
      if (f.kind === 'Catalog' && f.file !== 'catalog.yaml' && f.file !== 'catalog.yml') {
        ctx.report('not-root', { data: { file: f.file }, target: { file: f.file, path: ['kind'] } });
      }
    }
    // A root catalog.yaml of another kind (an agency list saved under the wrong name) is no
    // Catalog; one whose kind could not be read is already reported by schema/unknown-kind.
    const rootFile = catalog.files.find((f) => (f.file === 'catalog.yaml' || f.file === 'catalog.yml') && (f.kind === 'Catalog' || f.kind === undefined));
    if (rootFile === undefined) {
      // Pointed at the file that should exist, line 1: that is where the fix goes.
      if (catalog.files.length > 0) ctx.report('missing', { data: {}, target: { file: 'catalog.yaml', offsets: [0, 0] } });
    }
  },
});
