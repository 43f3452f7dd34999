/** Per-rule test tables: run one rule over the example catalog with an overlay, compactly. */
import type { Locale } from '../../src/i18n/locale.js';
import { RULES_BY_ID } from '../../src/rules/registry.js';
import type { MessageData } from '../../src/rules/report.js';
import { wordReport, type ExampleFiles } from '../../src/rules/rule.js';
import { EXAMPLE_BASE } from '../../src/rules/examples.js';
import { findingsFor } from './catalog.js';

export { bytes, EXAMPLE_BASE, procedureWith } from '../../src/rules/examples.js';

export const PROCEDURE = 'procedures/ho-tich/1.001193.yaml';

/** What a rule test asserts of each finding. */
export interface Hit {
  rule: string;
  file: string;
  line: number;
  column: number;
  data?: MessageData;
}

/** The findings of `rule` alone on the example catalog with `overlay`. */
export async function hits(rule: string, overlay: ExampleFiles, today?: string): Promise<Hit[]> {
  const findings = await findingsFor(overlay, [rule], 'vi', today);
  return findings.map((f) => {
    const hit: Hit = { rule: f.rule, file: f.file, line: f.line, column: f.column };
    if (f.data !== undefined) hit.data = f.data;
    return hit;
  });
}

/** A hit of `rule` in `file` at line:column with `data`. */
export function at(rule: string, file: string, line: number, column: number, data?: MessageData): Hit {
  return data === undefined ? { rule, file, line, column } : { rule, file, line, column, data };
}

/** A base file with `from` replaced by `to`; fails loudly when `from` is absent. */
export function baseWith(file: string, replace: Record<string, string>): string {
  let text = EXAMPLE_BASE[file];
  if (text === undefined) throw new Error(`no base file ${file}`);
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

/** A base file with `extra` appended (e.g. one more list entry). */
export function baseplus(file: string, extra: string): string {
  const text = EXAMPLE_BASE[file];
  if (text === undefined) throw new Error(`no base file ${file}`);
  return text + extra;
}

/** An Implementation file for `agency` with the given `procedures:` body (already indented). */
export function implementation(agency: string, procedures: string, header = ''): string {
  return `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\n${header}procedures:\n${procedures}`;
}

/** A Proposal file for procedure 1.001193 with the given changes body and extra lines. */
export function proposal(changes: string, extra = ''): string {
  return `apiVersion: tthc/v1\nkind: Proposal\nid: 2026-ho-tich-01\nprocedure: "1.001193"\ntitle: Bỏ giấy chứng sinh\nstatus: draft\n${extra}changes:\n${changes}`;
}

/** A rule's message worded from `data` alone, as the engine words it (wording tests). */
export function word(rule: string, message: string, data: MessageData, locale: Locale): string {
  const r = RULES_BY_ID.get(rule);
  if (r === undefined) throw new Error(`no rule ${rule}`);
  return wordReport(r, { rule, message, data, target: { file: 'x.yaml' } }, locale);
}
