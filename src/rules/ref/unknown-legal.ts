import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

export default defineRule<{ unknown: { id: string } }>({
  id: 'ref/unknown-legal',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Căn cứ pháp lý không có trong legal.yaml', en: 'A legal ref not in legal.yaml' },
    description: {
      vi: 'Mọi `ref` tới văn bản pháp luật (căn cứ pháp lý của thủ tục, của cơ sở dữ liệu, kiến nghị thực thi của phương án, `replaced_by`) phải trỏ tới một văn bản trong danh mục văn bản, để hiệu lực của nó được kiểm tra.',
      en: 'Every `ref` to a legal document (a procedure\'s or data source\'s legal basis, a proposal\'s amendments, `replaced_by`) must point at a document of the legal list, so its validity can be checked.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ 'ref: luat-ho-tich-2014': 'ref: luat-ho-tich' }) },
      good: {},
    },
  },
  messages: {
    unknown: {
      vi: (d) => `Không có văn bản mã "${d.id}" trong danh mục văn bản (legal.yaml)`,
      en: (d) => `No legal document "${d.id}" in the legal list (legal.yaml)`,
    },
  },
  check(ctx) {
    const { catalog, lookup } = ctx;
    const known = (id: string) => lookup.legal.has(id) || catalog.invalidIds.legal.has(id);
    const check = (id: string, file: string, path: (string | number)[], procedure?: string) => {
      if (!known(id)) ctx.report('unknown', { data: { id }, target: { file, path }, procedure });
    };
    for (const p of catalog.procedures) p.value.legal_basis.forEach((r, i) => { check(r.ref, p.file, ['legal_basis', i, 'ref'], p.value.code); });
    for (const s of catalog.dataSources) (s.value.legal_basis ?? []).forEach((r, i) => { check(r.ref, s.file, [...s.path, 'legal_basis', i, 'ref']); });
    for (const p of catalog.proposals) (p.value.amend ?? []).forEach((r, i) => { check(r.ref, p.file, ['amend', i, 'ref'], p.value.procedure); });
    for (const d of catalog.legal) {
      if (d.value.replaced_by) check(d.value.replaced_by, d.file, [...d.path, 'replaced_by']);
    }
  },
});
