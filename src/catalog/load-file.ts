/**
 * One file, bytes to a validated value. Pure and independent of other files, so files can be
 * processed in any order, on any thread, or taken from a cache.
 */
import type { z } from 'zod';
import type { Report } from '../rules/report.js';
import { decode, encodingReport } from './decode.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { Slices } from './fast-parse.js';
import { SourceFile, type Range } from './source.js';
import { DEFAULT_PARSE_LIMITS, normalizeData, parseYaml, type ParseLimits, type ParserChoice } from './parse.js';
import { API_VERSION, KINDS, KIND_NAMES, type Kind } from './schema/kinds.js';
import { LOCAL_CODE, NATIONAL_CODE } from './schema/shapes.js';
import { agency, dataSource, evidence, implementationEntry, legalDocument, suppression } from './schema/kinds.js';
import { issuesToReports } from './validate.js';

export interface FileLimits extends ParseLimits {
  /** Larger files are reported, not parsed (bytes). */
  maxFileBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { ...DEFAULT_PARSE_LIMITS, maxFileBytes: DEFAULT_LIMITS.maxFileBytes };

export interface LoadedFile {
  file: string;
  /** Decoded text (when the bytes were not UTF-8: decoded with replacement characters, for positions only). */
  text: string;
  kind: Kind | undefined;
  /** Validated value: the whole file, or what could be kept of a partly invalid list. */
  value: unknown;
  valid: boolean;
  reports: Report[];
  /** Node offsets of the fast parser, when it read the file (positions without a full parse). */
  slices?: Slices;
  /** Positions computed for this file's findings in an earlier run (from the cache). */
  located?: [string, Range][];
  /** Ids present in the raw data of entries that failed validation. */
  invalidIds: Partial<Record<'procedures' | 'agencies' | 'legal' | 'sources' | 'evidence', string[]>>;
  /**
   * For a list file whose broken entries were dropped: the position in the file of each kept
   * entry, by list field. Item `i` of the kept list is item `kept[field][i]` of the file.
   */
  kept: Record<string, number[]>;
}

/** `parser` picks the YAML reader; both give the same result (test/catalog/loader-equivalence.test.ts). */
export function loadFile(file: string, bytes: Uint8Array, limits: FileLimits = DEFAULT_FILE_LIMITS, parser: ParserChoice = 'auto'): LoadedFile {
  const out = readFile(file, bytes, limits, parser);
  // A procedure file that does not load still names its procedure by its file name
  // (procedures/<sector>/<code>.yaml, ref/file-name): references to that code are not dangling.
  const named = out.valid ? undefined : procedureCodeOfFile(file);
  if (named !== undefined && !(out.invalidIds.procedures ?? []).includes(named)) (out.invalidIds.procedures ??= []).push(named);
  return out;
}

/** The procedure code a file's path names (procedures/<sector>/<code>.yaml), if it names one. */
export function procedureCodeOfFile(file: string): string | undefined {
  if (!file.startsWith('procedures/')) return undefined;
  const stem = (file.split('/').pop() ?? '').replace(/\.ya?ml$/i, '');
  return NATIONAL_CODE.test(stem) || LOCAL_CODE.test(stem) ? stem : undefined;
}

function readFile(file: string, bytes: Uint8Array, limits: FileLimits, parser: ParserChoice): LoadedFile {
  const out: LoadedFile = { file, text: '', kind: undefined, value: undefined, valid: false, reports: [], invalidIds: {}, kept: {} };
  if (bytes.length > limits.maxFileBytes) {
    out.reports.push({ rule: 'schema/invalid', message: 'file-too-large', data: { size: bytes.length, limit: limits.maxFileBytes }, target: { file, offsets: [0, 0] } });
    return out;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    out.text = decoded.text;
    out.reports.push(encodingReport(file, decoded));
    return out;
  }
  out.text = decoded.text;
  const parsed = parseYaml(file, decoded.text, limits, parser);
  out.reports.push(...parsed.reports);
  if (parsed.empty) {
    out.reports.push({ rule: 'schema/unknown-kind', message: 'empty', data: {}, target: { file, offsets: [0, 0] } });
    return out;
  }
  if (parsed.data === undefined) return out;
  if (parsed.slices !== undefined) out.slices = parsed.slices;

  const raw = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    out.reports.push({ rule: 'schema/unknown-kind', message: 'not-a-mapping', data: {}, target: { file, path: [] } });
    return out;
  }
  const rec = raw as Record<string, unknown>;
  if (rec.apiVersion !== API_VERSION) {
    out.reports.push({
      rule: 'schema/unknown-kind',
      message: rec.apiVersion === undefined ? 'missing-api-version' : 'unknown-api-version',
      data: { value: rec.apiVersion === undefined ? '' : typeof rec.apiVersion === 'string' ? rec.apiVersion : JSON.stringify(rec.apiVersion), expected: API_VERSION },
      target: rec.apiVersion === undefined ? { file, path: [] } : { file, path: ['apiVersion'] },
    });
    return out;
  }
  const kind = typeof rec.kind === 'string' && (KIND_NAMES as string[]).includes(rec.kind) ? (rec.kind as Kind) : undefined;
  if (kind === undefined) {
    out.reports.push({
      rule: 'schema/unknown-kind',
      message: rec.kind === undefined ? 'missing-kind' : 'unknown-kind',
      data: { value: rec.kind === undefined ? '' : typeof rec.kind === 'string' ? rec.kind : JSON.stringify(rec.kind), kinds: KIND_NAMES },
      target: rec.kind === undefined ? { file, path: [] } : { file, path: ['kind'] },
    });
    return out;
  }
  out.kind = kind;

  const normalized = normalizeData(raw);
  const data = normalized.data as Record<string, unknown>;
  const nonNfc = normalized.nonNfc;
  if (nonNfc.first) {
    out.reports.push({ rule: 'schema/not-nfc', message: 'not-nfc', data: { count: nonNfc.count }, target: { file, path: nonNfc.first } });
  }
  const result = KINDS[kind].safeParse(data, { reportInput: true });
  if (result.success) {
    out.value = result.data;
    out.valid = true;
    return out;
  }
  const issues = issuesToReports(file, result.error.issues);
  addWrittenCodes(file, decoded.text, parsed.slices, issues);
  out.reports.push(...issues);
  const kept = recoverValid(kind, data, out.invalidIds, out.kept);
  if (kept !== undefined) out.value = kept;
  else {
    out.kept = {};
    collectInvalidIds(kind, data, out.invalidIds);
  }
  return out;
}

/**
 * A procedure code YAML read as a number (`code: 1.000100` is 1.0001) gets the text it was
 * written as: only that tells whether zeros at the end were lost or the code was short. Rare,
 * so the file's source is built only when there is one.
 */
function addWrittenCodes(file: string, text: string, slices: Slices | undefined, reports: Report[]): void {
  let source: SourceFile | undefined;
  for (const r of reports) {
    if (r.message !== 'code-number' || r.target.path === undefined) continue;
    source ??= new SourceFile(file, text, slices);
    const written = source.textAt(r.target.path)?.trim();
    // The path's own node, not an ancestor: the text reads as the same number.
    if (written !== undefined && Number(written) === Number(r.data.value)) r.data = { ...r.data, text: written };
  }
}

const LISTS: Partial<Record<Kind, [field: string, schema: z.ZodType, ids?: keyof LoadedFile['invalidIds'], idField?: string][]>> = {
  AgencyList: [['agencies', agency, 'agencies', 'id']],
  LegalDocumentList: [['documents', legalDocument, 'legal', 'id']],
  DataSourceList: [['sources', dataSource, 'sources', 'id'], ['evidence', evidence, 'evidence', 'id']],
  SuppressionList: [['suppressions', suppression]],
  Implementation: [['procedures', implementationEntry]],
};

/**
 * Keep the valid entries of a list file whose other entries are broken, so one bad agency
 * does not make every reference to the others dangle.
 */
function recoverValid(kind: Kind, data: Record<string, unknown>, invalidIds: LoadedFile['invalidIds'], kept: LoadedFile['kept']): unknown {
  const lists = LISTS[kind];
  if (!lists) return undefined;
  const copy: Record<string, unknown> = { ...data };
  for (const [field, schema, idsKey, idField] of lists) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    const indices: number[] = [];
    kept[field] = indices;
    copy[field] = items.filter((item: unknown, index) => {
      if (schema.safeParse(item).success) {
        indices.push(index);
        return true;
      }
      const id = idField !== undefined && item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
      if (idsKey && typeof id === 'string') (invalidIds[idsKey] ??= []).push(id);
      return false;
    });
  }
  const again = KINDS[kind].safeParse(copy);
  return again.success ? again.data : undefined;
}

function collectInvalidIds(kind: Kind, data: Record<string, unknown>, invalidIds: LoadedFile['invalidIds']): void {
  if (kind === 'Procedure' && typeof data.code === 'string') (invalidIds.procedures ??= []).push(data.code);
  // `code: 1.000100` unquoted is the number 1.0001; references elsewhere say "1.000100", and
  // national codes always have six decimals, so that form is the one the author meant.
  if (kind === 'Procedure' && typeof data.code === 'number') (invalidIds.procedures ??= []).push(String(data.code), data.code.toFixed(6));
  for (const [field, , idsKey, idField] of LISTS[kind] ?? []) {
    const items = data[field];
    if (!Array.isArray(items) || !idsKey || idField === undefined) continue;
    for (const item of items) {
      const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
      if (typeof id === 'string') (invalidIds[idsKey] ??= []).push(id);
    }
  }
}
