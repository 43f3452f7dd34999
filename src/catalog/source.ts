/**
 * Source text of one catalog file and the one place that turns document paths into 1-based
 * line:column ranges. Rules only ever produce paths; positions are computed here, on demand,
 * so files without findings never pay for a position lookup.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';

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

export class SourceFile {
  private lineStarts: number[] | undefined;
  private doc: Document | undefined;

  constructor(
    /** Path relative to the catalog root, with `/`. */
    readonly file: string,
    /** Decoded text, BOM removed. */
    readonly text: string,
    /**
     * Where the kept entries of a partly invalid list file sit in the file (see
     * `LoadedFile.kept`): rules count entries of the kept list, the file counts them all.
     */
    private readonly kept: Readonly<Record<string, readonly number[]>> = {},
  ) {}

  /** A path into the loaded value as a path into the file (the same unless entries were dropped). */
  filePath(path: Path): Path {
    const [field, index, ...rest] = path;
    if (typeof field !== 'string' || typeof index !== 'number') return path;
    const original = this.kept[field]?.[index];
    return original === undefined ? path : [field, original, ...rest];
  }

  /** Parsed document with source ranges, built the first time a position is asked for. */
  document(): Document {
    this.doc ??= parseDocument(this.text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
    return this.doc;
  }

  /** Drop the document model once positions are computed (large catalogs). */
  release(): void {
    this.doc = undefined;
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
    if (target.offsets) return this.rangeOf(target.offsets[0], target.offsets[1]);
    const doc = this.document();
    let node: unknown = doc.contents;
    const path = target.path ?? [];
    for (const [i, seg] of path.entries()) {
      const next = child(node, seg);
      if (next === undefined) break;
      node = next.value ?? next.key;
      if (i === path.length - 1 && target.atKey === true && next.key !== undefined) {
        node = next.key;
      }
    }
    const range = nodeRange(node);
    if (range) return this.rangeOf(range[0], range[1]);
    return { line: 1, column: 1, end_line: 1, end_column: 1 };
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
