/**
 * What the simplify rules look for in a procedure, as pure functions shared by the rules, by
 * simplify/unproposed (which asks whether any candidate exists) and by `tthc new proposal`.
 * Every text comparison goes through src/text/fold.ts.
 */
import type { CatalogLookup } from '../../catalog/lookup.js';
import type { Located } from '../../catalog/model.js';
import type { DataSource, Evidence, ProcedureDocument, ProcedureFile } from '../../catalog/schema/kinds.js';
import type { Duration } from '../../catalog/schema/shapes.js';
import { isForm } from '../../cost/index.js';
import { fold, foldDocumentName } from '../../text/fold.js';

/** `needle` occurs in `haystack` as whole words (both folded). */
/** " (other)" after a quoted name, or nothing when it says the same as the name. */
export function aside(name: string, other: string): string {
  return fold(name) === fold(other) ? '' : ` (${other})`;
}

export function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

// Paper household and temporary-residence books: no longer valid from 2023-01-01 (Luật Cư trú
// 68/2020/QH14, Điều 38 khoản 3). A residence confirmation is still lawful (Nghị định
// 104/2022/NĐ-CP keeps "Giấy xác nhận thông tin về cư trú" as one way to prove residence), but
// the same data is in the national population database, so asking for it is a candidate too.
const BOOK_PHRASES = ['sổ hộ khẩu', 'hộ khẩu', 'sổ tạm trú'];
const CONFIRMATION_PHRASES = ['giấy xác nhận cư trú', 'xác nhận cư trú', 'xác nhận thông tin cư trú', 'xác nhận thông tin về cư trú'];
const HOUSEHOLD_PHRASES = [
  ...BOOK_PHRASES.map((p) => ({ text: p, key: fold(p), book: true })),
  ...CONFIRMATION_PHRASES.map((p) => ({ text: p, key: fold(p), book: false })),
];

/**
 * The residence-paper phrase a document name uses, if any (as written in the list, for
 * messages), and whether it is one of the abolished books rather than a confirmation.
 */
export function householdBookPhrase(name: string): { phrase: string; book: boolean } | undefined {
  const folded = fold(name);
  const found = HOUSEHOLD_PHRASES.find((p) => containsWords(folded, p.key));
  return found && { phrase: found.text, book: found.book };
}

// A case like "Trường hợp không khai thác được thông tin từ Cơ sở dữ liệu…" is already the fallback.
const FALLBACK_WORDS = ['khai thác', 'cơ sở dữ liệu'].map(fold);

/**
 * The evidence kind that serves a document: its `evidence:`, else a name or alias found in its
 * name (not for forms, which name the subject of the application, nor for documents only asked
 * when the data cannot be looked up).
 */
export function evidenceOf(doc: ProcedureDocument, lookup: CatalogLookup): Located<Evidence> | undefined {
  const caseText = fold(doc.case ?? '');
  if (FALLBACK_WORDS.some((w) => containsWords(caseText, w))) return undefined;
  if (doc.evidence) return lookup.evidence.get(doc.evidence);
  if (isForm(doc)) return undefined;
  const name = fold(doc.name);
  for (const e of lookup.evidence.values()) {
    const names = [e.value.name, ...(e.value.aliases ?? [])].map(fold);
    if (names.some((n) => containsWords(name, n))) return e;
  }
  return undefined;
}

/*
 * The national population database holds Vietnamese citizens, not foreigners (Luật Căn cước
 * 2023), so it cannot replace a foreigner's passport or papers: those stay asked for. A document is a
 * foreigner's when its name says so ("… của người nước ngoài"; "người Việt Nam định cư ở nước
 * ngoài" are citizens and do not match) or when the procedure is for foreigners alone. The
 * database is known by its name ("Cơ sở dữ liệu quốc gia về dân cư"), as datasources.yaml gives
 * sources no other mark of whom they hold; the other sources (civil status, businesses, land,
 * VNeID) also record foreigners and are left alone.
 */
const FOREIGNER = fold('người nước ngoài');
const POPULATION = fold('dân cư');

function foreignersDocument(doc: ProcedureDocument, p: ProcedureFile): boolean {
  return containsWords(fold(doc.name), FOREIGNER) || p.subjects.every((s) => s === 'foreigner');
}

/**
 * The data source that serves a document instead of the paper (with the evidence kind it
 * matched), unless the source cannot hold the document's owner (see above).
 */
export function dataFor(doc: ProcedureDocument, p: ProcedureFile, lookup: CatalogLookup): { evidence: Located<Evidence>; source: Located<DataSource> } | undefined {
  const evidence = evidenceOf(doc, lookup);
  const source = evidence ? lookup.source.get(evidence.value.source) : undefined;
  if (!evidence || !source) return undefined;
  if (containsWords(fold(source.value.name), POPULATION) && foreignersDocument(doc, p)) return undefined;
  return { evidence, source };
}

// Catch-all components: the applicant cannot know what to bring.
const VAGUE_PHRASES = [
  'giấy tờ khác có liên quan', 'các giấy tờ khác', 'giấy tờ khác theo quy định', 'giấy tờ liên quan khác', 'giấy tờ có liên quan',
  'tài liệu khác có liên quan', 'các tài liệu khác', 'tài liệu có liên quan', 'hồ sơ khác có liên quan',
].map(fold);
const IF_ANY = fold('nếu có');

/** Why a document is a catch-all: a vague phrase, or "(nếu có)" without a case saying when. */
export function vagueness(doc: ProcedureDocument): { phrase: string } | undefined {
  const folded = fold(doc.name);
  const phrase = VAGUE_PHRASES.find((p) => containsWords(folded, p));
  if (phrase !== undefined) return { phrase };
  if (containsWords(folded, IF_ANY) && (doc.case === null || doc.case === undefined || doc.case.trim() === '')) return { phrase: IF_ANY };
  return undefined;
}

/** Pairs [first, duplicate] of documents with the same name that can both be asked at once. */
export function duplicateDocuments(p: ProcedureFile): [number, number][] {
  const pairs: [number, number][] = [];
  const keys = p.documents.map((d) => foldDocumentName(d.name));
  const caseOf = (d: ProcedureDocument) => (d.case ? fold(d.case) : '');
  p.documents.forEach((d, j) => {
    for (let i = 0; i < j; i++) {
      const other = p.documents[i];
      if (!other || keys[i] !== keys[j] || keys[j] === '') continue;
      // A base-case document applies in every case; two different cases may each need it.
      const a = caseOf(other);
      const b = caseOf(d);
      if (a === b || a === '' || b === '') {
        pairs.push([i, j]);
        break;
      }
    }
  });
  return pairs;
}

/** A time limit in working days: 1 day = 5/7 working day, 8 hours = 1 working day. */
export function workingDays(d: Duration): number {
  switch (d.unit) {
    case 'working_days': return d.value;
    case 'days': return (d.value * 5) / 7;
    case 'hours': return d.value / 8;
    case 'months': return (d.value * 30 * 5) / 7;
    case 'years': return (d.value * 365 * 5) / 7;
  }
}

/** A validity period in months (for the 12-month threshold). */
export function months(d: Duration): number {
  switch (d.unit) {
    case 'months': return d.value;
    case 'years': return d.value * 12;
    case 'days': return d.value / 30;
    case 'working_days': return (d.value * 7) / 5 / 30;
    case 'hours': return d.value / 24 / 30;
  }
}

/** Procedures the simplify group looks at: active ones (abolished and draft are out of the plan). */
export function activeProcedures(procedures: readonly Located<ProcedureFile>[]): Located<ProcedureFile>[] {
  return procedures.filter((p) => p.value.status === 'active');
}
