import type { Requirement } from './observed.js';
import { agencyName, implementationExample } from './common.js';
import { compareDocuments, entryPath, implemented, REQUIREMENT_FIELDS } from './observed.js';
import { defineRule } from '../rule.js';
import { oneStopDecree } from '../citations.js';

type Field = (typeof REQUIREMENT_FIELDS)[number];
type Value = string | number;

const RELAXED_COPY = new Set(['any', 'plain_with_original']);

/** True when the observed requirement is harder on the applicant than the published one. */
function stricter(field: Field, published: Value, observed: Value): boolean {
  switch (field) {
    case 'originals':
    case 'copies':
      return Number(observed) > Number(published);
    case 'copy_type':
      return observed === 'certified' && RELAXED_COPY.has(String(published));
    case 'action':
      return observed === 'submit' && published === 'present';
  }
}

const FIELD = {
  vi: { action: 'cách nộp', originals: 'số bản chính', copies: 'số bản sao', copy_type: 'loại bản sao' },
  en: { action: 'action', originals: 'originals', copies: 'copies', copy_type: 'copy type' },
} as const;
const VALUE = {
  vi: { submit: 'nộp', present: 'xuất trình', any: 'bản sao không cần chứng thực', plain_with_original: 'bản sao kèm bản chính để đối chiếu', certified: 'bản sao có chứng thực', register: 'bản sao từ sổ gốc' },
  en: { submit: 'submit', present: 'present', any: 'plain copy', plain_with_original: 'plain copy with the original', certified: 'certified copy', register: 'copy from the register' },
} as const;
const show = (locale: 'vi' | 'en', v: Value) => (typeof v === 'number' ? String(v) : (VALUE[locale] as Record<string, string>)[v] ?? v);

export default defineRule<{ stricter: { agency: string; document: string; field: Field; published: Value; observed: Value } }>({
  id: 'consistency/stricter-copy',
  group: 'consistency',
  severity: 'error',
  docs: {
    summary: { vi: 'Yêu cầu bản chính, bản sao hoặc loại bản sao khắt khe hơn công bố', en: 'More originals/copies, a certified copy, or submission where presenting was published' },
    description: {
      vi: 'So với thành phần hồ sơ đã công bố, cơ quan yêu cầu nhiều bản chính hoặc bản sao hơn, đòi bản sao có chứng thực trong khi thủ tục cho phép bản sao không cần chứng thực hoặc bản sao kèm bản chính để đối chiếu, hoặc bắt nộp (giữ lại) giấy tờ chỉ phải xuất trình. Một giấy tờ ghi theo `ref:` giữ các thông số đã công bố mà nó không ghi; ghi theo `name:` lấy mặc định (nộp, 1 bản chính, 0 bản sao, bản sao không cần chứng thực).',
      en: 'Compared with the published document, the agency demands more originals or copies, a certified copy where a plain copy, or one shown with the original, is allowed, or keeps (submit) a document that only has to be presented. An entry by `ref:` keeps the published values it leaves out; an entry by `name:` takes the defaults (submit, 1 original, 0 copies, plain copy).',
    },
    legal: [
      'Nghị định 23/2015/NĐ-CP, Điều 6 và 20: người yêu cầu được nộp bản sao có chứng thực, bản sao từ sổ gốc hoặc bản sao kèm bản chính để đối chiếu; cơ quan không được yêu cầu bản sao có chứng thực khi đã có bản chính đối chiếu',
      oneStopDecree(),
    ],
    examples: {
      bad: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh, copies: 1, copy_type: certified }\n'),
      good: implementationExample('ubnd-phuong-ham-rong', '    documents:\n      - { ref: to-khai }\n      - { ref: giay-chung-sinh }\n'),
    },
  },
  messages: {
    stricter: {
      vi: (d) => `${d.agency} yêu cầu ${d.document} khắt khe hơn công bố: ${FIELD.vi[d.field]}: ${show('vi', d.observed)} thay vì ${show('vi', d.published)}`,
      en: (d) => `${d.agency} asks more of ${d.document} than published: ${FIELD.en[d.field]}: ${show('en', d.observed)} instead of ${show('en', d.published)}`,
    },
  },
  check(ctx) {
    for (const { procedure, record } of implemented(ctx.lookup)) {
      for (const m of compareDocuments(procedure.value, record.entry)?.matches ?? []) {
        if (!m.published) continue;
        const published: Requirement = m.published.doc;
        for (const field of REQUIREMENT_FIELDS) {
          if (!stricter(field, published[field], m.requirement[field])) continue;
          const given = m.observed[field] !== undefined;
          ctx.report('stricter', {
            data: { agency: agencyName(ctx.lookup, record.implementation.value.agency), document: m.published.doc.name, field, published: published[field], observed: m.requirement[field] },
            target: { file: record.implementation.file, path: entryPath(record, 'documents', m.index, ...(given ? [field] : [])) },
            procedure: procedure.value.code,
            agency: record.implementation.value.agency,
            related: [{ file: procedure.file, path: ['documents', m.published.index] }],
          });
        }
      }
    }
  },
});
