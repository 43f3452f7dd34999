/** Dossier statistics of implementation entries, in the counts the ops rules need. */
import type { CatalogLookup, ImplementationRecord } from '../../catalog/lookup.js';
import type { Located } from '../../catalog/model.js';
import type { ProcedureFile, Stats } from '../../catalog/schema/kinds.js';
import { agencyName } from '../consistency/common.js';

/** Below this many dossiers (received + carried over) rates mean little: no ops rule fires. */
export const MIN_DOSSIERS = 20;

export interface Totals {
  received: number;
  online: number;
  resolved: number;
  late: number;
  pending: number | null;
  returned: number;
  carried: number;
  /** received + carried over: the dossiers of the period. */
  dossiers: number;
}

export function totals(s: Stats): Totals {
  const received = (s.received.in_person ?? 0) + (s.received.online ?? 0) + (s.received.postal ?? 0);
  const resolved = (s.resolved.early ?? 0) + (s.resolved.on_time ?? 0) + (s.resolved.late ?? 0);
  const pending = s.pending ? (s.pending.in_time ?? 0) + (s.pending.overdue ?? 0) : null;
  const carried = s.carried_over ?? 0;
  return { received, online: s.received.online ?? 0, resolved, late: s.resolved.late ?? 0, pending, returned: s.returned ?? 0, carried, dossiers: received + carried };
}

export interface StatsRecord {
  record: ImplementationRecord;
  procedure: Located<ProcedureFile> | undefined;
  stats: Stats;
  totals: Totals;
  /** Fields every ops message shares. */
  base: { agency: string; procedure: string; dossiers: number };
  /** Path of a node under the entry's `stats`. */
  at: (...rest: (string | number)[]) => { file: string; path: (string | number)[] };
  who: { procedure: string; agency: string };
}

/** Entries with statistics of at least MIN_DOSSIERS dossiers. */
export function* withStats(lookup: CatalogLookup): Generator<StatsRecord> {
  for (const [code, records] of lookup.implementationsOf) {
    for (const record of records) {
      const stats = record.entry.stats;
      if (!stats) continue;
      const t = totals(stats);
      if (t.dossiers < MIN_DOSSIERS) continue;
      const id = record.implementation.value.agency;
      yield {
        record,
        procedure: lookup.procedure.get(code),
        stats,
        totals: t,
        base: { agency: agencyName(lookup, id), procedure: code, dossiers: t.dossiers },
        at: (...rest) => ({ file: record.implementation.file, path: ['procedures', record.index, 'stats', ...rest] }),
        who: { procedure: code, agency: id },
      };
    }
  }
}

/** "12,5%" / "12.5%". */
export function percent(rate: number, locale: 'vi' | 'en'): string {
  const s = (Math.round(rate * 1000) / 10).toString();
  return `${locale === 'vi' ? s.replace('.', ',') : s}%`;
}

/** An implementation with one statistics block, for rule examples. */
export function statsExample(stats: string): Record<string, string> {
  return {
    'implementations/ubnd-phuong-ham-rong.yaml': `apiVersion: tthc/v1\nkind: Implementation\nagency: ubnd-phuong-ham-rong\nprocedures:\n  - code: "1.001193"\n    stats:\n      period: { from: 2026-07-01, to: 2026-09-30 }\n${stats.replace(/^/gm, '      ')}`,
  };
}
