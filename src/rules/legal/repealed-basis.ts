import { EXAMPLE_BASE } from '../examples.js';
import { defineRule } from '../rule.js';

type Data = { number: string; repealed: string; replacement: string | null };

export default defineRule<{ repealed: Data }>({
  id: 'legal/repealed-basis',
  group: 'legal',
  severity: 'error',
  docs: {
    summary: { vi: 'Căn cứ pháp lý đã hết hiệu lực', en: 'A legal basis that is no longer in force' },
    description: {
      vi: 'Căn cứ pháp lý trỏ tới văn bản có ngày hết hiệu lực (`repealed`) trước hoặc bằng ngày xét (`as_of`). Thủ tục cần được công bố lại theo văn bản thay thế (nêu trong thông báo nếu `replaced_by` có ghi).',
      en: 'A legal reference points at a document repealed on or before the "as of" date. The procedure needs republishing under the replacing document (named in the message when `replaced_by` is set).',
    },
    legal: ['Luật Ban hành văn bản quy phạm pháp luật 2025, về hiệu lực của văn bản', 'Thông tư 02/2017/TT-VPCP, Biểu mẫu rà soát: căn cứ pháp lý'],
    examples: {
      bad: {
        'legal.yaml': (EXAMPLE_BASE['legal.yaml'] ?? '').replace('    effective: 2016-01-01\n', '    effective: 2016-01-01\n    repealed: 2026-07-01\n    replaced_by: tt-85-2019\n'),
      },
      good: {},
    },
  },
  messages: {
    repealed: {
      vi: (d) => `Căn cứ pháp lý ${d.number} đã hết hiệu lực từ ${d.repealed}${d.replacement ? `; văn bản thay thế: ${d.replacement}` : ''}`,
      en: (d) => `Legal basis ${d.number} was repealed on ${d.repealed}${d.replacement ? `; replaced by ${d.replacement}` : ''}`,
    },
  },
  check(ctx) {
    const { catalog, lookup, asOf } = ctx;
    const check = (ref: string, file: string, path: (string | number)[], procedure?: string) => {
      const doc = lookup.legal.get(ref)?.value;
      if (!doc?.repealed || doc.repealed > asOf) return;
      const replacement = doc.replaced_by ? (lookup.legal.get(doc.replaced_by)?.value.number ?? doc.replaced_by) : null;
      const legal = lookup.legal.get(ref);
      ctx.report('repealed', {
        data: { number: doc.number, repealed: doc.repealed, replacement },
        target: { file, path },
        procedure,
        related: legal ? [{ file: legal.file, path: [...legal.path, 'repealed'] }] : undefined,
      });
    };
    for (const p of catalog.procedures) {
      if (p.value.status === 'abolished') continue;
      p.value.legal_basis.forEach((r, i) => { check(r.ref, p.file, ['legal_basis', i, 'ref'], p.value.code); });
    }
    for (const s of catalog.dataSources) (s.value.legal_basis ?? []).forEach((r, i) => { check(r.ref, s.file, [...s.path, 'legal_basis', i, 'ref']); });
  },
});
