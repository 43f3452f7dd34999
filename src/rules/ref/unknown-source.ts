import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

export default defineRule<{ 'unknown-source': { id: string }; 'unknown-evidence': { id: string } }>({
  id: 'ref/unknown-source',
  group: 'ref',
  severity: 'error',
  docs: {
    summary: { vi: 'Mã cơ sở dữ liệu hoặc loại giấy tờ không có trong datasources.yaml', en: 'An evidence or source id not in datasources.yaml' },
    description: {
      vi: '`evidence:` của thành phần hồ sơ phải là một loại giấy tờ trong `evidence` của datasources.yaml; `source:` của loại giấy tờ và của thay đổi `use_data` phải là một cơ sở dữ liệu trong `sources`.',
      en: 'A document\'s `evidence:` must be an evidence kind of datasources.yaml; the `source:` of an evidence kind and of a `use_data` change must be a data source of `sources`.',
    },
    legal: [],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ id: giay-chung-sinh, name: Giấy chứng sinh }': '{ id: giay-chung-sinh, name: Giấy chứng sinh, evidence: giay-chung-sinh-dien-tu }' }) },
      good: {},
    },
  },
  messages: {
    'unknown-source': {
      vi: (d) => `Không có cơ sở dữ liệu mã "${d.id}" trong datasources.yaml (sources)`,
      en: (d) => `No data source "${d.id}" in datasources.yaml (sources)`,
    },
    'unknown-evidence': {
      vi: (d) => `Không có loại giấy tờ mã "${d.id}" trong datasources.yaml (evidence)`,
      en: (d) => `No evidence kind "${d.id}" in datasources.yaml (evidence)`,
    },
  },
  check(ctx) {
    const { catalog, lookup } = ctx;
    const knownSource = (id: string) => lookup.source.has(id) || catalog.invalidIds.sources.has(id);
    const knownEvidence = (id: string) => lookup.evidence.has(id) || catalog.invalidIds.evidence.has(id);
    for (const e of catalog.evidence) {
      if (!knownSource(e.value.source)) ctx.report('unknown-source', { data: { id: e.value.source }, target: { file: e.file, path: [...e.path, 'source'] } });
    }
    for (const p of catalog.procedures) {
      p.value.documents.forEach((d, i) => {
        if (d.evidence != null && !knownEvidence(d.evidence)) {
          ctx.report('unknown-evidence', { data: { id: d.evidence }, target: { file: p.file, path: ['documents', i, 'evidence'] }, procedure: p.value.code });
        }
      });
    }
    for (const p of catalog.proposals) {
      p.value.changes.forEach((c, i) => {
        if (c.action === 'use_data' && !knownSource(c.source)) {
          ctx.report('unknown-source', { data: { id: c.source }, target: { file: p.file, path: ['changes', i, 'source'] }, procedure: p.value.procedure });
        }
      });
    }
  },
});
