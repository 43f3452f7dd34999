/**
 * zod issues to `schema/invalid` reports: each issue gets the path of the offending node (the
 * key itself for an unknown key), a message id and the data to word it.
 */
import type { z } from 'zod';
import type { Report } from '../rules/report.js';
import { closest } from '../text/similarity.js';
import { KNOWN_KEYS } from './schema/shapes.js';

type Issue = z.core.$ZodIssue;

export function issuesToReports(file: string, issues: readonly Issue[], base: readonly (string | number)[] = []): Report[] {
  const out: Report[] = [];
  for (const issue of issues) out.push(...issueToReports(file, issue, base));
  // zod reports a union's failure once per branch; keep one report per place and message.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${JSON.stringify(r.target.path)}|${r.message}|${JSON.stringify(r.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function issueToReports(file: string, issue: Issue, base: readonly (string | number)[]): Report[] {
  const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const report = (message: string, data: Record<string, unknown>, atKey = false, at = path): Report => ({
    rule: 'schema/invalid',
    message,
    data,
    target: atKey ? { file, path: at, atKey } : { file, path: at },
  });
  const tagged = issue.message.startsWith('tthc:') ? issue.message.slice(5) : undefined;
  const field = String(path.at(-1) ?? '');

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => report('unknown-key', { key, suggestion: closest(key, KNOWN_KEYS) ?? null }, true, [...path, key]));
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        return [report('enum', { field, value: describe((issue.input as Record<string, unknown> | undefined)?.[issue.discriminator]), options: ((issue as { options?: unknown[] }).options ?? []).map(String) })];
      }
      // Report the branch that came closest (fewest issues): that is what the author meant.
      const branches = issue.errors.filter((b) => b.length > 0).sort((a, b) => a.length - b.length);
      const best = branches[0];
      if (best) return best.flatMap((inner) => issueToReports(file, inner, path));
      return [report('type', { field, expected: 'union', received: kindOf(issue.input) })];
    }
    case 'invalid_type':
      if (tagged) return [report(tagged, { field, value: describe(issue.input) })];
      if (!('input' in issue) || issue.input === undefined) return [report('missing', { field }, false, path.slice(0, -1))];
      return [report('type', { field, expected: issue.expected, received: kindOf(issue.input), value: describe(issue.input) })];
    case 'invalid_value':
      // A required enum or literal that is absent is a missing field, not a bad value "".
      if (!('input' in issue) || issue.input === undefined) return [report('missing', { field }, false, path.slice(0, -1))];
      return [report('enum', { field, value: describe(issue.input), options: issue.values.map(String) })];
    case 'too_small':
      if (issue.origin === 'array') return [report('empty-list', { field, minimum: Number(issue.minimum) })];
      if (issue.origin === 'string') return [report('empty-text', { field })];
      return [report('too-small', { field, minimum: Number(issue.minimum), value: describe(issue.input) })];
    case 'too_big':
      return [report('too-big', { field, maximum: Number(issue.maximum), value: describe(issue.input) })];
    default:
      if (tagged) return [report(tagged, { field, value: describe(issue.input) })];
      return [report('other', { field, detail: issue.message })];
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
