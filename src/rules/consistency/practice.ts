/**
 * Practice across agencies: each implementation entry reduced to the list of its differences
 * from the published procedure, and a canonical variant key made from that list. Agencies
 * with the same key do the same thing; grouping by key is linear in the number of entries
 * (no agency is compared with every other).
 */
import type { CatalogLookup, ImplementationRecord } from '../../catalog/lookup.js';
import type { Agency, ImplementationEntry, ProcedureFile } from '../../catalog/schema/kinds.js';
import type { Located } from '../../catalog/model.js';
import type { ChannelKind, Duration, OnlineLevel } from '../../catalog/schema/shapes.js';
import { foldDocumentName } from '../../text/fold.js';
import { compareDocuments, observedChannels, publishedOnlineLevel, REQUIREMENT_FIELDS, workingDays } from './observed.js';

/** One way an entry departs from the published procedure (raw values, worded by describe.ts). */
export type Difference =
  | { kind: 'extra-document'; document: string }
  | { kind: 'missing-document'; document: string }
  | { kind: 'requirement'; document: string; field: (typeof REQUIREMENT_FIELDS)[number]; value: string | number }
  | { kind: 'time'; channel: ChannelKind; value: Duration }
  | { kind: 'fee'; channel: ChannelKind; value: number | null }
  | { kind: 'no-channel'; channel: ChannelKind }
  | { kind: 'extra-channel'; channel: ChannelKind }
  | { kind: 'online-level'; value: OnlineLevel }
  | { kind: 'paper-with-online' };

/** The differences of one entry, in a canonical order. */
export function differences(p: ProcedureFile, entry: ImplementationEntry): Difference[] {
  const out: Difference[] = [];
  const docs = compareDocuments(p, entry);
  if (docs) {
    for (const m of docs.matches) {
      if (!m.published) {
        out.push({ kind: 'extra-document', document: m.observed.name ?? '' });
        continue;
      }
      for (const field of REQUIREMENT_FIELDS) {
        if (m.requirement[field] !== m.published.doc[field]) out.push({ kind: 'requirement', document: m.published.doc.name, field, value: m.requirement[field] });
      }
    }
    for (const d of docs.missing) out.push({ kind: 'missing-document', document: d.doc.name });
  }
  const observed = observedChannels(p, entry);
  for (const pc of p.channels) {
    const oc = observed.find((c) => c.kind === pc.kind);
    if (!oc) {
      out.push({ kind: 'no-channel', channel: pc.kind });
      continue;
    }
    const [ow, pw] = [workingDays(oc.time), workingDays(pc.time)];
    if (ow === null || pw === null ? oc.time.value !== pc.time.value || oc.time.unit !== pc.time.unit : ow !== pw) {
      out.push({ kind: 'time', channel: pc.kind, value: oc.time });
    }
    if (oc.fee !== pc.fee) out.push({ kind: 'fee', channel: pc.kind, value: oc.fee });
  }
  for (const oc of observed) {
    if (!p.channels.some((c) => c.kind === oc.kind)) out.push({ kind: 'extra-channel', channel: oc.kind });
  }
  if (entry.online_level !== undefined && entry.online_level !== publishedOnlineLevel(p)) out.push({ kind: 'online-level', value: entry.online_level });
  if (entry.requires_paper_with_online === true) out.push({ kind: 'paper-with-online' });
  return out;
}

/** Canonical key of a list of differences: equal practice, equal key. */
export function variantKey(diffs: readonly Difference[]): string {
  const parts = diffs.map((d) => {
    switch (d.kind) {
      case 'extra-document':
      case 'missing-document':
        return `${d.kind}:${foldDocumentName(d.document)}`;
      case 'requirement':
        return `${d.kind}:${foldDocumentName(d.document)}:${d.field}=${d.value}`;
      case 'time':
        return `${d.kind}:${d.channel}=${workingDays(d.value) ?? `${d.value.value}${d.value.unit}`}`;
      case 'fee':
        return `${d.kind}:${d.channel}=${d.value ?? 'null'}`;
      case 'no-channel':
      case 'extra-channel':
        return `${d.kind}:${d.channel}`;
      case 'online-level':
        return `${d.kind}=${d.value}`;
      case 'paper-with-online':
        return d.kind;
    }
  });
  return [...new Set(parts)].sort().join('|');
}

export interface Variant {
  key: string;
  differences: Difference[];
  agencies: string[];
  records: ImplementationRecord[];
}

export interface Practice {
  /** Agencies with a record of this procedure, in file order. */
  surveyed: string[];
  /** Variants, most common first (as published first on a tie, then by key). */
  variants: Variant[];
}

/**
 * The last practice computed per procedure: the divergence rule and the practice overview of
 * `check` ask for the same grouping, which is worth computing once (it matches documents).
 */
const computed = new WeakMap<ProcedureFile, { records: readonly ImplementationRecord[]; practice: Practice }>();

const sameRecords = (a: readonly ImplementationRecord[], b: readonly ImplementationRecord[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/** Group a procedure's implementation entries by variant key. */
export function practiceOf(p: ProcedureFile, records: readonly ImplementationRecord[]): Practice {
  const known = computed.get(p);
  if (known !== undefined && sameRecords(known.records, records)) return known.practice;
  const practice = groupPractice(p, records);
  computed.set(p, { records: [...records], practice });
  return practice;
}

function groupPractice(p: ProcedureFile, records: readonly ImplementationRecord[]): Practice {
  const byKey = new Map<string, Variant>();
  const surveyed: string[] = [];
  for (const record of records) {
    const agency = record.implementation.value.agency;
    if (surveyed.includes(agency)) continue; // one agency, one practice (duplicates are ref/duplicate-id's business)
    surveyed.push(agency);
    const diffs = differences(p, record.entry);
    const key = variantKey(diffs);
    const variant = byKey.get(key);
    if (variant) {
      variant.agencies.push(agency);
      variant.records.push(record);
    } else byKey.set(key, { key, differences: diffs, agencies: [agency], records: [record] });
  }
  const variants = [...byKey.values()].sort(
    (a, b) => b.agencies.length - a.agencies.length || (a.key === '' ? -1 : b.key === '' ? 1 : a.key < b.key ? -1 : 1),
  );
  return { surveyed, variants };
}

/** In force on `asOf`: from `valid_from` to `valid_to`, both days included (valid_to is the last day, as legal/abolished-level reads it). */
function inForce(a: Agency, asOf: string): boolean {
  return (a.valid_from === undefined || a.valid_from <= asOf) && (a.valid_to === undefined || a.valid_to >= asOf);
}

/**
 * Agencies that should carry out a procedure: those of `implemented_by`, else every agency in
 * force at the procedure's local levels (province, commune).
 */
export function expectedAgencies(p: ProcedureFile, agencies: readonly Located<Agency>[], lookup: CatalogLookup, asOf: string): string[] {
  const by = p.implemented_by;
  if (by && 'agencies' in by) return by.agencies.filter((id) => lookup.agency.has(id));
  const levels = by ? [by.level] : p.levels.filter((l) => l === 'province' || l === 'commune');
  return agencies.filter((a) => levels.includes(a.value.level) && inForce(a.value, asOf)).map((a) => a.value.id);
}
