/**
 * Source text of one catalog file and the one place that turns document paths into 1-based
 * line:column ranges. Rules only ever produce paths; positions are computed here, on demand,
 * so files without findings never pay for a position lookup.
 */
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Slices } from './fast-parse.js';
import { contentStart, locateInTree, nodeTree, type TreeNode } from './fast-locate.js';
import { LIMIT_VARIABLES, checkStructure } from './limits.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Range {
  line: number;
  column: number;
  end_line: number;
  end_column: number;
}

/** Where a report points: a node by path, the key of the last path segment, or raw offsets. */
export interface Target {
  file: string;
  path?: Path;
  /** Point at the key of the last segment rather than its value (unknown and duplicate keys). */
  atKey?: boolean;
  /** Byte offsets into the decoded text, for parser errors that have no node. */
  offsets?: readonly [number, number];
}

/**
 * A part of the file that can be parsed on its own: one item of a top-level list or one
 * top-level value, with the indentation of its first line restored, so that it gives the same
 * nodes at the same offsets as the whole file for a fraction of the cost.
 */
interface Part {
  /** The part's text: spaces up to its first column, then the slice. */
  text: string;
  /** Offset in the file of offset 0 in the part's text. */
  base: number;
  /** Path segments the part's root node stands for. */
  depth: number;
  /** js-yaml's node tree (null: unreadable alone), then `yaml`'s document, each when first needed. */
  tree?: TreeNode | null;
  doc?: Document | null;
}

/** Parsed parts of a file kept at once: reports arrive part by part (see `part`). */
const KEPT_PARTS = 4;

export class SourceFile {
  private lineStarts: number[] | undefined;
  private doc: Document | undefined;
  private parts = new Map<string, Part>();
  /** Positions already computed, by target (some come from the cache of an earlier run). */
  private readonly located: Map<string, Range>;

  constructor(
    /** Path relative to the catalog root, with `/`. */
    readonly file: string,
    /** Decoded text, BOM removed. */
    readonly text: string,
    /** Offsets of top-level values and list items, when the fast parser read the file. */
    readonly slices?: Slices,
    located: Iterable<[string, Range]> = [],
    /**
     * Where the kept entries of a partly invalid list file sit in the file (see
     * `LoadedFile.kept`): rules count entries of the kept list, the file counts them all.
     */
    private readonly kept: Readonly<Record<string, readonly number[]>> = {},
  ) {
    this.located = new Map(located);
  }

  /** Every position computed so far, for the cache. */
  locatedEntries(): [string, Range][] {
    return [...this.located];
  }

  /** A path into the loaded value as a path into the file (the same unless entries were dropped). */
  filePath(path: Path): Path {
    const [field, index, ...rest] = path;
    if (typeof field !== 'string' || typeof index !== 'number') return path;
    const original = this.kept[field]?.[index];
    return original === undefined ? path : [field, original, ...rest];
  }

  /** Parsed document with source ranges, built the first time a position is asked for. */
  document(): Document {
    this.doc ??= safeParse(this.text);
    return this.doc;
  }

  /** Drop the document models once positions are computed (large catalogs). */
  release(): void {
    this.doc = undefined;
    this.parts.clear();
    this.lineStarts = undefined;
  }

  /** The smallest known part of the file that holds `path`, when the fast parser read the file. */
  private part(path: Path, atKey: boolean): Part | undefined {
    if (this.slices === undefined) return undefined;
    const root = path[0];
    const index = path[1];
    // Own keys only: slices come back from the cache and other threads as ordinary objects.
    const items = typeof root === 'string' && Object.hasOwn(this.slices.items, root) ? this.slices.items[root] : undefined;
    let range: readonly [number, number] | undefined;
    let depth = 1;
    if (typeof index === 'number' && items !== undefined && 2 * index + 1 < items.length) {
      range = [items[2 * index] ?? 0, items[2 * index + 1] ?? 0];
      depth = 2;
    } else if (typeof root === 'string' && (path.length > 1 || !atKey) && Object.hasOwn(this.slices.roots, root)) {
      range = this.slices.roots[root];
    }
    // No smaller part: the whole file (still cheaper with js-yaml than with `yaml`).
    if (range === undefined) depth = 0;
    const id = `${String(depth)}:${depth === 2 ? String(index) : ''}:${depth === 0 ? '' : String(root)}`;
    const known = this.parts.get(id);
    if (known !== undefined) return known;
    let part: Part;
    if (range === undefined) {
      part = { text: this.text, base: 0, depth: 0 };
    } else {
      // The recorded start is where the parser began looking for the node: skip to its content.
      const start = contentStart(this.text, range[0]);
      const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
      part = { text: ' '.repeat(start - lineStart) + this.text.slice(start, range[1]), base: lineStart, depth };
    }
    // Reports come part by part (engine.ts sorts them so): the last few parts are all worth keeping.
    if (this.parts.size >= KEPT_PARTS) this.parts.delete(this.parts.keys().next().value ?? '');
    this.parts.set(id, part);
    return part;
  }

  /** Offsets of the node at `path` from js-yaml's view of the part, when it can tell. */
  private fastFind(part: Part, path: Path, atKey: boolean): readonly [number, number] | undefined {
    if (part.tree === undefined) part.tree = nodeTree(part.text) ?? null;
    if (part.tree === null) return undefined;
    const found = locateInTree(part.text, part.tree, path, part.depth, atKey);
    return found === undefined ? undefined : [part.base + found[0], part.base + found[1]];
  }

  /** `yaml`'s document of the part (null when it does not parse alone). */
  private partDocument(part: Part): Document | null {
    if (part.doc === undefined) {
      const doc = part.depth === 0 ? this.document() : parseDocument(part.text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
      part.doc = doc.errors.length === 0 && doc.contents !== null ? doc : null;
    }
    return part.doc;
  }

  position(offset: number): { line: number; column: number } {
    this.lineStarts ??= computeLineStarts(this.text);
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  rangeOf(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, end_line: b.line, end_column: b.column };
  }

  /** The range of the node at `path`, or of its deepest existing ancestor. */
  locate(target: Pick<Target, 'path' | 'atKey' | 'offsets'>): Range {
    const id = JSON.stringify([target.path ?? [], target.atKey === true, target.offsets ?? null]);
    let range = this.located.get(id);
    if (range === undefined) {
      range = this.find(target);
      this.located.set(id, range);
    }
    return { ...range };
  }

  /** The text of the node at `path` as written in the file (quotes, if any, included). */
  textAt(path: Path): string | undefined {
    const offsets = this.offsetsOf(path, false);
    return offsets === undefined ? undefined : this.text.slice(offsets[0], offsets[1]);
  }

  private find(target: Pick<Target, 'path' | 'atKey' | 'offsets'>): Range {
    if (target.offsets) return this.rangeOf(target.offsets[0], target.offsets[1]);
    const offsets = this.offsetsOf(target.path ?? [], target.atKey === true);
    if (offsets) return this.rangeOf(offsets[0], offsets[1]);
    return { line: 1, column: 1, end_line: 1, end_column: 1 };
  }

  /** Offsets of the node at `path`, or of its deepest existing ancestor. */
  private offsetsOf(path: Path, atKey: boolean): readonly [number, number] | undefined {
    const part = this.part(path, atKey);
    if (part !== undefined) {
      const fast = this.fastFind(part, path, atKey);
      if (fast !== undefined) return fast;
    }
    const partDoc = part === undefined ? null : this.partDocument(part);
    const doc = partDoc ?? this.document();
    const base = partDoc === null ? 0 : (part?.base ?? 0);
    const skip = partDoc === null ? 0 : (part?.depth ?? 0);
    let node: unknown = doc.contents;
    for (const [i, seg] of path.entries()) {
      if (i < skip) continue;
      const next = child(node, seg);
      if (next === undefined) break;
      node = next.value ?? next.key;
      if (i === path.length - 1 && atKey && next.key !== undefined) {
        node = next.key;
      }
    }
    const range = nodeRange(node);
    return range ? [base + range[0], base + range[1]] : undefined;
  }
}

function child(node: unknown, seg: PathSegment): { key?: unknown; value?: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === seg || (typeof seg === 'number' && key === String(seg)) || String(key) === seg) {
        return { key: pair.key, value: pair.value ?? undefined };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item: unknown = node.items[seg];
    if (item === undefined) return undefined;
    if (isPair(item)) return { key: item.key, value: item.value };
    return { value: item };
  }
  return undefined;
}

function nodeRange(node: unknown): readonly [number, number] | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The document model of any text, without recursing into nesting no limit allows: a file the
 * loader refused as too deep gets an empty model, and its findings point at offsets or 1:1.
 */
function safeParse(text: string): Document {
  if (checkStructure(text, { maxDepth: LIMIT_VARIABLES.TTHC_MAX_DEPTH.max, maxAliasCount: Number.POSITIVE_INFINITY })) return new Document(null);
  try {
    return parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) return new Document(null);
    throw error;
  }
}
