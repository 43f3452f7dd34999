import { defineRule } from '../rule.js';

export default defineRule<{ unknown: { code: string } }>({
  id: 'ref/unknown-procedure',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Mã thủ tục không có trong danh mục', en: 'A procedure code not in the catalog' },
    description: {
      vi: 'Tệp Implementation, phương án đơn giản hóa và mục bỏ qua chỉ được nhắc tới thủ tục có trong danh mục (procedures/). Thường do gõ sai mã hoặc thủ tục đã bị xóa khỏi danh mục.',
      en: 'Implementation records, proposals and suppressions may only name procedures of the catalog (procedures/). Usually a mistyped code, or a procedure removed from the catalog.',
    },
    legal: [],
    examples: {
      bad: { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001194"\n' },
      good: { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n' },
    },
  },
  messages: {
    unknown: {
      vi: (d) => `Không có thủ tục mã "${d.code}" trong danh mục`,
      en: (d) => `No procedure "${d.code}" in the catalog`,
    },
  },
  check(ctx) {
    const { catalog, lookup } = ctx;
    const known = (code: string) => lookup.procedure.has(code) || catalog.invalidIds.procedures.has(code);
    for (const i of catalog.implementations) {
      i.value.procedures.forEach((e, k) => {
        if (!known(e.code)) ctx.report('unknown', { data: { code: e.code }, target: { file: i.file, path: ['procedures', k, 'code'] }, procedure: e.code, agency: i.value.agency });
      });
    }
    for (const p of catalog.proposals) {
      if (!known(p.value.procedure)) ctx.report('unknown', { data: { code: p.value.procedure }, target: { file: p.file, path: ['procedure'] }, procedure: p.value.procedure });
    }
    for (const s of catalog.suppressions) {
      const code = s.value.procedure;
      if (code !== undefined && !known(code)) ctx.report('unknown', { data: { code }, target: { file: s.file, path: [...s.path, 'procedure'] }, procedure: code });
    }
  },
});
