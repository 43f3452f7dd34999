/**
 * `tthc fmt` on one file's text: keys in the canonical order (the order of spec/catalog.md,
 * which is the order of the zod shapes in schema/kinds.ts), text in Unicode NFC, procedure
 * codes always double-quoted. Through the yaml Document API, so comments, blank lines, flow
 * collections and scalar styles stay as written. A file already canonical is left exactly as
 * it is; one that needs a change is printed again by yaml (which also evens out spacing).
 * Pure: text → text.
 */
import { YAMLMap, YAMLSeq, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { z } from 'zod';
import { KINDS, type Kind } from './schema/kinds.js';
import { LOCAL_CODE, NATIONAL_CODE, procedureCode } from './schema/shapes.js';

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: 'syntax' | 'multiple-documents' };

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  discriminator?: string;
  valueType?: Schema;
  in?: Schema;
  values?: unknown[];
}

// zod's internal definition, read for the shape, element and branches of each schema.
const def = (s: Schema): Def => s._zod.def;

/** Through optional, nullable, default and pipes to the schema that shapes the value. */
function unwrap(s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let i = 0; cur && i < 10; i++) {
    if (cur === procedureCode) return cur;
    const d = def(cur);
    if (d.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
  return cur;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** The branch of a union that fits a mapping: by discriminator, else the first whose keys cover it. */
function branch(s: Schema, node: YAMLMap): Schema | undefined {
  const d = def(s);
  const keys = node.items.map(keyOf).filter((k): k is string => k !== undefined && !k.startsWith('x_'));
  const objects = (d.options ?? []).map(unwrap).filter((o): o is Schema => o !== undefined && def(o).type === 'object');
  if (d.discriminator !== undefined) {
    const value = node.get(d.discriminator);
    const hit = objects.find((o) => {
      const lit = def(o).shape?.[d.discriminator ?? ''];
      return lit !== undefined && (def(lit).values ?? []).includes(value);
    });
    if (hit) return hit;
  }
  return objects.find((o) => keys.every((k) => k in (def(o).shape ?? {})));
}

function rank(order: readonly string[], key: string | undefined): number {
  if (key === undefined) return order.length + 2;
  const i = order.indexOf(key);
  // Unknown keys after known ones, extensions (x_) last; each group keeps its written order.
  return i !== -1 ? i : key.startsWith('x_') ? order.length + 1 : order.length;
}

/** What formatting found to change; a file with nothing to change keeps its exact text. */
interface Changes {
  dirty: boolean;
}

function walk(node: unknown, schema: Schema | undefined, changes: Changes): void {
  const s = unwrap(schema);
  const d = s ? def(s) : undefined;
  if (isMap(node)) {
    let shape: Record<string, Schema> | undefined;
    let values: Schema | undefined;
    if (d?.type === 'object') shape = d.shape;
    else if (d?.type === 'union' && s) shape = (() => { const b = branch(s, node); return b ? def(b).shape : undefined; })();
    else if (d?.type === 'record') values = d.valueType;
    if (shape) {
      const order = Object.keys(shape);
      const indexed = node.items.map((pair, i) => ({ pair, i, r: rank(order, keyOf(pair)) }));
      indexed.sort((a, b) => a.r - b.r || a.i - b.i);
      if (indexed.some((x, i) => x.i !== i)) changes.dirty = true;
      node.items = indexed.map((x) => x.pair);
    }
    for (const pair of node.items) {
      const key = keyOf(pair);
      walk(pair.value, key === undefined ? undefined : shape ? shape[key] : values, changes);
    }
    return;
  }
  if (isSeq(node)) {
    const element = d?.type === 'array' ? d.element : undefined;
    for (const item of node.items) walk(isPair(item) ? item.value : item, element, changes);
    return;
  }
  if (isScalar(node) && s === procedureCode) {
    // `code: 1.001193` unquoted is a number to YAML; keep the digits as written.
    const raw = typeof node.value === 'number' ? (node.source ?? String(node.value)) : node.value;
    if (typeof raw === 'string' && (NATIONAL_CODE.test(raw) || LOCAL_CODE.test(raw))) {
      if (node.value !== raw || node.type !== 'QUOTE_DOUBLE') changes.dirty = true;
      node.value = raw;
      node.type = 'QUOTE_DOUBLE';
    }
  }
}

/** NFC for every string value, key and comment. */
function normalize(doc: Document, changes: Changes): void {
  const nfc = (s: string | null | undefined): string | null => {
    if (typeof s !== 'string') return null;
    const n = s.normalize('NFC');
    if (n !== s) changes.dirty = true;
    return n;
  };
  if (doc.commentBefore) doc.commentBefore = nfc(doc.commentBefore);
  if (doc.comment) doc.comment = nfc(doc.comment);
  visit(doc, {
    Node(_key, node) {
      const n: YamlNode & { commentBefore?: string | null; comment?: string | null } = node;
      if (n.commentBefore) n.commentBefore = nfc(n.commentBefore);
      if (n.comment) n.comment = nfc(n.comment);
      if (isScalar(node) && typeof node.value === 'string') node.value = nfc(node.value) ?? node.value;
    },
  });
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with the node as `this` below
const MAP_TO_STRING = YAMLMap.prototype.toString as ToString;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with the node as `this` below
const SEQ_TO_STRING = YAMLSeq.prototype.toString as ToString;

type ToString = (this: unknown, ctx?: { flowCollectionPadding?: string }, ...rest: unknown[]) => string;

/**
 * Flow maps print padded (`{ value: 1, unit: working_days }`) and flow sequences tight
 * (`[commune]`), as in spec/catalog.md. yaml has one padding option for both, so each flow
 * collection prints with its own padding in the context it passes to its children.
 */
function padFlow(doc: Document): void {
  visit(doc, {
    Map(_k, node) { pad(node, MAP_TO_STRING, ' '); },
    Seq(_k, node) { pad(node, SEQ_TO_STRING, ''); },
  });
}

function pad(node: YAMLMap | YAMLSeq, original: ToString, padding: string): void {
  if (node.flow !== true) return;
  Object.defineProperty(node, 'toString', {
    value(this: unknown, ctx?: { flowCollectionPadding?: string }, ...rest: unknown[]) {
      return original.call(this, ctx === undefined ? ctx : { ...ctx, flowCollectionPadding: padding }, ...rest);
    },
    enumerable: false,
    configurable: true,
  });
}

/** A document as text in the catalog's style: flow maps padded, flow sequences tight, no folding. */
export function printCanonical(doc: Document): string {
  padFlow(doc);
  return doc.toString({ lineWidth: 0 });
}

export function formatCatalogText(input: string): FormatResult {
  const text = input.replace(/^\uFEFF/, '');
  const crlf = /\r\n/.test(text);
  const docs = parseAllDocuments(crlf ? text.replace(/\r\n/g, '\n') : text, { prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length > 1) return { ok: false, reason: 'multiple-documents' };
  const doc = list[0];
  if (doc === undefined) return { ok: true, text: input, changed: false };
  if (doc.errors.length > 0) return { ok: false, reason: 'syntax' };
  const changes: Changes = { dirty: false };
  normalize(doc, changes);
  const contents = doc.contents;
  if (isMap(contents)) {
    const kind = contents.get('kind');
    const schema = typeof kind === 'string' && Object.hasOwn(KINDS, kind) ? KINDS[kind as Kind] : undefined;
    // A comment at the very top (a schema line, a header) stays at the top whatever key comes first.
    const first = contents.items[0];
    const head = first && isScalar(first.key) ? first.key.commentBefore : undefined;
    if (first && isScalar(first.key)) first.key.commentBefore = null;
    walk(contents, schema, changes);
    const now = contents.items[0];
    if (head && now && isScalar(now.key)) now.key.commentBefore = now.key.commentBefore ? `${head}\n${now.key.commentBefore}` : head;
  }
  // Nothing to change: keep the exact text (line folding, aligned comments…), which yaml would redo.
  if (!changes.dirty) return { ok: true, text: input, changed: false };
  let out = printCanonical(doc);
  if (crlf) out = out.replace(/\n/g, '\r\n');
  return { ok: true, text: out, changed: out !== input };
}
