/**
 * Limits that keep hostile or broken input from crashing, hanging or exhausting memory:
 * file size, YAML alias expansions and nesting depth. Defaults suit any real catalog; each can
 * be changed with an environment variable (docs/limits.md).
 *
 * Nesting is measured on the text, in one pass and without recursion, before the YAML parser
 * builds anything: a 20,000-deep file is refused before any recursive code sees it.
 */

export interface Limits {
  /** Larger files are reported, not read (bytes). */
  maxFileBytes: number;
  /** Alias uses in one file, and alias expansions when the data is built (alias bombs). */
  maxAliasCount: number;
  /** Nesting of mappings and sequences in one file. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = { maxFileBytes: 16 * 1024 * 1024, maxAliasCount: 100, maxDepth: 100 };

/** Environment variables, with the range each accepts (beyond it the tool itself is at risk). */
export const LIMIT_VARIABLES = {
  TTHC_MAX_FILE_MB: { key: 'maxFileBytes', min: 0.001, max: 512, scale: 1024 * 1024 },
  TTHC_MAX_ALIASES: { key: 'maxAliasCount', min: 0, max: 100_000, scale: 1 },
  TTHC_MAX_DEPTH: { key: 'maxDepth', min: 1, max: 1000, scale: 1 },
} as const satisfies Record<string, { key: keyof Limits; min: number; max: number; scale: number }>;

export type LimitVariable = keyof typeof LIMIT_VARIABLES;

export type LimitsResult = { ok: true; limits: Limits } | { ok: false; variable: LimitVariable; value: string; min: number; max: number };

/** The limits set by the environment, or the first variable whose value is not a number in range. */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): LimitsResult {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [variable, spec] of Object.entries(LIMIT_VARIABLES) as [LimitVariable, (typeof LIMIT_VARIABLES)[LimitVariable]][]) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw.trim());
    const integral = spec.scale !== 1 || Number.isInteger(value);
    if (!Number.isFinite(value) || !integral || value < spec.min || value > spec.max) {
      return { ok: false, variable, value: raw, min: spec.min, max: spec.max };
    }
    limits[spec.key] = Math.floor(value * spec.scale);
  }
  return { ok: true, limits };
}

export interface StructureProblem {
  problem: 'too-deep' | 'alias-limit';
  /** Offset in the text where the limit was passed. */
  offset: number;
  limit: number;
}

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;
const isBlank = (c: number) => c === SPACE || c === TAB || c === LF || c === CR || Number.isNaN(c);

/**
 * Scans YAML text for nesting deeper than `maxDepth` and more than `maxAliasCount` alias uses.
 * Block nesting is read from indentation (and `- ` indicators), flow nesting from brackets
 * outside quotes, comments and block scalars. It is an estimate that errs on the deep side by
 * at most one level per over-indented continuation line; that is far below any real limit.
 */
export function checkStructure(text: string, limits: Pick<Limits, 'maxDepth' | 'maxAliasCount'>): StructureProblem | undefined {
  // Indentation of each open block collection; `seq` marks a sequence at its parent's indent.
  const stack: { indent: number; seq: boolean }[] = [];
  let flow = 0;
  let aliases = 0;
  let quote = 0; // the open quote character, or 0
  let blockScalarParent = -1; // indent of the line that opened a `|`/`>` scalar
  const n = text.length;
  let i = 0;
  const tooDeep = (at: number): StructureProblem | undefined =>
    stack.length + flow > limits.maxDepth ? { problem: 'too-deep', offset: at, limit: limits.maxDepth } : undefined;

  while (i < n) {
    // Start of a line.
    let indent = 0;
    while (text.charCodeAt(i + indent) === SPACE) indent++;
    const first = text.charCodeAt(i + indent);
    const blankLine = first === LF || first === CR || first === 0x23 /* # */ || i + indent >= n;
    if (blockScalarParent >= 0 && (blankLine || indent > blockScalarParent)) {
      i = lineEnd(text, i);
      continue;
    }
    blockScalarParent = -1;
    i += indent;
    if (quote === 0 && flow === 0 && !blankLine) {
      if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i) || first === 0x25 /* % */)) stack.length = 0;
      else {
        const dash = first === 0x2d /* - */ && isBlank(text.charCodeAt(i + 1));
        while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) > indent) stack.pop();
        const top = stack.at(-1);
        if (top?.seq === true && top.indent === indent && !dash) stack.pop();
        const now = stack.at(-1);
        if (now === undefined || now.indent < indent) stack.push({ indent, seq: dash });
        else if (dash && now.indent === indent && !now.seq) stack.push({ indent, seq: true });
        const problem = tooDeep(i);
        if (problem) return problem;
      }
    }
    // The rest of the line.
    let nodeStart = quote === 0;
    let prev = SPACE;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) { i++; break; }
      if (quote !== 0) {
        if (quote === 0x22 && c === 0x5c /* \ */) { i += 2; continue; }
        if (c === quote) {
          if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) { i += 2; continue; }
          quote = 0;
          nodeStart = false;
        }
        i++;
        continue;
      }
      if (c === 0x23 /* # */ && (prev === SPACE || prev === TAB)) { i = lineEnd(text, i); break; }
      if (nodeStart && (c === 0x26 /* & */ || c === 0x21 /* ! */)) {
        // An anchor or a tag comes before its node: skip it, the node still starts after it.
        while (i < n && !isBlank(text.charCodeAt(i)) && !(flow > 0 && /[,\]}]/.test(text.charAt(i)))) i++;
        prev = SPACE;
        continue;
      } else if (nodeStart && (c === 0x22 || c === 0x27)) {
        quote = c;
      } else if (nodeStart && (c === 0x5b /* [ */ || c === 0x7b /* { */)) {
        flow++;
        const problem = tooDeep(i);
        if (problem) return problem;
      } else if (flow > 0 && (c === 0x5d /* ] */ || c === 0x7d /* } */)) {
        flow--;
        nodeStart = false;
      } else if (nodeStart && c === 0x2a /* * */) {
        aliases++;
        if (aliases > limits.maxAliasCount) return { problem: 'alias-limit', offset: i, limit: limits.maxAliasCount };
        nodeStart = false;
      } else if (nodeStart && flow === 0 && (c === 0x7c /* | */ || c === 0x3e /* > */) && /^[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(lineRest(text, i))) {
        blockScalarParent = indent;
        i = lineEnd(text, i);
        break;
      } else if (c === 0x3a /* : */ && (isBlank(text.charCodeAt(i + 1)) || (flow > 0 && /[,\]}]/.test(text.charAt(i + 1))))) {
        nodeStart = true;
      } else if ((c === 0x2d /* - */ || c === 0x3f /* ? */) && nodeStart && isBlank(text.charCodeAt(i + 1))) {
        // A compact nested sequence ("- - x") opens a collection at the next column.
        if (c === 0x2d && flow === 0 && prev === SPACE && text.charCodeAt(i - 1) === SPACE && stack.length > 0) {
          const col = i - lineStart(text, i);
          if ((stack.at(-1)?.indent ?? 0) < col) stack.push({ indent: col, seq: true });
          const problem = tooDeep(i);
          if (problem) return problem;
        }
      } else if (flow > 0 && c === 0x2c /* , */) {
        nodeStart = true;
      } else if (c !== SPACE && c !== TAB && c !== CR) {
        nodeStart = false;
      }
      prev = c;
      i++;
    }
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl + 1;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineRest(text: string, from: number): string {
  const nl = text.indexOf('\n', from);
  return text.slice(from, nl === -1 ? text.length : nl);
}
