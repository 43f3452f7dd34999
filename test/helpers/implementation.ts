/** Implementation files for the example catalog, with the entry's body starting on line 6. */
import type { Locale } from '../../src/i18n/locale.js';
import type { Finding } from '../../src/rules/report.js';
import type { ExampleFiles } from '../../src/rules/rule.js';
import { findingsFor } from './catalog.js';

/**
 * `implementations/<agency>.yaml` with one entry for 1.001193; `body` (indented by 4) starts
 * on line 6, so `documents:` there puts its first item on line 7, column 9.
 */
export function impl(body: string, agency = 'ubnd-phuong-ham-rong', code = '1.001193'): ExampleFiles {
  return {
    [`implementations/${agency}.yaml`]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\nprocedures:\n  - code: "${code}"\n${body}`,
  };
}

/** Findings of one rule: `[line, column]` pairs and the findings themselves. */
export async function ruleFindings(rule: string, overlay: ExampleFiles, locale: Locale = 'vi'): Promise<Finding[]> {
  return (await findingsFor(overlay, [rule], locale)).filter((f) => f.rule === rule);
}

export const at = (findings: readonly Finding[]) => findings.map((f) => [f.file, f.line, f.column]);
