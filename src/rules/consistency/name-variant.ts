import { agencyName, implementationExample } from './common.js';
import { compareDocuments, entryPath, implemented } from './observed.js';
import { defineRule } from '../rule.js';

type Variant = { agency: string; document: string; published: string; observed: string; score: number };

export default defineRule<{ variant: Variant; folded: Variant }>({
  id: 'consistency/name-variant',
  group: 'consistency',
  severity: 'info',
  docs: {
    summary: { vi: 'Tên giấy tờ chỉ khớp gần đúng với tên đã công bố', en: 'A document matched its published twin only by similarity' },
    description: {
      vi: 'Tên giấy tờ cơ quan ghi không trùng với tên đã công bố (so sánh sau khi chuẩn hóa Unicode NFC, chữ hoa/thường và khoảng trắng), nhưng vẫn được hiểu là cùng một giấy tờ: hoặc trùng khi bỏ dấu câu, ghi chú trong ngoặc, chữ "bản sao…", "bản chính", vị trí dấu thanh (hoà/hòa) và i/y (kí/ký); hoặc đủ gần khi đối chiếu theo âm tiết đã bỏ dấu thanh, có trọng số — khác nhau ở một âm tiết mang nghĩa (khai sinh/khai tử) không bao giờ được coi là cùng giấy tờ. Nên dùng đúng tên đã công bố, hoặc ghi bằng `ref:`; bản chính, bản sao, chứng thực ghi ở `originals`, `copies`, `copy_type`.',
      en: 'The name the agency uses differs from the published one (compared after Unicode NFC, case and whitespace folding) but is still read as the same document: either equal once punctuation, notes in brackets, "bản sao…"/"bản chính" words, tone-mark placement (hoà/hòa) and i/y (kí/ký) are folded away, or close enough by weighted syllables with tones folded — a different meaningful syllable (khai sinh / khai tử) is never the same document. Use the published name, or `ref:`; originals, copies and certification go in `originals`, `copies`, `copy_type`.',
    },
    legal: ['Nghị định 63/2010/NĐ-CP, Điều 8 (công khai, thống nhất tên thành phần hồ sơ)'],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: Giấy chứng sinh do cơ sở y tế cấp }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { name: giấy chứng sinh, originals: 1 }\n'),
    },
  },
  messages: {
    variant: {
      vi: (d) => `${d.agency} ghi "${d.observed}", được hiểu là "${d.published}" (giống ${Math.round(d.score * 100)}%); nên dùng đúng tên đã công bố`,
      en: (d) => `${d.agency} writes "${d.observed}", read as "${d.published}" (${Math.round(d.score * 100)}% similar); use the published name`,
    },
    folded: {
      vi: (d) => `${d.agency} ghi "${d.observed}" cho giấy tờ đã công bố là "${d.published}"; nên dùng đúng tên đã công bố`,
      en: (d) => `${d.agency} writes "${d.observed}" for the published "${d.published}"; use the published name`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      for (const m of compareDocuments(procedure.value, record.entry)?.matches ?? []) {
        if ((m.via !== 'similar' && m.via !== 'folded') || !m.published) continue;
        ctx.report(m.via === 'folded' ? 'folded' : 'variant', {
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
