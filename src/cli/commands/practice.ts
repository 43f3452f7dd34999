/**
 * The picture behind the consistency findings, per procedure: how many agencies do it as
 * published, which do something else (and what), which were never surveyed. Pure: built
 * from the loaded catalog with the same functions the rules use.
 */
import { buildLookup } from '../../catalog/lookup.js';
import type { Catalog } from '../../catalog/model.js';
import { expectedAgencies, practiceOf, type Difference } from '../../rules/consistency/practice.js';

export interface ProcedurePractice {
  procedure: string;
  name: string;
  /** Agencies that should carry it out (implemented_by or its local levels). */
  expected: number;
  surveyed: number;
  /** Agencies whose record matches the published procedure. */
  conforming: number;
  variants: { differences: Difference[]; agencies: string[] }[];
  not_surveyed: string[];
}

export interface PracticeOverview {
  procedures: ProcedurePractice[];
  /** Active procedures that no agency has a record of. */
  never_surveyed: string[];
}

export function practiceOverview(catalog: Catalog, asOf: string): PracticeOverview {
  const lookup = buildLookup(catalog);
  const procedures: ProcedurePractice[] = [];
  const never: string[] = [];
  for (const [code, located] of lookup.procedure) {
    const p = located.value;
    if (p.status !== 'active') continue;
    const records = lookup.implementationsOf.get(code) ?? [];
    if (records.length === 0) {
      never.push(code);
      continue;
    }
    const practice = practiceOf(p, records);
    const expected = expectedAgencies(p, catalog.agencies, lookup, asOf);
    const surveyed = new Set(practice.surveyed);
    procedures.push({
      procedure: code,
      name: p.name,
      expected: new Set([...expected, ...practice.surveyed]).size,
      surveyed: practice.surveyed.length,
      conforming: practice.variants.find((v) => v.key === '')?.agencies.length ?? 0,
      variants: practice.variants.map((v) => ({ differences: v.differences, agencies: v.agencies })),
      not_surveyed: expected.filter((id) => !surveyed.has(id)),
    });
  }
  procedures.sort((a, b) => (a.procedure < b.procedure ? -1 : 1));
  return { procedures, never_surveyed: never.sort() };
}
