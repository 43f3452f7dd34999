import type { Path } from '../../catalog/source.js';
import { foldDocumentName } from '../../text/fold.js';
import { defineRule } from '../rule.js';
import { activeProcedures } from './match.js';

const KET_HON = (document: string) => `apiVersion: tthc/v1
kind: Procedure
code: "1.000894"
name: Thủ tục đăng ký kết hôn
status: active
sector: Hộ tịch
levels: [commune]
subjects: [citizen]
channels:
  - { kind: in_person, time: { value: 1, unit: working_days }, fee: 0 }
documents:
  - { id: to-khai, name: Tờ khai đăng ký kết hôn, form: Mẫu TP/HT-2020-KH }
  - { id: giay-to, name: ${document} }
legal_basis:
  - { ref: luat-ho-tich-2014, article: Điều 18 }
`;

interface IssuedResult {
  order: number;
  name: string;
  code: string;
  procName: string;
  file: string;
  path: Path;
  /** How many results its procedure has: one that issues only this document is its source. */
  results: number;
}

/**
 * Result names that are a kind of document, not a document: "Giấy xác nhận" of one procedure is
 * not the opening of every "Giấy xác nhận …" another procedure asks for. They match whole only.
 */
const GENERIC = new Set(['Giấy xác nhận', 'Giấy chứng nhận', 'Giấy đề nghị', 'Văn bản đề nghị', 'Văn bản xác nhận', 'Văn bản chấp thuận', 'Quyết định phê duyệt'].map(foldDocumentName));

/**
 * The better source of a document: a whole-name match, then the longer opening, then the
 * procedure with fewer results, then the shorter procedure name — the general procedure, not a
 * variant ("Thủ tục đăng ký kết hôn", not "… kết hôn lưu động" or "đăng ký lại …") — then code.
 */
function better(a: { result: IssuedResult; length: number }, b: { result: IssuedResult; length: number } | undefined): boolean {
  if (b === undefined) return true;
  if (a.length !== b.length) return a.length > b.length;
  if (a.result.results !== b.result.results) return a.result.results < b.result.results;
  if (a.result.procName.length !== b.result.procName.length) return a.result.procName.length < b.result.procName.length;
  return a.result.code !== b.result.code ? a.result.code < b.result.code : a.result.order < b.result.order;
}

export default defineRule<{ issued: { code: string; document: string; result: string; by: string; byName: string } }>({
  id: 'simplify/issued-by-state',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Giấy tờ do chính cơ quan nhà nước trong danh mục cấp (kết quả của thủ tục khác)', en: 'A document issued by an agency of this catalog (the result of another procedure)' },
    description: {
      vi: 'Thành phần hồ sơ là kết quả của một thủ tục khác trong danh mục (ví dụ Giấy khai sinh, Giấy chứng nhận kết hôn): cơ quan nhà nước đã cấp và lưu giấy tờ này, nên có thể tra cứu, liên thông thay cho yêu cầu người dân nộp lại. Đây là câu hỏi "thành phần hồ sơ có được cơ quan nhà nước quản lý không" của biểu mẫu rà soát.',
      en: 'The document is the result of another procedure of this catalog (e.g. a birth or marriage certificate): the state issued and keeps it, so it can be looked up or exchanged between agencies instead of being handed in again. This is the review form\'s question "is the document already held by the state?".',
    },
    legal: ['Nghị định 45/2020/NĐ-CP, Điều 11', 'Thông tư 02/2017/TT-VPCP, Phụ lục I (biểu mẫu rà soát)'],
    examples: {
      bad: { 'procedures/ho-tich/1.000894.yaml': KET_HON('Bản sao Giấy khai sinh') },
      good: { 'procedures/ho-tich/1.000894.yaml': KET_HON('Giấy xác nhận của cơ sở y tế') },
    },
  },
  messages: {
    issued: {
      vi: (d) => `Thủ tục ${d.code} yêu cầu "${d.document}", là kết quả "${d.result}" của thủ tục ${d.by} (${d.byName}) trong danh mục; đề xuất tra cứu, liên thông thay cho yêu cầu nộp`,
      en: (d) => `Procedure ${d.code} asks for "${d.document}", the result "${d.result}" of procedure ${d.by} (${d.byName}) in this catalog; propose looking it up instead`,
    },
  },
  check(ctx) {
    // Results by folded name, in catalog order. A document matches a result (other than its own
    // procedure's) whose name equals its name or, 3 words or more and not generic, opens it.
    const byKey = new Map<string, IssuedResult[]>();
    let order = 0;
    for (const p of ctx.catalog.procedures) {
      // An abolished procedure issues nothing any more.
      if (p.value.status === 'abolished') continue;
      const results = p.value.results ?? [];
      results.forEach((r, k) => {
        const key = foldDocumentName(r.name);
        if (key === '') return;
        const entry = { order: order++, name: r.name, code: p.value.code, procName: p.value.name, file: p.file, path: ['results', k] as Path, results: results.length };
        const list = byKey.get(key);
        if (list) list.push(entry);
        else byKey.set(key, [entry]);
      });
    }
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      p.value.documents.forEach((doc, i) => {
        const key = foldDocumentName(doc.name);
        let best: { result: IssuedResult; length: number } | undefined;
        const consider = (name: string) => {
          for (const result of byKey.get(name) ?? []) {
            const candidate = { result, length: name.length };
            if (result.code !== p.value.code && better(candidate, best)) best = candidate;
          }
        };
        consider(key);
        // Every word-boundary opening of 3 words or more is a candidate result name.
        let words = 0;
        for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
          if (++words < 3) continue;
          const opening = key.slice(0, at);
          if (!GENERIC.has(opening)) consider(opening);
        }
        if (!best) return;
        const match = best.result;
        ctx.report('issued', {
          data: { code: p.value.code, document: doc.name, result: match.name, by: match.code, byName: match.procName },
          target: { file: p.file, path: ['documents', i, 'name'] },
          procedure: p.value.code,
          related: [{ file: match.file, path: match.path }],
        });
      });
    }
  },
});
