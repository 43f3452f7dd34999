/**
 * One file's text to plain data: YAML syntax, duplicate keys, alias expansion and nesting are
 * bounded here, and every problem becomes a `schema/*` report with a position.
 */
import { parseAllDocuments, type YAMLError } from 'yaml';
import type { Report } from '../rules/report.js';
import type { Path } from './source.js';

export interface ParseLimits {
  /** Alias expansions allowed in one file (alias bombs). */
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100 };

export interface Parsed {
  /** The document's data, or undefined when the file could not be read as one document. */
  data: unknown;
  empty: boolean;
  reports: Report[];
}

export function parseYaml(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Parsed {
  const reports: Report[] = [];
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    // The parser recurses on nesting; a file nested thousands deep exhausts the stack.
    if (error instanceof RangeError) {
      reports.push(syntax(file, 'too-deep', {}, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    throw error;
  }
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (first === undefined || (list.length === 1 && first.contents === null && first.errors.length === 0)) {
    return { data: undefined, empty: true, reports };
  }
  // The parser catches its own stack overflows on deep nesting and reports each as an error;
  // how many depends on the stack left, so the same file gave one finding or dozens. One is enough.
  const exhausted = list.flatMap((doc) => doc.errors).find((err) => err.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) {
    reports.push(syntax(file, 'too-deep', {}, [exhausted.pos[0], exhausted.pos[1]]));
    return { data: undefined, empty: false, reports };
  }
  for (const doc of list) {
    for (const err of doc.errors) reports.push(fromYamlError(file, text, err));
  }
  const second = list[1];
  if (second !== undefined) {
    const start = second.range[0];
    reports.push({ rule: 'schema/invalid', message: 'multiple-documents', data: { count: list.length }, target: { file, offsets: [start, start] } });
  }
  if (reports.some((r) => r.rule === 'schema/yaml-syntax')) return { data: undefined, empty: false, reports };
  try {
    const data: unknown = first.toJS({ maxAliasCount: limits.maxAliasCount });
    return { data, empty: data === null || data === undefined, reports };
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      reports.push(syntax(file, 'alias-limit', { limit: limits.maxAliasCount }, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    if (error instanceof RangeError) {
      reports.push(syntax(file, 'too-deep', {}, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    throw error;
  }
}

function syntax(file: string, message: string, data: Record<string, unknown>, offsets: readonly [number, number]): Report {
  return { rule: 'schema/yaml-syntax', message, data, target: { file, offsets } };
}

function fromYamlError(file: string, text: string, err: YAMLError): Report {
  const offsets = [err.pos[0], err.pos[1]] as const;
  if (err.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(err.pos[0]))?.[0].trim() ?? '';
    const end = err.pos[0] + Math.max(1, key.length);
    return { rule: 'schema/duplicate-key', message: 'duplicate-key', data: { key: key.replace(/^["']|["']$/g, '') }, target: { file, offsets: [err.pos[0], end] } };
  }
  // The parser's own message is English and technical; keep its code for the reader and the first line of text.
  const detail = err.message.split('\n')[0] ?? err.message;
  return syntax(file, 'syntax', { code: err.code, detail: detail.replace(/ at line \d+, column \d+.*$/, '') }, offsets);
}

/** Every string (keys and values) that is not in Unicode NFC, with its path. */
export function nonNfcPaths(data: unknown, limit = 1000): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (out.length >= limit) return;
    if (typeof v === 'string') {
      if (v !== v.normalize('NFC')) out.push([...path]);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => { walk(item, [...path, i]); });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        if (k !== k.normalize('NFC')) out.push([...path, k]);
        walk(item, [...path, k]);
      }
    }
  };
  walk(data, []);
  return out;
}

/**
 * NFC-normalised copy of the data without `x_` extension keys: text is compared after
 * normalisation, and extensions are free-form by contract.
 */
export function normalizeData(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(normalizeData);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      if (k.startsWith('x_')) continue;
      out[k.normalize('NFC')] = normalizeData(item);
    }
    return out;
  }
  return v;
}
