/** Small helpers the consistency and ops rules share: names for messages, example files. */
import type { CatalogLookup } from '../../catalog/lookup.js';

/** The agency's name as people read it, or its id when it is unknown. */
export function agencyName(lookup: CatalogLookup, id: string): string {
  return lookup.agency.get(id)?.value.name ?? id;
}

/** How many agencies a message names before it says how many more there are. */
export const NAMED_AGENCIES = 8;

/**
 * The names a message lists: the first NAMED_AGENCIES. Only those go into the finding's data,
 * which carries every id already; a national catalog has procedures with hundreds unsurveyed.
 */
export function namedAgencies(lookup: CatalogLookup, ids: readonly string[]): string[] {
  return ids.slice(0, NAMED_AGENCIES).map((id) => agencyName(lookup, id));
}

/** "A, B, C và 5 cơ quan khác": the listed names, then how many agencies are not named. */
export function agencyList(names: readonly string[], total: number, locale: 'vi' | 'en'): string {
  const rest = total - names.length;
  if (rest <= 0) return names.join(', ');
  return locale === 'vi' ? `${names.join(', ')} và ${rest} cơ quan khác` : `${names.join(', ')} and ${rest} more`;
}

/** An implementation file of the example catalog for procedure 1.001193 (rule examples). */
export function implementationExample(agency: string, entry = '', extra = ''): Record<string, string> {
  return {
    [`implementations/${agency}.yaml`]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\nsurveyed: 2026-09-15\nprocedures:\n  - code: "1.001193"\n${entry}${extra}`,
  };
}
