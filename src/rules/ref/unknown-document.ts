import { defineRule } from '../rule.js';

export default defineRule<{ unknown: { document: string; code: string; known: string[] } }>({
  id: 'ref/unknown-document',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Mã thành phần hồ sơ không có trong thủ tục', en: 'A document id the procedure lacks' },
    description: {
      vi: '`ref:` trong tệp Implementation và `document:` trong phương án đơn giản hóa phải là mã (`id`) của một thành phần hồ sơ của chính thủ tục đó. Để ghi một giấy tờ không có trong thủ tục, dùng `name:`.',
      en: '`ref:` in an implementation and `document:` in a proposal must be the `id` of a document of that very procedure. To record a document the procedure lacks, use `name:`.',
    },
    legal: [],
    examples: {
      bad: { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh-ban-chinh }\n' },
      good: { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n' },
    },
  },
  messages: {
    unknown: {
      vi: (d) => `Thủ tục ${d.code} không có thành phần hồ sơ mã "${d.document}"${d.known.length ? `; các mã có: ${d.known.join(', ')}` : ''}`,
      en: (d) => `Procedure ${d.code} has no document "${d.document}"${d.known.length ? `; its ids: ${d.known.join(', ')}` : ''}`,
    },
  },
  check(ctx) {
    const { catalog, lookup } = ctx;
    const docIds = (code: string) => lookup.procedure.get(code)?.value.documents.map((d) => d.id);
    for (const i of catalog.implementations) {
      i.value.procedures.forEach((e, k) => {
        const ids = docIds(e.code);
        if (!ids) return;
        (e.documents ?? []).forEach((d, j) => {
          if (d.ref !== undefined && !ids.includes(d.ref)) {
            ctx.report('unknown', { data: { document: d.ref, code: e.code, known: ids }, target: { file: i.file, path: ['procedures', k, 'documents', j, 'ref'] }, procedure: e.code, agency: i.value.agency });
          }
        });
      });
    }
    for (const p of catalog.proposals) {
      const ids = docIds(p.value.procedure);
      if (!ids) continue;
      p.value.changes.forEach((c, j) => {
        if ('document' in c && !ids.includes(c.document)) {
          ctx.report('unknown', { data: { document: c.document, code: p.value.procedure, known: ids }, target: { file: p.file, path: ['changes', j, 'document'] }, procedure: p.value.procedure });
        }
      });
    }
  },
});
