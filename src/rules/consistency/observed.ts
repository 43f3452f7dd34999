/**
 * What an agency actually does with a procedure, resolved against what was published
 * (spec/catalog.md, "Implementation"): which observed document is which published one, the
 * requirements each observed document really carries, and channels, times and fees in
 * comparable units. Shared by the consistency rules; pure and memoised per entry.
 */
import type { ImplementationRecord } from '../../catalog/lookup.js';
import type { Channel, ImplementationEntry, ObservedDocument, ProcedureDocument, ProcedureFile } from '../../catalog/schema/kinds.js';
import type { ChannelKind, Duration, OnlineLevel } from '../../catalog/schema/shapes.js';
import { foldDocumentName } from '../../text/fold.js';
import { keySimilarity, VARIANT_THRESHOLD } from '../../text/match.js';

export interface Requirement {
  action: 'submit' | 'present';
  originals: number;
  copies: number;
  copy_type: 'any' | 'plain_with_original' | 'certified' | 'register';
}
export const REQUIREMENT_FIELDS = ['action', 'originals', 'copies', 'copy_type'] as const;

/** What an entry by `name` asks for when it says nothing else (the document defaults). */
const DEFAULTS: Requirement = { action: 'submit', originals: 1, copies: 0, copy_type: 'any' };

export interface ObservedMatch {
  /** Index in the entry's `documents`. */
  index: number;
  observed: ObservedDocument;
  /** The published document it is, with its index; undefined for a document not published. */
  published: { doc: ProcedureDocument; index: number } | undefined;
  /**
   * How it was matched: `name` for the same name up to NFC, case and spaces (spec/rules.md);
   * `folded` for the same name only once notes, copy words, punctuation and tone placement are
   * folded away ("Giấy chứng sinh (bản chính)"); `similar` for a near name.
   */
  via: 'ref' | 'name' | 'folded' | 'similar';
  /** 1 for a ref or an equal folded name, else the name similarity. */
  score: number;
  requirement: Requirement;
}

export interface DocumentComparison {
  matches: ObservedMatch[];
  /** Published documents of the base case (no `case`, not optional) that no entry matched. */
  missing: { doc: ProcedureDocument; index: number }[];
}

const memo = new WeakMap<ImplementationEntry, DocumentComparison | null>();

/** Observed documents against published ones; null when the entry keeps the published list. */
export function compareDocuments(procedure: ProcedureFile, entry: ImplementationEntry): DocumentComparison | null {
  const cached = memo.get(entry);
  if (cached !== undefined) return cached;
  const result = entry.documents === undefined ? null : resolve(procedure, entry.documents);
  memo.set(entry, result);
  return result;
}

function resolve(procedure: ProcedureFile, observed: readonly ObservedDocument[]): DocumentComparison {
  const published = procedure.documents.map((doc, index) => ({ doc, index, key: foldDocumentName(doc.name) }));
  const taken = new Set<number>();
  const slots: (ObservedMatch | undefined)[] = new Array<ObservedMatch | undefined>(observed.length);
  const pending: { o: ObservedDocument; i: number; key: string }[] = [];
  // By ref, then by equal folded name: unambiguous.
  observed.forEach((o, i) => {
    if (o.ref !== undefined) {
      const p = published.find((d) => d.doc.id === o.ref);
      if (!p) return; // ref/unknown-document reports it
      taken.add(p.index);
      slots[i] = { index: i, observed: o, published: { doc: p.doc, index: p.index }, via: 'ref', score: 1, requirement: requirementOf(o, p.doc) };
      return;
    }
    const key = foldDocumentName(o.name ?? '');
    const p = published.find((d) => d.key === key);
    if (p) {
      taken.add(p.index);
      const via = equalUpToCaseAndSpace(o.name ?? '', p.doc.name) ? 'name' : 'folded';
      slots[i] = { index: i, observed: o, published: { doc: p.doc, index: p.index }, via, score: 1, requirement: requirementOf(o, DEFAULTS) };
    } else pending.push({ o, i, key });
  });
  // Then near names, best pair first, each published document at most once.
  const pairs: { i: number; p: (typeof published)[number]; score: number }[] = [];
  for (const { i, key } of pending) {
    for (const p of published) {
      if (taken.has(p.index)) continue;
      const score = keySimilarity(key, p.key);
      if (score >= VARIANT_THRESHOLD) pairs.push({ i, p, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.p.index - b.p.index);
  for (const { i, p, score } of pairs) {
    const o = observed[i];
    if (o === undefined || slots[i] !== undefined || taken.has(p.index)) continue;
    taken.add(p.index);
    slots[i] = { index: i, observed: o, published: { doc: p.doc, index: p.index }, via: 'similar', score, requirement: requirementOf(o, DEFAULTS) };
  }
  for (const { o, i } of pending) {
    slots[i] ??= { index: i, observed: o, published: undefined, via: 'name', score: 0, requirement: requirementOf(o, DEFAULTS) };
  }
  const matches = slots.filter((m): m is ObservedMatch => m !== undefined);
  const missing = published
    .filter((p) => !taken.has(p.index) && (p.doc.case ?? null) === null && !p.doc.optional)
    .map(({ doc, index }) => ({ doc, index }));
  return { matches, missing };
}

/** Equal names as spec/rules.md compares them: after NFC, case and whitespace folding. */
function equalUpToCaseAndSpace(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function requirementOf(o: ObservedDocument, base: Requirement): Requirement {
  return {
    action: o.action ?? base.action,
    originals: o.originals ?? base.originals,
    copies: o.copies ?? base.copies,
    copy_type: o.copy_type ?? base.copy_type,
  };
}

/**
 * A time limit in working days: calendar days × 5/7, hours ÷ 8. Months and years are validity
 * units, not processing times: null (not comparable).
 */
export function workingDays(d: Duration): number | null {
  switch (d.unit) {
    case 'working_days': return d.value;
    case 'days': return (d.value * 5) / 7;
    case 'hours': return d.value / 8;
    default: return null;
  }
}

/** The procedure's online level, with the default of spec/catalog.md. */
export function publishedOnlineLevel(p: ProcedureFile): OnlineLevel {
  return p.online_level ?? (p.channels.some((c) => c.kind === 'online') ? 'partial' : 'none');
}

export const ONLINE_RANK: Record<OnlineLevel, number> = { none: 0, partial: 1, full: 2 };

/** Observed channels (the full list when given), else the published ones. */
export function observedChannels(p: ProcedureFile, entry: ImplementationEntry): readonly Channel[] {
  return entry.channels ?? p.channels;
}

export function publishedChannel(p: ProcedureFile, kind: ChannelKind): { channel: Channel; index: number } | undefined {
  const index = p.channels.findIndex((c) => c.kind === kind);
  const channel = p.channels[index];
  return channel ? { channel, index } : undefined;
}

/** Path of an implementation entry's node. */
export function entryPath(record: ImplementationRecord, ...rest: (string | number)[]): (string | number)[] {
  return ['procedures', record.index, ...rest];
}

/** Active procedures with their implementation records, in catalog order. */
export function* implemented(lookup: { procedure: Map<string, { value: ProcedureFile; file: string }>; implementationsOf: Map<string, ImplementationRecord[]> }) {
  for (const [code, records] of lookup.implementationsOf) {
    const procedure = lookup.procedure.get(code);
    if (!procedure || procedure.value.status === 'abolished') continue;
    for (const record of records) yield { procedure, record };
  }
}
