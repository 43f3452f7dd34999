import { agencyName, implementationExample } from './common.js';
import { compareDocuments, entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';

export default defineRule<{ variant: { agency: string; document: string; published: string; observed: string; score: number } }>({
  id: 'consistency/name-variant',
  group: 'consistency',
  severity: 'info',
  docs: {
    summary: { vi: 'Tên giấy tờ chỉ khớp gần đúng với tên đã công bố', en: 'A document matched its published twin only by similarity' },
    description: {
      vi: 'Tên giấy tờ cơ quan ghi không trùng với tên đã công bố kể cả sau khi chuẩn hóa (Unicode NFC, chữ hoa, khoảng trắng, dấu câu, vị trí dấu thanh hoà/hòa, i/y như kí/ký, ghi chú trong ngoặc, "bản sao…"), nhưng đủ gần để coi là cùng một giấy tờ. Đối chiếu theo âm tiết đã bỏ dấu thanh, có trọng số: khác nhau ở một âm tiết mang nghĩa (khai sinh/khai tử) không được coi là cùng giấy tờ. Nên sửa tên cho đúng thủ tục đã công bố, hoặc ghi bằng `ref:`.',
      en: 'The name the agency uses differs from the published one even after normalisation (Unicode NFC, case, spaces, punctuation, tone-mark placement hoà/hòa, i/y as in kí/ký, notes in brackets, "bản sao…"), but is close enough to be the same document. Names are compared by weighted syllables with tones folded: a different meaningful syllable (khai sinh / khai tử) is never the same document. Use the published name, or `ref:`.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP, Điều 8 (công khai, thống nhất tên thành phần hồ sơ)'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh do cơ sở y tế cấp }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh (bản chính) }\n'),
    },
  },
  messages: {
    variant: {
      vi: (d) => `${d.agency} ghi "${d.observed}", được hiểu là "${d.published}" (giống ${Math.round(d.score * 100)}%); nên dùng đúng tên đã công bố`,
      en: (d) => `${d.agency} writes "${d.observed}", read as "${d.published}" (${Math.round(d.score * 100)}% similar); use the published name`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      for (const m of compareDocuments(procedure.value, record.entry)?.matches ?? []) {
        if (m.via !== 'similar' || !m.published) continue;
        ctx.report('variant', {
          data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), document: m.published.doc.name, published: m.published.doc.name, observed: m.observed.name ?? '', score: Math.round(m.score * 100) / 100 },
          target: { file: record.implementation.file, path: entryPath(record, 'documents', m.index, 'name') },
          procedure: procedure.value.code,
          agency: record.implementation.value.agency,
          related: [{ file: procedure.file, path: ['documents', m.published.index, 'name'] }],
        });
      }
    }
  },
});
