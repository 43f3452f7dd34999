/**
 * The fast path of `parseYaml`: js-yaml (about ten times faster than `yaml`'s document model)
 * with a schema that reads plain scalars exactly as `yaml`'s YAML 1.2 core schema does.
 *
 * It is used only for text it reads identically. Anything that could differ — anchors,
 * aliases and merge keys (the alias limit is `yaml`'s to enforce), tags, directives, several
 * documents, complex keys, tabs, unusual characters, or any error at all, whose position
 * and wording come from `yaml` — returns undefined and the caller parses with `yaml`.
 */
import { FAILSAFE_SCHEMA, Type, load, type State } from 'js-yaml';

/**
 * An implicit scalar type with `yaml`'s core-schema test and value. js-yaml keeps one type
 * per tag, so each gets a tag of its own (the tag is never seen: values are plain data).
 */
const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => test.test(s ?? ''), construct: (s: string | null) => construct(s ?? '') });

// The tests and resolvers of yaml/dist/schema (core), in the order `yaml` tries them.
export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int:oct', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)),
    scalar('int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)),
    scalar('int:hex', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)),
    scalar('float:special', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) =>
      s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
    scalar('float:exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)),
    scalar('float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)),
  ],
});

/**
 * Text the fast path leaves to `yaml`. Each pattern errs on the side of falling back: a
 * false alarm costs speed on one file, a miss could change a finding.
 */
const UNSAFE: readonly RegExp[] = [
  /(?:^|[\s[\]{},])(?:[&*]\S|!)/, // anchors, aliases, tags (a lone `&` in text is fine)
  /<</, // merge keys
  /^%/m, // directives
  /[^\n]\n(?:---|\.\.\.)(?:\s|$)/, // a document marker after the start: several documents
  /(?:^|[\s[{,])\?(?:\s|$)/, // explicit (complex) keys
  /[\]}]\s*:(?:\s|$)/, // a flow collection used as a key
  /\t/, // tabs: indentation rules differ in the details
  /["'\]}]#/, // a comment glued to a quoted scalar or a flow collection: an error in `yaml` only
  // Control characters, NEL, BOM inside the text, line and paragraph separators, non-characters.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/,
  /__proto__/,
  /^[^\n]{1000}/m, // implicit keys are limited to 1024 characters in `yaml`
];

/** Keys `yaml` turns into other strings than js-yaml does (`~:` is '' in `yaml`, 'null' in js-yaml). */
const SUSPECT_KEYS = new Set(['', 'null']);

/**
 * Where the top-level values of a file are, and the items of the top-level lists: offsets
 * `[start, end]` into the text. Positions are later computed by parsing only the slice that
 * holds a finding with `yaml` (see SourceFile), not the whole file.
 */
export interface Slices {
  roots: Record<string, [number, number]>;
  /** Flat `[start0, end0, start1, end1, …]` for each top-level list. */
  items: Record<string, number[]>;
}

export interface FastParsed {
  data: Record<string, unknown>;
  slices: Slices;
}

/** The file's data when the fast path reads it exactly as `yaml` would, else undefined. */
export function fastParse(text: string): FastParsed | undefined {
  for (const pattern of UNSAFE) if (pattern.test(text)) return undefined;
  const slices: Slices = { roots: Object.create(null) as Slices['roots'], items: Object.create(null) as Slices['items'] };
  // js-yaml reports the opening and closing of every node. Depth 1 is the document's mapping,
  // depth 2 its keys and values in turn (keys are read as flow scalars, so nothing nests in
  // them), depth 3 what a value holds.
  const opened: number[] = [];
  const values = new Map<string, unknown>();
  let key: string | undefined;
  let items: number[] = [];
  const listener = (event: 'open' | 'close', jsState: State): void => {
    const state = jsState as State & { depth: number };
    // Deeper nodes open and close at the same depth: nothing to record for them.
    if (state.depth > 3) return;
    if (event === 'open') {
      opened.push(state.position);
      if (state.depth === 2 && key !== undefined) items = [];
      return;
    }
    const start = opened.pop() ?? 0;
    if (state.depth === 3) items.push(start, state.position);
    else if (state.depth === 2) {
      if (key === undefined) {
        key = String(state.result);
      } else {
        slices.roots[key] = [start, state.position];
        values.set(key, state.result);
        // An empty item (`-` alone) has no event of its own: only a full count is usable.
        if (Array.isArray(state.result) && items.length === 2 * state.result.length) slices.items[key] = items;
        key = undefined;
      }
    }
  };
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!keysAreSafe(data)) return undefined;
  const record = data as Record<string, unknown>;
  // The offsets are only trusted when every top-level key was paired with its own value.
  const paired = Object.keys(record).length === values.size && [...values].every(([k, v]) => Object.is(record[k], v));
  return { data: record, slices: paired ? slices : { roots: {}, items: {} } };
}

function keysAreSafe(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(keysAreSafe);
  // js-yaml builds plain objects: every key is an own key (no entry arrays, a catalog has many).
  for (const k in v) {
    if (SUSPECT_KEYS.has(k) || !keysAreSafe((v as Record<string, unknown>)[k])) return false;
  }
  return true;
}
