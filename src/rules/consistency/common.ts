/** Small helpers the consistency and ops rules share: names for messages, example files. */
import type { CatalogLookup } from '../../catalog/lookup.js';

/** The agency's name as people read it, or its id when it is unknown. */
export function agencyName(lookup: CatalogLookup, id: string): string {
  return lookup.agency.get(id)?.value.name ?? id;
}

/** An implementation file of the example catalog for procedure 1.001193 (rule examples). */
export function implementationExample(agency: string, entry = '', extra = ''): Record<string, string> {
  return {
    [`implementations/${agency}.yaml`]: `apiVersion: tthc/v1\nkind: Implementation\nagency: ${agency}\nsurveyed: 2026-09-15\nprocedures:\n  - code: "1.001193"\n${entry}${extra}`,
  };
}
