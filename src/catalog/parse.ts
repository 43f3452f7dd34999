/**
 * One file's text to plain data: YAML syntax, duplicate keys, alias expansion and nesting are
 * bounded here, and every problem becomes a `schema/*` report with a position.
 *
 * Nothing here recurses on the shape of the input before `checkStructure` has bounded its
 * nesting; the walks over the data (`nonNfcPaths`, `normalizeData`) use explicit stacks.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { Report } from '../rules/report.js';
import { fastParse, type Slices } from './fast-parse.js';
import { DEFAULT_LIMITS, checkStructure, type Limits } from './limits.js';
import type { Path } from './source.js';

export type ParseLimits = Pick<Limits, 'maxAliasCount' | 'maxDepth'>;

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: DEFAULT_LIMITS.maxAliasCount, maxDepth: DEFAULT_LIMITS.maxDepth };

/** C0 control characters (other than tab, LF, CR) and DEL: YAML forbids them, no editor types them. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** `auto`: the fast path where it reads the text exactly like `yaml`, else `yaml`; `yaml`: always `yaml`. */
export type ParserChoice = 'auto' | 'yaml';

export interface Parsed {
  /** The document's data, or undefined when the file could not be read as one document. */
  data: unknown;
  empty: boolean;
  reports: Report[];
  /** Node offsets from the fast path, for positions without a full `yaml` parse. */
  slices?: Slices;
}

export function parseYaml(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, parser: ParserChoice = 'auto'): Parsed {
  if (parser === 'auto') {
    // The fast path declines anything it might read differently (aliases, control characters,
    // tabs, errors…), which then takes the bounded `yaml` path below.
    const fast = fastParse(text);
    if (fast !== undefined && !dataDepthExceeds(fast.data, limits.maxDepth)) return { data: fast.data, empty: false, reports: [], slices: fast.slices };
  }
  const reports: Report[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    reports.push({ rule: 'schema/encoding', message: 'control-char', data: { char: code }, target: { file, offsets: [control.index, control.index + 1] } });
    return { data: undefined, empty: false, reports };
  }
  const structure = checkStructure(text, limits);
  if (structure) {
    reports.push(syntax(file, structure.problem, { limit: structure.limit }, [structure.offset, structure.offset + 1]));
    return { data: undefined, empty: false, reports };
  }
  let docs;
  try {
    docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    // The parser recurses on nesting; a file nested thousands deep exhausts the stack.
    if (error instanceof RangeError) {
      reports.push(syntax(file, 'too-deep', { limit: limits.maxDepth }, [0, 0]));
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
  // The path of each repeated key, in the first document (the one whose data is loaded).
  const duplicates = first.errors.filter((err) => err.code === 'DUPLICATE_KEY').map((err) => err.pos[0]);
  const keyPaths = duplicates.length === 0 ? new Map<number, Path>() : pathsOfKeys(first, new Set(duplicates));
  for (const doc of list) {
    for (const err of doc.errors) reports.push(fromYamlError(file, text, err, doc === first ? keyPaths : undefined));
  }
  const second = list[1];
  if (second !== undefined) {
    const start = second.range[0];
    reports.push({ rule: 'schema/invalid', message: 'multiple-documents', data: { count: list.length }, target: { file, offsets: [start, start] } });
  }
  if (reports.some((r) => r.rule === 'schema/yaml-syntax')) return { data: undefined, empty: false, reports };
  try {
    const data: unknown = first.toJS({ maxAliasCount: limits.maxAliasCount });
    // Aliases can nest a shallow text deeply (or in a cycle): bound the data too.
    if (dataDepthExceeds(data, limits.maxDepth)) {
      reports.push(syntax(file, 'too-deep', { limit: limits.maxDepth }, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    return { data, empty: data === null || data === undefined, reports };
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      // `yaml` throws the same way for an alias with no anchor before it as for too many aliases.
      const unresolved = unresolvedAlias(first);
      reports.push(unresolved
        ? syntax(file, 'alias-undefined', { alias: unresolved.name }, unresolved.offsets)
        : syntax(file, 'alias-limit', { limit: limits.maxAliasCount }, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    if (error instanceof RangeError) {
      reports.push(syntax(file, 'too-deep', { limit: limits.maxDepth }, [0, 0]));
      return { data: undefined, empty: false, reports };
    }
    throw error;
  }
}

/** The first alias (`*a`) with no anchor (`&a`) set before it, and where it is written. */
function unresolvedAlias(doc: Document.Parsed): { name: string; offsets: [number, number] } | undefined {
  let found: { name: string; offsets: [number, number] } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = { name: node.source, offsets: node.range ? [node.range[0], node.range[1]] : [0, 0] };
      return visit.BREAK;
    },
  });
  return found;
}

function syntax(file: string, message: string, data: Record<string, unknown>, offsets: readonly [number, number]): Report {
  return { rule: 'schema/yaml-syntax', message, data, target: { file, offsets } };
}

function fromYamlError(file: string, text: string, err: YAMLError, keyPaths?: ReadonlyMap<number, Path>): Report {
  const offsets = [err.pos[0], err.pos[1]] as const;
  if (err.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(err.pos[0]))?.[0].trim() ?? '';
    const end = err.pos[0] + Math.max(1, key.length);
    // Positioned by offsets; the path (when the key is a scalar) tells repeated keys of one file apart.
    const path = keyPaths?.get(err.pos[0]);
    const target = path === undefined ? { file, offsets: [err.pos[0], end] as const } : { file, path, atKey: true, offsets: [err.pos[0], end] as const };
    return { rule: 'schema/duplicate-key', message: 'duplicate-key', data: { key: key.replace(/^["']|["']$/g, '') }, target };
  }
  if (err.code === 'TAB_AS_INDENT') return syntax(file, 'tab-indent', {}, offsets);
  // The parser's own message is English and technical; keep its code for the reader and the first line of text.
  const detail = err.message.split('\n')[0] ?? err.message;
  return syntax(file, 'syntax', { code: err.code, detail: detail.replace(/ at line \d+, column \d+.*$/, '') }, offsets);
}

/**
 * The data path of each mapping key that starts at one of `offsets` (the key last), for keys
 * whose enclosing keys are all scalars. An explicit stack: nesting is bounded by now, but
 * this is the one walk over the document model.
 */
function pathsOfKeys(doc: Document.Parsed, offsets: ReadonlySet<number>): Map<number, Path> {
  const found = new Map<number, Path>();
  const stack: [unknown, Path][] = [[doc.contents, []]];
  for (let top = stack.pop(); top !== undefined && found.size < offsets.size; top = stack.pop()) {
    const [node, path] = top;
    if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        // As the data has it: plain objects' keys are strings, and a null key is "".
        const segment = value === null || value === undefined ? '' : typeof value === 'string' ? value
          : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined;
        if (segment === undefined) continue;
        const start = pair.key.range?.[0];
        if (start !== undefined && offsets.has(start)) found.set(start, [...path, segment]);
        stack.push([pair.value, [...path, segment]]);
      }
    }
  }
  return found;
}

/** Whether mappings and sequences nest deeper than `max` (a cycle always does). */
function dataDepthExceeds(data: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const item of Object.values(v)) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
  }
  return false;
}

const NFC_LIMIT = 1000;

/**
 * NFC-normalised copy of the data without `x_` extension keys (text is compared after
 * normalisation, and extensions are free-form by contract), with the first path of a string
 * (key or value, extensions included) that was not NFC and how many there were (at most 1000).
 * One walk with a shared path stack: this runs over every node of the catalog.
 */
export function normalizeData(v: unknown): { data: unknown; nonNfc: { first: Path | undefined; count: number } } {
  const nonNfc: { first: Path | undefined; count: number } = { first: undefined, count: 0 };
  const path: (string | number)[] = [];
  const note = (extra?: string): void => {
    if (nonNfc.count >= NFC_LIMIT) return;
    if (nonNfc.count === 0) nonNfc.first = extra === undefined ? [...path] : [...path, extra];
    nonNfc.count++;
  };
  // Only strings outside ASCII can change under NFC; most catalog strings are checked by one test.
  const nfc = (s: string, key?: string): string => {
    // eslint-disable-next-line no-control-regex -- the ASCII range
    if (!/[^\x00-\x7f]/.test(s)) return s;
    const n = s.normalize('NFC');
    if (n !== s) note(key);
    return n;
  };
  const walk = (item: unknown, keep: boolean): unknown => {
    if (typeof item === 'string') return nfc(item);
    if (Array.isArray(item)) {
      const out: unknown[] = keep ? new Array<unknown>(item.length) : [];
      for (let i = 0; i < item.length; i++) {
        path.push(i);
        const value = walk(item[i], keep);
        if (keep) out[i] = value;
        path.pop();
      }
      return out;
    }
    if (item !== null && typeof item === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, value] of Object.entries(item)) {
        const key = nfc(k, k);
        path.push(k);
        const keepThis = keep && !k.startsWith('x_');
        const copy = walk(value, keepThis);
        if (keepThis) out[key] = copy;
        path.pop();
      }
      return out;
    }
    return item;
  };
  return { data: walk(v, true), nonNfc };
}
