/** The input every formatter gets; formatters are pure functions of it. */
import type { Locale } from '../../i18n/locale.js';
import type { Finding, Severity } from '../../rules/report.js';
import type { Rule } from '../../rules/rule.js';

export type FailOn = Severity | 'never';

export interface Summary {
  error: number;
  warning: number;
  info: number;
  files: number;
}

export interface CatalogCounts {
  root: string;
  procedures: number;
  agencies: number;
  implementations: number;
  proposals: number;
}

export interface FormatInput {
  tool: { name: string; version: string };
  catalog: CatalogCounts;
  findings: readonly Finding[];
  summary: Summary;
  /** The catalog files that were checked, relative to the catalog root, in path order. */
  checkedFiles: readonly string[];
  /** Rules that ran, for SARIF metadata. */
  rules: readonly Rule[];
  locale: Locale;
  failOn: FailOn;
  /** Prefix that makes catalog-relative paths relative to the working directory ("catalog/"). */
  pathPrefix: string;
  color: boolean;
  quiet: boolean;
  /** Extra top-level JSON members a command adds (e.g. `costs` of `tthc review`). */
  extra?: Record<string, unknown>;
  /** Extra text a command adds after the findings in stylish output (e.g. cost tables). */
  appendix?: string;
}

export interface FormatOutput {
  text: string;
  /** Markdown for `$GITHUB_STEP_SUMMARY` (github format). */
  stepSummary?: string;
}

export type Formatter = (input: FormatInput) => FormatOutput;

export function summarize(findings: readonly Finding[], files: number): Summary {
  const s: Summary = { error: 0, warning: 0, info: 0, files };
  for (const f of findings) s[f.severity]++;
  return s;
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const rank = { error: 3, warning: 2, info: 1 } as const;
  return rank[severity] >= rank[failOn];
}
