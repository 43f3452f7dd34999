/** Lookups over the loaded catalog, built once per run and shared by every rule. */
import type { Catalog, Located } from './model.js';
import type { Agency, DataSource, Evidence, ImplementationEntry, ImplementationFile, LegalDocument, ProcedureFile } from './schema/kinds.js';

export interface ImplementationRecord {
  implementation: Located<ImplementationFile>;
  entry: ImplementationEntry;
  /** Index of the entry in the file's `procedures` list. */
  index: number;
}

export interface CatalogLookup {
  procedure: Map<string, Located<ProcedureFile>>;
  agency: Map<string, Located<Agency>>;
  legal: Map<string, Located<LegalDocument>>;
  source: Map<string, Located<DataSource>>;
  evidence: Map<string, Located<Evidence>>;
  /** Implementation entries grouped by procedure code. */
  implementationsOf: Map<string, ImplementationRecord[]>;
}

/** First occurrence wins: later duplicates are reported by ref/duplicate-id. */
function byKey<T>(items: readonly Located<T>[], key: (v: T) => string): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const item of items) {
    const k = key(item.value);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/** Built once per loaded catalog: the rules and the commands' summaries share it. */
const built = new WeakMap<Catalog, CatalogLookup>();

export function buildLookup(catalog: Catalog): CatalogLookup {
  let lookup = built.get(catalog);
  if (lookup === undefined) {
    lookup = makeLookup(catalog);
    built.set(catalog, lookup);
  }
  return lookup;
}

function makeLookup(catalog: Catalog): CatalogLookup {
  const implementationsOf = new Map<string, ImplementationRecord[]>();
  for (const implementation of catalog.implementations) {
    implementation.value.procedures.forEach((entry, index) => {
      const list = implementationsOf.get(entry.code) ?? [];
      list.push({ implementation, entry, index });
      implementationsOf.set(entry.code, list);
    });
  }
  return {
    procedure: byKey(catalog.procedures, (p) => p.code),
    agency: byKey(catalog.agencies, (a) => a.id),
    legal: byKey(catalog.legal, (d) => d.id),
    source: byKey(catalog.dataSources, (s) => s.id),
    evidence: byKey(catalog.evidence, (e) => e.id),
    implementationsOf,
  };
}

/** Path of a node below a located value. */
export function at<T>(located: Located<T>, ...rest: (string | number)[]): (string | number)[] {
  return [...located.path, ...rest];
}
