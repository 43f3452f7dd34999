import type { CatalogLookup } from '../../catalog/lookup.js';
import type { CatalogFile, ProcedureFile } from '../../catalog/schema/kinds.js';
import type { Locale } from '../../i18n/locale.js';
import { lowerFirst } from '../../i18n/values.js';
import { procedureWith } from '../examples.js';
import type { Severity } from '../report.js';
import { defineRule, type Rule } from '../rule.js';
import certifiedCopy from './certified-copy.js';
import dataAvailable from './data-available.js';
import duplicateDocument from './duplicate-document.js';
import householdBook from './household-book.js';
import { activeProcedures, dataFor, duplicateDocuments, householdBookPhrase, vagueness } from './match.js';
import vagueDocument from './vague-document.js';

/** The document-level simplify candidates of a procedure, by rule id (what a proposal can act on). */
export function documentCandidates(p: ProcedureFile, lookup: CatalogLookup): string[] {
  const found = new Set<string>();
  const inPerson = p.channels.some((c) => c.kind === 'in_person');
  for (const doc of p.documents) {
    if (householdBookPhrase(doc.name) !== undefined) found.add('simplify/household-book');
    if (dataFor(doc, p, lookup)) found.add('simplify/data-available');
    if (inPerson && doc.copy_type === 'certified') found.add('simplify/certified-copy');
    if (vagueness(doc) !== undefined) found.add('simplify/vague-document');
  }
  if (duplicateDocuments(p).length > 0) found.add('simplify/duplicate-document');
  return [...found].sort();
}

const CANDIDATE_RULES: ReadonlyMap<string, Rule> = new Map([certifiedCopy, dataAvailable, duplicateDocument, householdBook, vagueDocument].map((r) => [r.id, r]));

/** The severity a rule runs at in this catalog: its catalog.yaml setting, else its default. */
function severityIn(config: CatalogFile | undefined, rule: Rule): Severity | 'off' {
  const setting = config?.rules?.[rule.id];
  if (setting === undefined) return rule.severity;
  return typeof setting === 'string' ? setting : (setting.severity ?? rule.severity);
}

/** A candidate as the message gives it: its rule's summary, as part of a sentence. */
const reason = (id: string, locale: Locale) => {
  const summary = CANDIDATE_RULES.get(id)?.docs.summary[locale];
  return summary === undefined ? id : lowerFirst(summary);
};

const BAD = procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: so-ho-khau, name: Sổ hộ khẩu, action: present }\n' });

export default defineRule<{ unproposed: { code: string; candidates: string[] } }>({
  id: 'simplify/unproposed',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Thủ tục có nội dung cần đơn giản hóa nhưng chưa có phương án nào', en: 'A procedure with simplification candidates that no proposal covers yet' },
    description: {
      vi: 'Thủ tục có thành phần hồ sơ bị cảnh báo (simplify/household-book, simplify/vague-document, simplify/duplicate-document; simplify/data-available và simplify/certified-copy khi catalog.yaml nâng lên mức cảnh báo) nhưng chưa có phương án đơn giản hóa nào (trừ phương án bị từ chối) trong proposals/. Các gợi ý ở mức thông tin không tính. Mức độ lấy theo catalog.yaml: quy tắc đặt `off` không tính. Tạo phương án bằng `tthc new proposal`.',
      en: 'The procedure has documents with a warning (simplify/household-book, simplify/vague-document, simplify/duplicate-document; simplify/data-available and simplify/certified-copy when catalog.yaml raises them to warning) but no simplification proposal (other than rejected ones) in proposals/. Candidates at info level do not count. Severities follow catalog.yaml: a rule set to `off` does not count. Draft one with `tthc new proposal`.',
    },
    legal: ['Thông tư 02/2017/TT-VPCP (phương án đơn giản hóa)', 'Nghị quyết 68/NQ-CP ngày 12/5/2020'],
    examples: {
      bad: { 'procedures/ho-tich/1.001193.yaml': BAD },
      good: {
        'procedures/ho-tich/1.001193.yaml': BAD,
        'proposals/2026-ho-tich-01.yaml': 'apiVersion: tthc/v1\nkind: Proposal\nid: 2026-ho-tich-01\nprocedure: "1.001193"\ntitle: Bỏ sổ hộ khẩu\nstatus: draft\nchanges:\n  - { action: remove_document, document: so-ho-khau }\n',
      },
    },
  },
  messages: {
    unproposed: {
      vi: (d) => `Thủ tục ${d.code} có nội dung cần đơn giản hóa nhưng chưa có phương án: ${d.candidates.map((id) => reason(id, 'vi')).join('; ')}. Tạo phương án bằng "tthc new proposal"`,
      en: (d) => `Procedure ${d.code} has simplification candidates but no proposal: ${d.candidates.map((id) => reason(id, 'en')).join('; ')}. Draft one with "tthc new proposal"`,
    },
  },
  check(ctx) {
    const covered = new Set(ctx.catalog.proposals.filter((p) => p.value.status !== 'rejected').map((p) => p.value.procedure));
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      if (covered.has(p.value.code)) continue;
      // Only warnings call for a proposal (rules.md): info candidates are for the reviewer to weigh.
      const candidates = documentCandidates(p.value, ctx.lookup).filter((id) => {
        const rule = CANDIDATE_RULES.get(id);
        const severity = rule ? severityIn(ctx.config, rule) : 'off';
        return severity === 'warning' || severity === 'error';
      });
      if (candidates.length === 0) continue;
      ctx.report('unproposed', { data: { code: p.value.code, candidates }, target: { file: p.file, path: [] }, procedure: p.value.code });
    }
  },
});
