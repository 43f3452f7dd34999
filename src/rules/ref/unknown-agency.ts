import { defineRule } from '../rule.js';

export default defineRule<{ unknown: { id: string; where: 'implementation' | 'implemented_by' | 'proposal' | 'suppression' } }>({
  id: 'ref/unknown-agency',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Mã cơ quan không có trong agencies.yaml', en: 'An agency id not in agencies.yaml' },
    description: {
      vi: 'Mọi mã cơ quan được nhắc tới (tệp Implementation, implemented_by của thủ tục, cơ quan đề xuất phương án, mục bỏ qua) phải có trong danh sách cơ quan.',
      en: 'Every agency id used (implementation files, a procedure\'s implemented_by, a proposal\'s proposer, suppressions) must be in the agency list.',
    },
    legal: [],
    examples: {
      bad: { 'implementations/ubnd-phuong-ham-ron.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-ron\nprocedures:\n  - code: "1.001193"\n' },
      good: { 'implementations/ubnd-phuong-ham-rong.yaml': 'apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n' },
    },
  },
  messages: {
    unknown: {
      vi: (d) => `Không có cơ quan mã "${d.id}" trong danh sách cơ quan (agencies.yaml)`,
      en: (d) => `No agency "${d.id}" in the agency list (agencies.yaml)`,
    },
  },
  check(ctx) {
    const { catalog, lookup } = ctx;
    const known = (id: string) => lookup.agency.has(id) || catalog.invalidIds.agencies.has(id);
    for (const i of catalog.implementations) {
      if (!known(i.value.agency)) ctx.report('unknown', { data: { id: i.value.agency, where: 'implementation' }, target: { file: i.file, path: ['agency'] }, agency: i.value.agency });
    }
    for (const p of catalog.procedures) {
      const by = p.value.implemented_by;
      if (by && 'agencies' in by) {
        by.agencies.forEach((id, k) => {
          if (!known(id)) ctx.report('unknown', { data: { id, where: 'implemented_by' }, target: { file: p.file, path: ['implemented_by', 'agencies', k] }, procedure: p.value.code });
        });
      }
    }
    for (const p of catalog.proposals) {
      const id = p.value.proposed_by;
      if (id !== undefined && !known(id)) ctx.report('unknown', { data: { id, where: 'proposal' }, target: { file: p.file, path: ['proposed_by'] }, procedure: p.value.procedure });
    }
    for (const s of catalog.suppressions) {
      const id = s.value.agency;
      if (id !== undefined && !known(id)) ctx.report('unknown', { data: { id, where: 'suppression' }, target: { file: s.file, path: [...s.path, 'agency'] } });
    }
  },
});
