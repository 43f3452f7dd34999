import { formatDate } from '../../i18n/locale.js';
import { EXAMPLE_BASE, procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

// The one-stop-shop decree 61/2018/NĐ-CP, replaced by 118/2025/NĐ-CP from 1 July 2025 (as in
// the sample catalog's legal.yaml), and the birth registration citing one or the other.
const ONE_STOP_DECREES = `${EXAMPLE_BASE['legal.yaml'] ?? ''}  - id: nd-61-2018
    number: 61/2018/NĐ-CP
    title: Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính
    issued: 2018-04-23
    repealed: 2025-07-01
    replaced_by: nd-118-2025
  - id: nd-118-2025
    number: 118/2025/NĐ-CP
    title: Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia
    issued: 2025-06-09
    effective: 2025-07-01
`;
const citing = (ref: string) => procedureWith({ '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n': `  - { ref: luat-ho-tich-2014, article: Điều 16 }\n  - { ref: ${ref} }\n` });

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
      bad: { 'legal.yaml': ONE_STOP_DECREES, 'procedures/ho-tich/1.001193.yaml': citing('nd-61-2018') },
      good: { 'legal.yaml': ONE_STOP_DECREES, 'procedures/ho-tich/1.001193.yaml': citing('nd-118-2025') },
    },
  },
  messages: {
    repealed: {
      vi: (d) => `Căn cứ pháp lý ${d.number} đã hết hiệu lực từ ${formatDate(d.repealed, 'vi')}${d.replacement ? `; văn bản thay thế: ${d.replacement}` : ''}`,
      en: (d) => `Legal basis ${d.number} was repealed on ${formatDate(d.repealed, 'en')}${d.replacement ? `; replaced by ${d.replacement}` : ''}`,
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
