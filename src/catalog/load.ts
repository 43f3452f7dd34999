/** A catalog directory to the loaded model: every file by its `kind`, every problem a report. */
import type { Report } from '../rules/report.js';
import { LoadCache } from './cache.js';
import { decode } from './decode.js';
import type { CatalogIO } from './memory-io.js';
import type { ParserChoice } from './parse.js';
import { DEFAULT_FILE_LIMITS, type FileLimits, type LoadedFile } from './load-file.js';
import { loadFiles, workerCount } from './parallel.js';
import type { Catalog } from './model.js';
import { readFailure } from './read-failure.js';
import type {
  AgencyList,
  CatalogFile,
  DataSourceListFile,
  ImplementationFile,
  LegalDocumentListFile,
  ProcedureFile,
  ProposalFile,
  SuppressionListFile,
} from './schema/kinds.js';
import { SourceFile } from './source.js';

export interface LoadOptions {
  limits?: FileLimits;
  /** Reuse what an earlier run loaded from unchanged files (see cache.ts). */
  cache?: LoadCache;
  /** YAML reader: `auto` (fast where identical) or `yaml` only. Same results either way. */
  parser?: ParserChoice;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /** Extra loading threads (default: see parallel.ts, `TTHC_WORKERS`). */
  workers?: number;
}

export async function loadCatalog(root: string, io: CatalogIO, options: LoadOptions = {}): Promise<Catalog> {
  const files = await io.list();
  const limits = options.limits ?? DEFAULT_FILE_LIMITS;
  const { cache } = options;
  const loaded: LoadedFile[] = [];
  // Files the cache does not know are parsed afterwards, on several threads when worth it.
  const toParse: { file: string; bytes: Uint8Array; hash: string }[] = [];
  let done = 0;
  for (const file of files) {
    const bytes = await io.read(file).catch((error: unknown) => readFailure(file, error));
    if (!(bytes instanceof Uint8Array)) {
      loaded.push(bytes);
      options.onFile?.(++done, files.length);
      continue;
    }
    const hash = cache === undefined ? '' : LoadCache.hash(bytes);
    const hit = cache?.get(file, hash);
    if (hit !== undefined) {
      const decoded = decode(bytes);
      loaded.push({ ...hit, text: decoded.text });
      options.onFile?.(++done, files.length);
    } else {
      toParse.push({ file, bytes, hash });
    }
  }
  const workers = options.workers ?? workerCount(toParse.reduce((sum, f) => sum + f.bytes.length, 0));
  const parsed = await loadFiles(toParse, limits, options.parser ?? 'auto', workers, () => options.onFile?.(++done, files.length));
  parsed.forEach((one, i) => {
    cache?.put(one.file, toParse[i]?.hash ?? '', one);
    loaded.push(one);
  });
  return assemble(root, loaded);
}

/** Keeps the positions computed in this run with their files in the cache. */
export async function saveLocated(catalog: Catalog, cache: LoadCache): Promise<void> {
  await cache.saveLocated((file) => catalog.sources.get(file)?.locatedEntries() ?? []);
}

/** Put loaded files together into the catalog model (files in path order). */
export function assemble(root: string, loaded: readonly LoadedFile[]): Catalog {
  const catalog: Catalog = {
    root,
    sources: new Map(),
    files: [],
    config: undefined,
    agencies: [],
    legal: [],
    dataSources: [],
    evidence: [],
    procedures: [],
    implementations: [],
    proposals: [],
    suppressions: [],
    invalidIds: { procedures: new Set(), agencies: new Set(), legal: new Set(), sources: new Set(), evidence: new Set() },
    diagnostics: [],
  };
  const diagnostics: Report[] = [];
  for (const f of [...loaded].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    catalog.sources.set(f.file, new SourceFile(f.file, f.text, f.slices, f.located, f.kept));
    catalog.files.push({ file: f.file, kind: f.kind, valid: f.valid });
    diagnostics.push(...f.reports);
    for (const [key, ids] of Object.entries(f.invalidIds)) {
      for (const id of ids) catalog.invalidIds[key as keyof Catalog['invalidIds']].add(id);
    }
    if (f.value === undefined) continue;
    const file = f.file;
    switch (f.kind) {
      case 'Catalog':
        // The root catalog.yaml configures the run; others are reported by ref/missing-catalog.
        if (file === 'catalog.yaml' || file === 'catalog.yml') catalog.config = { value: f.value as CatalogFile, file, path: [] };
        break;
      case 'AgencyList':
        (f.value as AgencyList).agencies.forEach((value, i) => catalog.agencies.push({ value, file, path: ['agencies', i] }));
        break;
      case 'LegalDocumentList':
        (f.value as LegalDocumentListFile).documents.forEach((value, i) => catalog.legal.push({ value, file, path: ['documents', i] }));
        break;
      case 'DataSourceList': {
        const v = f.value as DataSourceListFile;
        v.sources.forEach((value, i) => catalog.dataSources.push({ value, file, path: ['sources', i] }));
        (v.evidence ?? []).forEach((value, i) => catalog.evidence.push({ value, file, path: ['evidence', i] }));
        break;
      }
      case 'Procedure':
        catalog.procedures.push({ value: f.value as ProcedureFile, file, path: [] });
        break;
      case 'Implementation':
        catalog.implementations.push({ value: f.value as ImplementationFile, file, path: [] });
        break;
      case 'Proposal':
        catalog.proposals.push({ value: f.value as ProposalFile, file, path: [] });
        break;
      case 'SuppressionList':
        (f.value as SuppressionListFile).suppressions.forEach((value, i) => catalog.suppressions.push({ value, file, path: ['suppressions', i] }));
        break;
      case undefined:
        break;
    }
  }
  catalog.diagnostics = diagnostics;
  return catalog;
}
