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
  result: unknown;
  children: TreeNode[];
}

/** The node tree of `text`, or undefined when js-yaml cannot read it. */
export function nodeTree(text: string): TreeNode | undefined {
  const stack: TreeNode[] = [{ open: 0, close: 0, kind: null, result: undefined, children: [] }];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      stack.push({ open: state.position, close: 0, kind: null, result: undefined, children: [] });
      return;
    }
    const node = stack.pop();
    if (node === undefined) return;
    node.close = state.position;
    node.kind = (state as State & { kind: string | null }).kind;
    node.result = state.result;
    // A flow collection in a block context is reported twice, once around itself: keep one.
    const only = node.children.length === 1 ? node.children[0] : undefined;
    stack[stack.length - 1]?.children.push(only !== undefined && only.kind === node.kind && Object.is(only.result, node.result) && node.kind !== 'scalar' ? only : node);
  };
  try {
    load(text, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return stack[0]?.children[0];
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
  const { result, children } = node;
  if (node.kind === 'mapping') {
    if (result === null || typeof result !== 'object') return null;
    const keys = Object.keys(result);
    if (children.length !== 2 * keys.length) return null;
    for (let k = 0; k < children.length; k += 2) {
      const key = children[k];
      const value = children[k + 1];
      if (key === undefined || value === undefined || key.kind !== 'scalar') return null;
      if (String(key.result) !== String(seg)) continue;
      // The value must be the one the data holds under this key (paired in order).
      if (!Object.is((result as Record<string, unknown>)[String(key.result)], value.result)) return null;
      return { key, value };
    }
    return undefined;
  }
  if (node.kind === 'sequence') {
    if (!Array.isArray(result) || typeof seg !== 'number') return typeof seg === 'number' ? null : undefined;
    if (children.length !== result.length) return null;
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
  if (!paired(node)) return undefined;
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

/** Every child has a node of its own (an empty value or item has none). */
function paired(node: TreeNode): boolean {
  const { result, children } = node;
  if (node.kind === 'sequence') return Array.isArray(result) && children.length === result.length;
  return result !== null && typeof result === 'object' && children.length === 2 * Object.keys(result).length;
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
