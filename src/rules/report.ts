/**
 * What rules produce (reports: a rule id, a message id with its data, a target path) and
 * what users see (findings: the same, worded and positioned).
 */
import type { Path, Target } from '../catalog/source.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type MessageData = Record<string, unknown>;

export interface Report {
  rule: string;
  /** Message id within the rule. */
  message: string;
  data: MessageData;
  target: Target;
  procedure?: string;
  agency?: string;
  related?: Target[];
}

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
}

/** A report worded and positioned: the JSON output's finding (spec/cli.md). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  procedure?: string;
  agency?: string;
  path?: (string | number)[];
  related?: RelatedLocation[];
  data?: MessageData;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export type { Path, Target };
