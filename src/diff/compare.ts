/**
 * Two loaded catalogs to what changed between them: procedures, implementations and proposals
 * matched by code, agency and id (not by file, so a renamed file is a change of `file`, not a
 * removal and an addition); each change with its path, values and burden direction. Pure.
 */
import type { Catalog, Located } from '../catalog/model.js';
import { burdenOf, type Burden, type DiffSegment } from './burden.js';

export type { Burden, DiffSegment };

export interface FieldChange {
  /** Readable path: `channels[online].time`, `documents[giay-chung-sinh].copies`. */
  path: string;
  before: unknown;
  after: unknown;
  burden: Burden;
  /** The path as segments, list elements with their names: what labels are made from (not in JSON). */
  segments: DiffSegment[];
}

export interface ItemRef {
  file: string;
  name?: string;
  burden: Burden;
}

export interface ChangedItem {
  file: string;
  /** The procedure's or agency's name, or the proposal's title, as it is now. */
  name?: string;
  /** The file before, when it was renamed or moved. */
  previous_file?: string;
  changes: FieldChange[];
}

export interface CatalogDiff {
  added: (ItemRef & { procedure: string })[];
  removed: (ItemRef & { procedure: string })[];
  changed: (ChangedItem & { procedure: string })[];
  implementations: {
    added: (ItemRef & { agency: string })[];
    removed: (ItemRef & { agency: string })[];
    changed: (ChangedItem & { agency: string })[];
  };
  proposals: {
    added: (ItemRef & { proposal: string; procedure: string })[];
    removed: (ItemRef & { proposal: string; procedure: string })[];
    changed: (ChangedItem & { proposal: string })[];
  };
}

type Kind = 'Procedure' | 'Implementation' | 'Proposal';

/** Keys that identify list elements, tried in order: the first that every element has, uniquely. */
const ITEM_KEYS = ['code', 'kind', 'id', 'ref', 'name', 'action'] as const;

/**
 * `unknown`: the files of each side that did not load. They have no values there: what they
 * held is unknown, not added or removed (the command says which files were not compared).
 */
export function compareCatalogs(base: Catalog, head: Catalog, unknown = { base: brokenFiles(base), head: brokenFiles(head) }): CatalogDiff {
  const agencyNames = new Map(head.agencies.map((a) => [a.value.id, a.value.name]));
  const procedures = compareSets(base.procedures, head.procedures, (p) => p.code, (p) => p.name, 'Procedure', unknown);
  const implementations = compareSets(base.implementations, head.implementations, (i) => i.agency, (i) => agencyNames.get(i.agency), 'Implementation', unknown);
  const proposals = compareSets(base.proposals, head.proposals, (p) => p.id, (p) => p.title, 'Proposal', unknown);
  // A legal reference is said by the document's number, as people cite it, not by its id.
  const legalNumbers = new Map(head.legal.map((l) => [l.value.id, l.value.number]));
  for (const [, item] of [...procedures.changed, ...proposals.changed]) nameReferences(item.changes, legalNumbers);
  return {
    added: procedures.added.map(([code, p]) => ({ procedure: code, file: p.file, name: p.value.name, burden: p.value.status === 'active' ? 'up' : 'neutral' })),
    removed: procedures.removed.map(([code, p]) => ({ procedure: code, file: p.file, name: p.value.name, burden: p.value.status === 'active' ? 'down' : 'neutral' })),
    changed: procedures.changed.map(([procedure, item]) => ({ procedure, ...item })),
    implementations: {
      added: implementations.added.map(([agency, i]) => ({ agency, file: i.file, burden: 'neutral' })),
      removed: implementations.removed.map(([agency, i]) => ({ agency, file: i.file, burden: 'neutral' })),
      changed: implementations.changed.map(([agency, item]) => ({ agency, ...item })),
    },
    proposals: {
      added: proposals.added.map(([proposal, p]) => ({ proposal, procedure: p.value.procedure, file: p.file, name: p.value.title, burden: 'neutral' })),
      removed: proposals.removed.map(([proposal, p]) => ({ proposal, procedure: p.value.procedure, file: p.file, name: p.value.title, burden: 'neutral' })),
      changed: proposals.changed.map(([proposal, item]) => ({ proposal, ...item })),
    },
  };
}

/** Whether anything in the diff moves the burden up. */
export function burdenGoesUp(diff: CatalogDiff): boolean {
  const all = [
    ...diff.added, ...diff.removed, ...diff.implementations.added, ...diff.implementations.removed,
    ...diff.changed.flatMap((c) => c.changes), ...diff.implementations.changed.flatMap((c) => c.changes),
  ];
  return all.some((x) => x.burden === 'up');
}

export function isEmptyDiff(diff: CatalogDiff): boolean {
  return [diff.added, diff.removed, diff.changed, diff.implementations.added, diff.implementations.removed, diff.implementations.changed, diff.proposals.added, diff.proposals.removed, diff.proposals.changed].every((l) => l.length === 0);
}

/** Files of a catalog that failed to load or validate as a whole. */
export function brokenFiles(catalog: Catalog): Set<string> {
  return new Set(catalog.files.filter((f) => !f.valid).map((f) => f.file));
}

function compareSets<T>(base: readonly Located<T>[], head: readonly Located<T>[], key: (v: T) => string, name: (v: T) => string | undefined, kind: Kind, unknown: { base: ReadonlySet<string>; head: ReadonlySet<string> }) {
  const index = (items: readonly Located<T>[]) => {
    const map = new Map<string, Located<T>>();
    for (const item of items) if (!map.has(key(item.value))) map.set(key(item.value), item);
    return map;
  };
  const b = index(base);
  const h = index(head);
  const sorted = (m: Map<string, Located<T>>) => [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const added = sorted(h).filter(([k, item]) => !b.has(k) && !unknown.base.has(item.file));
  const removed = sorted(b).filter(([k, item]) => !h.has(k) && !unknown.head.has(item.file));
  const changed: [string, ChangedItem][] = [];
  for (const [k, after] of sorted(h)) {
    const before = b.get(k);
    if (!before) continue;
    const changes: FieldChange[] = [];
    diffValue(before.value, after.value, [], kind, changes);
    if (changes.length === 0 && before.file === after.file) continue;
    const item: ChangedItem = { file: after.file, changes };
    const now = name(after.value);
    if (now !== undefined) item.name = now;
    if (before.file !== after.file) item.previous_file = before.file;
    changed.push([k, item]);
  }
  return { added, removed, changed };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Durations and similar small value objects are compared whole, not key by key. */
function isAtomic(v: Record<string, unknown>): boolean {
  return 'value' in v && 'unit' in v;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffValue(before: unknown, after: unknown, path: DiffSegment[], kind: Kind, out: FieldChange[]): void {
  if (equal(before, after)) return;
  if (isRecord(before) && isRecord(after) && !isAtomic(before) && !isAtomic(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) {
      if (path.length === 0 && (k === 'apiVersion' || k === 'kind')) continue;
      diffValue(before[k], after[k], [...path, { key: k }], kind, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const last = path[path.length - 1];
    const list = last && 'key' in last ? last.key : '';
    const b = keyed(before);
    const a = keyed(after);
    if (b && a) {
      for (const [k, x] of b) {
        if (!a.has(k)) push(out, [...path, element(k, list, x)], x, undefined, kind);
      }
      for (const [k, x] of a) {
        const seg = element(k, list, x);
        const y = b.get(k);
        if (y === undefined) push(out, [...path, seg], undefined, x, kind);
        else diffValue(y, x, [...path, seg], kind, out);
      }
      return;
    }
    if (before.length === after.length && before.every(isRecord) && after.every(isRecord)) {
      before.forEach((x, i) => { diffValue(x, after[i], [...path, element(String(i), list, after[i])], kind, out); });
      return;
    }
  }
  push(out, path, before, after, kind);
}

/**
 * List elements by their identifying key (`code`, `kind`, `id`, `ref`, `name`, `action`: the
 * first each element has); undefined when an element has none or two share one.
 */
function keyed(items: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of items) {
    if (!isRecord(item)) return undefined;
    const key = ITEM_KEYS.find((k) => typeof item[k] === 'string');
    if (key === undefined) return undefined;
    const value = item[key] as string;
    if (map.has(value)) return undefined;
    map.set(value, item);
  }
  return map;
}

/** Elements of `legal_basis` and `amend` named by their document's number. */
function nameReferences(changes: readonly FieldChange[], numbers: ReadonlyMap<string, string>): void {
  for (const change of changes) {
    for (const seg of change.segments) {
      if (!('item' in seg) || seg.name !== undefined || (seg.list !== 'legal_basis' && seg.list !== 'amend')) continue;
      const number = numbers.get(seg.item);
      if (number !== undefined) seg.name = number;
    }
  }
}

/** A list element's segment, named by its `name` when that is not already its key. */
function element(item: string, list: string, value: unknown): DiffSegment {
  const name = isRecord(value) ? value.name : undefined;
  return typeof name === 'string' && name !== item ? { item, list, name } : { item, list };
}

function push(out: FieldChange[], path: DiffSegment[], before: unknown, after: unknown, kind: Kind): void {
  out.push({ path: pathText(path), before: before ?? null, after: after ?? null, burden: burdenOf(path, before, after, kind), segments: path });
}

export function pathText(path: readonly DiffSegment[]): string {
  let s = '';
  for (const seg of path) {
    if ('key' in seg) s += s === '' ? seg.key : `.${seg.key}`;
    else s += `[${seg.item}]`;
  }
  return s;
}
