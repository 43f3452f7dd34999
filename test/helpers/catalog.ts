/** Loading example catalogs in memory and running rules on them. */
import { loadCatalog } from '../../src/catalog/load.js';
import { MemoryIO } from '../../src/catalog/memory-io.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { Locale } from '../../src/i18n/locale.js';
import { runRules, toFindings } from '../../src/rules/engine.js';
import { exampleCatalog } from '../../src/rules/examples.js';
import { RULES } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/report.js';
import { RULE_GROUPS, type ExampleFiles } from '../../src/rules/rule.js';

export async function loadExample(overlay: ExampleFiles = {}): Promise<Catalog> {
  return loadCatalog('catalog', new MemoryIO(exampleCatalog(overlay)));
}

/** Findings of the given rules (all rules when none given) on the example catalog with `overlay`. */
export async function findingsFor(overlay: ExampleFiles, rules: readonly string[] = [], locale: Locale = 'vi', today = '2026-11-01'): Promise<Finding[]> {
  const catalog = await loadExample(overlay);
  const result = runRules(catalog, RULES, { groups: RULE_GROUPS, only: rules, today });
  return toFindings(catalog, result.reports, RULES, locale);
}

/** Compact view for assertions: `file:line:col rule`. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`);
}
