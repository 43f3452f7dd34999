/**
 * Node ranges without `yaml`'s document model: a part of a file the fast parser already read
 * is parsed again with js-yaml, recording where each node opens and closes, and the range of
 * the node at a path is derived from those offsets exactly as `yaml` would report it.
 *
 * Only shapes whose `yaml` range follows from the offsets are answered: plain and quoted
 * scalars, flow collections, block mappings and sequences whose every child has its own
 * node. Block scalars, empty values, and any collection whose children cannot be paired
 * with its data return undefined, and the caller asks `yaml` (test/catalog/fast-locate.test.ts
 * compares both on every node of real and generated catalogs).
 */
import { load, type State } from 'js-yaml';
import { CORE_SCHEMA } from './fast-parse.js';
import type { Path } from './source.js';

export interface TreeNode {
  /** Where js-yaml began reading the node (may be before whitespace and comments). */
  open: number;
  /** Where it stopped (after trailing spaces of a plain scalar, before the next line's indent). */
  close: number;
  kind: string | null;
  /** A scalar's value (collections keep none: see `nodeTree`). */
  result: unknown;
  /** A collection whose data is of its kind (an object, an array). */
  shaped: boolean;
  /** A collection whose every key and value, or item, has a node of its own. */
  paired: boolean;
  /** As the value of a mapping entry: the value the data holds under the entry's key. */
  matches: boolean;
  children: TreeNode[];
}

/** The node tree of `text`, or undefined when js-yaml cannot read it. */
export function nodeTree(text: string): TreeNode | undefined {
  const stack: TreeNode[] = [treeNode(0)];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      stack.push(treeNode(state.position));
      return;
    }
    const node = stack.pop();
    if (node === undefined) return;
    node.close = state.position;
    node.kind = (state as State & { kind: string | null }).kind;
    node.result = state.result;
    describe(node);
    // A flow collection in a block context is reported twice, once around itself: keep one.
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const kept = only !== undefined && only.kind === node.kind && Object.is(only.result, node.result) && node.kind !== 'scalar' ? only : node;
    stack[stack.length - 1]?.children.push(kept);
    // The data of the node's own collections has been compared: let it go with the parse.
    for (const c of node.children) if (c !== kept && c.kind !== 'scalar') c.result = undefined;
  };
  try {
    load(text, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  const root = stack[0]?.children[0];
  if (root !== undefined && root.kind !== 'scalar') root.result = undefined;
  return root;
}

function treeNode(open: number): TreeNode {
  return { open, close: 0, kind: null, result: undefined, shaped: false, paired: false, matches: false, children: [] };
}

/*
 * What lookups need to know of a collection's data, taken while js-yaml's value is at hand, so
 * that a tree does not hold the value of every collection of its part (a national catalog
 * locates 170,000 findings: the values would all be kept until their part is released).
 */
function describe(node: TreeNode): void {
  const { result, children } = node;
  if (node.kind === 'mapping') {
    node.shaped = result !== null && typeof result === 'object';
    if (!node.shaped) return;
    node.paired = children.length === 2 * Object.keys(result as object).length;
    for (let k = 0; k + 1 < children.length; k += 2) {
      const key = children[k];
      const value = children[k + 1];
      if (key === undefined || value === undefined || key.kind !== 'scalar') continue;
      value.matches = Object.is((result as Record<string, unknown>)[String(key.result)], value.result);
    }
  } else if (node.kind === 'sequence') {
    node.shaped = Array.isArray(result);
    node.paired = node.shaped && children.length === (result as unknown[]).length;
  }
}

/** Result of a lookup: offsets as `yaml` reports them, or undefined when only `yaml` can tell. */
export type Offsets = readonly [number, number] | undefined;

/**
 * The range of the node at `path` (or of its deepest existing ancestor) below `root`, which
 * stands for the first `skip` segments. `atKey` points at the last segment's key instead.
 */
export function locateInTree(text: string, root: TreeNode, path: Path, skip: number, atKey: boolean): Offsets {
  let node = root;
  for (let i = skip; i < path.length; i++) {
    const seg = path[i];
    if (seg === undefined) break;
    const next = child(text, node, seg);
    if (next === null) return undefined;
    if (next === undefined) break;
    node = i === path.length - 1 && atKey && next.key !== undefined ? next.key : next.value;
  }
  return range(text, node);
}

/** The child at `seg`: its key and value nodes; undefined when absent; null when unknowable. */
function child(text: string, node: TreeNode, seg: string | number): { key?: TreeNode; value: TreeNode } | undefined | null {
  const { children } = node;
  if (node.kind === 'mapping') {
    if (!node.paired) return null;
    for (let k = 0; k < children.length; k += 2) {
      const key = children[k];
      const value = children[k + 1];
      if (key === undefined || value === undefined || key.kind !== 'scalar') return null;
      if (String(key.result) !== String(seg)) continue;
      // The value must be the one the data holds under this key (paired in order).
      if (!value.matches) return null;
      return { key, value };
    }
    return undefined;
  }
  if (node.kind === 'sequence') {
    if (!node.shaped || typeof seg !== 'number') return typeof seg === 'number' ? null : undefined;
    if (!node.paired) return null;
    const item = children[seg];
    if (item === undefined) return undefined;
    // `[a: 1]` is a pair inside a flow sequence for `yaml`, a mapping for js-yaml.
    if (text.charCodeAt(contentStart(text, node.open)) === 0x5b /* [ */ && item.kind === 'mapping' && text.charCodeAt(contentStart(text, item.open)) !== 0x7b) return null;
    return { value: item };
  }
  return undefined;
}

/** `yaml`'s `[range[0], range[1]]` of a node: where its content starts and its value ends. */
function range(text: string, node: TreeNode): Offsets {
  const start = contentStart(text, node.open);
  const end = valueEnd(text, node);
  return end === undefined ? undefined : [start, end];
}

function valueEnd(text: string, node: TreeNode): number | undefined {
  const start = contentStart(text, node.open);
  const first = text.charCodeAt(start);
  if (node.kind === null || node.close <= start) return undefined; // an empty value: `yaml` places it elsewhere
  if (node.kind === 'scalar') {
    if (first === 0x7c /* | */ || first === 0x3e /* > */) return undefined; // block scalar
    return trimEnd(text, node.close, start);
  }
  if (first === 0x5b /* [ */ || first === 0x7b /* { */) return trimEnd(text, node.close, start);
  if (!node.paired) return undefined;
  // A block collection ends where its last value's line ends (after its comment and newline).
  const last = node.children[node.children.length - 1];
  if (last === undefined) return undefined;
  if (last.kind === 'mapping' || last.kind === 'sequence') {
    const lastFirst = text.charCodeAt(contentStart(text, last.open));
    if (lastFirst !== 0x5b && lastFirst !== 0x7b) return valueEnd(text, last);
  }
  const end = valueEnd(text, last);
  return end === undefined ? undefined : lineEnd(text, end);
}

/** Past spaces, newlines and comments from where js-yaml began a node. */
export function contentStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else if (c === 0x23 /* # */) while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    else return i;
  }
}

function trimEnd(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i--;
    else break;
  }
  return i;
}

/** After the rest of the line at `at`: spaces, a comment, the line break. */
function lineEnd(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) === 0x23 /* # */) while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
  if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) return i + 2;
  if (text.charCodeAt(i) === 0x0a) return i + 1;
  return i;
}
