/**
 * zod issues to `schema/invalid` reports: each issue gets the path of the offending node (the
 * key itself for an unknown key), a message id and the data to word it.
 */
import type { z } from 'zod';
import type { Report } from '../rules/report.js';
import { closest } from '../text/similarity.js';
import { INVISIBLE, INVISIBLE_GLOBAL, KNOWN_KEYS } from './schema/shapes.js';

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
  const field = fieldName(path);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        INVISIBLE.test(key)
          ? report('invisible-char', { field: key.replace(INVISIBLE_GLOBAL, ''), value: key, ...invisibleAt(key) }, true, [...path, key])
          : report('unknown-key', { key, suggestion: closest(key, KNOWN_KEYS) ?? null }, true, [...path, key]));
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
      if (tagged && issue.input !== undefined) return [report(tagged, taggedData(tagged, field, issue.input))];
      if (!('input' in issue) || issue.input === undefined) return [report('missing', { field }, false, path.slice(0, -1))];
      // YAML reads 1e400 as Infinity: a number, but none the catalog (or JSON) can hold.
      if (issue.input === Infinity || issue.input === -Infinity) return [report('out-of-range', { field, value: String(issue.input) })];
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
      if (tagged) return [report(tagged, taggedData(tagged, field, issue.input))];
      return [report('other', { field, detail: issue.message })];
  }
}

/** Message data of a tagged issue: the value, and what helps fix it. */
function taggedData(tag: string, field: string, input: unknown): Record<string, unknown> {
  // The fee's check sees its whole channel: the value it names is the fee, null.
  if (tag === 'fee-note') return { field };
  if (tag === 'time-unit') {
    const unit = (input as { unit?: unknown } | undefined)?.unit;
    return { field, value: typeof unit === 'string' ? unit : '' };
  }
  const data: Record<string, unknown> = { field, value: describe(input) };
  if (tag === 'invisible-char' && typeof input === 'string') Object.assign(data, { value: input, ...invisibleAt(input) });
  if (tag === 'date' && typeof input === 'string') {
    const suggestion = isoFromOther(input);
    if (suggestion !== undefined) data.suggestion = suggestion;
  }
  return data;
}

function invisibleAt(value: string): { char: string; position: number } {
  const m = INVISIBLE.exec(value);
  const code = m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : '';
  return { char: `${code} ${INVISIBLE_NAMES[code] ?? ''}`.trim(), position: (m?.index ?? 0) + 1 };
}

const INVISIBLE_NAMES: Record<string, string> = {
  'U+00A0': 'NO-BREAK SPACE', 'U+00AD': 'SOFT HYPHEN', 'U+2007': 'FIGURE SPACE', 'U+200B': 'ZERO WIDTH SPACE',
  'U+200C': 'ZERO WIDTH NON-JOINER', 'U+200D': 'ZERO WIDTH JOINER', 'U+200E': 'LEFT-TO-RIGHT MARK', 'U+200F': 'RIGHT-TO-LEFT MARK',
  'U+202F': 'NARROW NO-BREAK SPACE', 'U+2060': 'WORD JOINER', 'U+FEFF': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** 01/11/2026, 1-11-2026 (day first, as Vietnamese write dates) and 2026/11/01 → 2026-11-01. */
export function isoFromOther(text: string): string | undefined {
  const p = (n: string) => n.padStart(2, '0');
  const dayFirst = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  const yearFirst = /^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s*$/.exec(text);
  const [y, m, d] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const iso = `${y}-${p(m)}-${p(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * How a message names the offending node: its key, with the list positions after it
 * (`subjects[1]`, not "1"), so that an item of a list is named by its list.
 */
function fieldName(path: readonly (string | number)[]): string {
  let i = path.length - 1;
  while (i >= 0 && typeof path[i] === 'number') i--;
  const key = i >= 0 ? String(path[i]) : '';
  return key + path.slice(i + 1).map((n) => `[${String(n)}]`).join('');
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Number.isNaN(v)) return 'NaN';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  if (v === undefined) return '';
  // A 5,000-character line pasted from a PDF must not become a 5,000-character message.
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 77)}...` : v;
  // JSON writes NaN and ±Infinity as null.
  if (typeof v === 'number') return String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
