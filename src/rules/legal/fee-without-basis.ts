import type { LegalDocument } from '../../catalog/schema/kinds.js';
import { formatFee } from '../../i18n/values.js';
import { fold } from '../../text/fold.js';
import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';

const FEE_WORD = fold('phí');

/** A document that sets fees: its title names "phí" or "lệ phí" as a word. */
export function isFeeDocument(doc: LegalDocument): boolean {
  return fold(doc.title).split(' ').includes(FEE_WORD);
}

export default defineRule<{ fee: { code: string; fee: number; channel: string } }>({
  id: 'legal/fee-without-basis',
  group: 'legal',
  severity: 'warning',
  docs: {
    summary: { vi: 'Thu phí, lệ phí nhưng căn cứ pháp lý không có văn bản về phí', en: 'A fee without a fee document in the legal basis' },
    description: {
      vi: 'Phí, lệ phí chỉ được thu theo Luật Phí và lệ phí và văn bản quy định mức thu (thông tư của Bộ Tài chính, nghị quyết của HĐND tỉnh). Thủ tục có phí > 0 mà căn cứ pháp lý không có văn bản nào về phí hoặc lệ phí thì chưa rõ căn cứ thu.',
      en: 'Fees may only be charged under the Law on Fees and Charges and the text that sets the amount (a Ministry of Finance circular, a provincial People\'s Council resolution). A procedure charging a fee whose legal basis has no document on fees has no visible ground for it.',
    },
    legal: ['Luật Phí và lệ phí 97/2015/QH13', 'Thông tư 85/2019/TT-BTC'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': procedureWith({ '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 8000 }' }) },
      good: {
        'procedures/ho-tich/1.001193.yaml': procedureWith({
          '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }': '{ kind: in_person, time: { value: 1, unit: working_days }, fee: 8000 }',
          '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n': '  - { ref: luat-ho-tich-2014, article: Điều 16 }\n  - { ref: tt-85-2019 }\n',
        }),
      },
    },
  },
  messages: {
    fee: {
      vi: (d) => `Thủ tục ${d.code} thu ${formatFee(d.fee, 'vi')} nhưng căn cứ pháp lý không có văn bản quy định phí, lệ phí`,
      en: (d) => `Procedure ${d.code} charges ${formatFee(d.fee, 'en')} but its legal basis has no document on fees`,
    },
  },
  check(ctx) {
    for (const p of ctx.catalog.procedures) {
      if (p.value.status === 'abolished') continue;
      const i = p.value.channels.findIndex((c) => (c.fee ?? 0) > 0);
      const channel = p.value.channels[i];
      if (!channel) continue;
      const hasFeeDoc = p.value.legal_basis.some((r) => {
        const doc = ctx.lookup.legal.get(r.ref)?.value;
        return doc !== undefined && isFeeDocument(doc);
      });
      if (!hasFeeDoc) {
        ctx.report('fee', { data: { code: p.value.code, fee: channel.fee ?? 0, channel: channel.kind }, target: { file: p.file, path: ['channels', i, 'fee'] }, procedure: p.value.code });
      }
    }
  },
});
