/**
 * Writing suppressions.yaml for `--suppress-all`: the current findings as entries, appended to
 * the existing file through the yaml Document API so its comments and layout stay. Pure.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Finding } from '../rules/report.js';
import type { Suppression } from './schema/kinds.js';
import { API_VERSION } from './schema/kinds.js';

export interface NewSuppression {
  rule: string;
  procedure?: string;
  agency?: string;
  file?: string;
  reason: string;
  until: string;
}

function key(s: Pick<Suppression, 'rule' | 'procedure' | 'agency' | 'file'>): string {
  return JSON.stringify([s.rule, s.procedure ?? null, s.agency ?? null, s.file ?? null]);
}

/**
 * One entry per rule and procedure/agency (per rule and file when a finding names neither),
 * leaving out what an existing, unexpired entry already covers and the suppression rules.
 */
export function entriesFor(findings: readonly Finding[], existing: readonly Suppression[], asOf: string, reason: string, until: string): NewSuppression[] {
  const seen = new Set(existing.filter((s) => s.until >= asOf).map(key));
  const out: NewSuppression[] = [];
  for (const f of findings) {
    if (f.rule.startsWith('suppression/')) continue;
    // Keys in the order of spec/catalog.md.
    const entry: NewSuppression = { rule: f.rule, ...scope(f), reason, until };
    const k = key(entry);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(entry);
  }
  return out;
}

function scope(f: Finding): Pick<NewSuppression, 'procedure' | 'agency' | 'file'> {
  const out: Pick<NewSuppression, 'procedure' | 'agency' | 'file'> = {};
  if (f.procedure !== undefined) out.procedure = f.procedure;
  if (f.agency !== undefined) out.agency = f.agency;
  if (f.procedure === undefined && f.agency === undefined) out.file = f.file;
  return out;
}

const HEADER = ` Các phát hiện được bỏ qua (tthc check --suppress-all). Mỗi mục cần lý do và hạn "until";
 sau hạn đó phát hiện lại được báo (quy tắc suppression/expired).`;

/** The file's new text, or undefined when the existing text is not valid YAML (left alone). */
export function addSuppressions(text: string | undefined, entries: readonly NewSuppression[]): string | undefined {
  const doc = text === undefined ? new Document({ apiVersion: API_VERSION, kind: 'SuppressionList', suppressions: [] }) : parseDocument(text);
  if (doc.errors.length > 0 || (text !== undefined && !isMap(doc.contents))) return undefined;
  if (text === undefined) doc.commentBefore = HEADER;
  let seq = doc.get('suppressions', true);
  if (!isSeq(seq)) {
    seq = doc.createNode([]);
    doc.set('suppressions', seq);
  }
  if (!isSeq(seq)) return undefined;
  seq.flow = false;
  for (const e of entries) {
    const node = doc.createNode(e) as YamlNode;
    if (isMap(node)) {
      const code = node.get('procedure', true);
      if (isScalar(code)) code.type = 'QUOTE_DOUBLE';
    }
    seq.items.push(node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** `YYYY-MM-DD` plus `months`, the day clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(Math.min(d, last))}`;
}
