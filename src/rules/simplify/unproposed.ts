import { procedureWith } from '../examples.js';
import { defineRule } from '../rule.js';
import type { CatalogLookup } from '../../catalog/lookup.js';
import type { ProcedureFile } from '../../catalog/schema/kinds.js';
import { activeProcedures, dataFor, duplicateDocuments, householdBookPhrase, vagueness } from './match.js';

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

const BAD = procedureWith({ '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n': '  - { id: giay-chung-sinh, name: Giấy chứng sinh }\n  - { id: so-ho-khau, name: Sổ hộ khẩu, action: present }\n' });

export default defineRule<{ unproposed: { code: string; candidates: string[] } }>({
  id: 'simplify/unproposed',
  group: 'simplify',
  severity: 'info',
  docs: {
    summary: { vi: 'Thủ tục có nội dung cần đơn giản hóa nhưng chưa có phương án nào', en: 'A procedure with simplification candidates that no proposal covers yet' },
    description: {
      vi: 'Thủ tục có thành phần hồ sơ thuộc các trường hợp simplify/household-book, simplify/data-available, simplify/certified-copy, simplify/vague-document hoặc simplify/duplicate-document nhưng chưa có phương án đơn giản hóa nào (trừ phương án bị từ chối) trong proposals/. Tạo phương án bằng `tthc new proposal`.',
      en: 'The procedure has documents found by simplify/household-book, simplify/data-available, simplify/certified-copy, simplify/vague-document or simplify/duplicate-document, but no simplification proposal (other than rejected ones) in proposals/. Draft one with `tthc new proposal`.',
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
      vi: (d) => `Thủ tục ${d.code} có nội dung cần đơn giản hóa (${d.candidates.join(', ')}) nhưng chưa có phương án; tạo bằng "tthc new proposal"`,
      en: (d) => `Procedure ${d.code} has simplification candidates (${d.candidates.join(', ')}) but no proposal; draft one with "tthc new proposal"`,
    },
  },
  check(ctx) {
    const covered = new Set(ctx.catalog.proposals.filter((p) => p.value.status !== 'rejected').map((p) => p.value.procedure));
    for (const p of activeProcedures(ctx.catalog.procedures)) {
      if (covered.has(p.value.code)) continue;
      const candidates = documentCandidates(p.value, ctx.lookup);
      if (candidates.length === 0) continue;
      ctx.report('unproposed', { data: { code: p.value.code, candidates }, target: { file: p.file, path: [] }, procedure: p.value.code });
    }
  },
});
