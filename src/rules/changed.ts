/**
 * `--changed <rev>`: which findings belong to a change. A finding is kept when it is in a
 * changed file, or when the change caused it elsewhere: it names a procedure or agency whose
 * record the change altered, or its `related` locations point into a changed file. A file
 * that existed before is compared with its earlier version entry by entry, so that editing one
 * entry of a commune's list does not bring in every procedure the list mentions. A change to
 * catalog.yaml (rule settings, targets, `as_of`) or to the data sources can change any
 * finding: then all are kept. The whole catalog is still loaded and checked, so cross-file
 * rules see everything. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Catalog } from '../catalog/model.js';
import type { LoadedFile } from '../catalog/load-file.js';
import type { Agency, ImplementationFile, Kind, ProcedureFile, ProposalFile, Suppression } from '../catalog/schema/kinds.js';

export interface ChangeScope {
  files: ReadonlySet<string>;
  /**
   * Changed files a related location does not bring findings in from: those whose content reads
   * the same (comments, a move) and implementation files, whose changed entries already put their
   * procedures and agencies in scope.
   */
  unrelated: ReadonlySet<string>;
  procedures: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  /** The change can alter any finding (catalog.yaml, data sources). */
  everything: boolean;
}

/** A file's kind and validated value, at one version. */
export type FileVersion = Pick<LoadedFile, 'kind' | 'value'>;

/**
 * Kinds whose edited entries name everything they touch (an implementation entry: its procedure,
 * and the agency when the file-wide fields change), so a related location adds nothing.
 */
const ENTRY_COMPARED: ReadonlySet<Kind> = new Set(['Implementation']);

/** Kinds whose change reaches findings anywhere in the catalog. */
const CATALOG_WIDE: ReadonlySet<Kind> = new Set(['Catalog', 'DataSourceList']);

interface Touched {
  files: Set<string>;
  unrelated: Set<string>;
  procedures: Set<string>;
  agencies: Set<string>;
  everything: boolean;
}

/** What a file's content touches as a whole (a file added or deleted). */
function touchedBy(version: FileVersion, out: Touched): void {
  touchedBetween(version.kind, version.value, undefined, out);
}

/**
 * What changed between two versions of one file (`before` undefined: all of `after`).
 * Entries equal in both versions touch nothing.
 */
function touchedBetween(kind: Kind | undefined, after: unknown, before: unknown, out: Touched): void {
  if (kind === undefined || (after === undefined && before === undefined)) return;
  if (CATALOG_WIDE.has(kind)) {
    out.everything = true;
    return;
  }
  switch (kind) {
    case 'Procedure': {
      const [a, b] = [after as ProcedureFile | undefined, before as ProcedureFile | undefined];
      for (const p of [a, b]) if (p !== undefined) out.procedures.add(p.code);
      // Who must carry it out changed: the agencies gained or lost are affected too.
      if (!isDeepStrictEqual(a?.implemented_by, b?.implemented_by)) {
        for (const p of [a, b]) {
          const by = p?.implemented_by;
          if (by && 'agencies' in by) for (const id of by.agencies) out.agencies.add(id);
        }
      }
      break;
    }
    case 'Implementation': {
      const [a, b] = [after as ImplementationFile | undefined, before as ImplementationFile | undefined];
      const { procedures: _a, ...restA } = a ?? { procedures: [] };
      const { procedures: _b, ...restB } = b ?? { procedures: [] };
      // The agency or another file-wide field changed: every entry of both versions counts.
      if (a === undefined || b === undefined || !isDeepStrictEqual(restA, restB)) {
        for (const i of [a, b]) {
          if (i === undefined) continue;
          out.agencies.add(i.agency);
          for (const e of i.procedures) out.procedures.add(e.code);
        }
        break;
      }
      for (const code of changedKeys(a.procedures, b.procedures, (e) => e.code)) out.procedures.add(code);
      break;
    }
    case 'Proposal':
      for (const p of [after as ProposalFile | undefined, before as ProposalFile | undefined]) {
        if (p === undefined) continue;
        out.procedures.add(p.procedure);
        if (p.proposed_by !== undefined) out.agencies.add(p.proposed_by);
      }
      break;
    case 'AgencyList': {
      const list = (v: unknown) => (v as { agencies?: Agency[] } | undefined)?.agencies ?? [];
      for (const id of changedKeys(list(after), list(before), (a) => a.id)) out.agencies.add(id);
      break;
    }
    case 'SuppressionList': {
      // A suppression added, removed or edited hides or shows findings wherever it points.
      const list = (v: unknown) => (v as { suppressions?: Suppression[] } | undefined)?.suppressions ?? [];
      const key = (s: Suppression) => JSON.stringify(s);
      const [a, b] = [new Set(list(after).map(key)), new Set(list(before).map(key))];
      for (const s of [...list(after), ...list(before)]) {
        if (a.has(key(s)) && b.has(key(s))) continue;
        if (s.procedure !== undefined) out.procedures.add(s.procedure);
        if (s.agency !== undefined) out.agencies.add(s.agency);
        if (s.file !== undefined) out.files.add(s.file);
      }
      break;
    }
    default:
      // Legal documents: the procedures citing them report with a related location in legal.yaml.
      break;
  }
}

/** Keys whose entries differ between two lists (added, removed or edited). */
function changedKeys<T>(after: readonly T[], before: readonly T[], keyOf: (t: T) => string): Set<string> {
  const group = (list: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const item of list) {
      const same = out.get(keyOf(item));
      if (same) same.push(item);
      else out.set(keyOf(item), [item]);
    }
    return out;
  };
  const [a, b] = [group(after), group(before)];
  const out = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) if (!isDeepStrictEqual(a.get(key), b.get(key))) out.add(key);
  return out;
}

/** Each file's current kind and value, from the loaded catalog (list files gather their entries). */
function currentVersions(catalog: Catalog, files: ReadonlySet<string>): Map<string, FileVersion> {
  const out = new Map<string, FileVersion>();
  const put = (file: string, kind: Kind, value: unknown) => {
    if (files.has(file)) out.set(file, { kind, value });
  };
  if (catalog.config) put(catalog.config.file, 'Catalog', catalog.config.value);
  for (const p of catalog.procedures) put(p.file, 'Procedure', p.value);
  for (const i of catalog.implementations) put(i.file, 'Implementation', i.value);
  for (const p of catalog.proposals) put(p.file, 'Proposal', p.value);
  // A list file's entries are located one by one: gather them back into the file's list.
  const lists = (file: string, kind: Kind, field: string, item: unknown) => {
    if (!files.has(file)) return;
    const known = (out.get(file)?.value as Record<string, unknown[]> | undefined)?.[field];
    if (known) known.push(item);
    else out.set(file, { kind, value: { [field]: [item] } });
  };
  for (const a of catalog.agencies) lists(a.file, 'AgencyList', 'agencies', a.value);
  for (const s of catalog.suppressions) lists(s.file, 'SuppressionList', 'suppressions', s.value);
  for (const d of catalog.dataSources) lists(d.file, 'DataSourceList', 'sources', d.value);
  for (const l of catalog.legal) lists(l.file, 'LegalDocumentList', 'documents', l.value);
  return out;
}

/**
 * The scope of a change: the changed files (relative to the catalog root), and what changed in
 * them against `before`, their versions at the revision (absent for files added since).
 */
export function changeScope(catalog: Catalog, changed: readonly string[], before: ReadonlyMap<string, FileVersion> = new Map()): ChangeScope {
  const out: Touched = { files: new Set(changed), unrelated: new Set(), procedures: new Set(), agencies: new Set(), everything: false };
  const now = currentVersions(catalog, out.files);
  const moved = movedFiles(changed, now, before);
  for (const file of changed) {
    if (moved.has(file)) {
      out.unrelated.add(file);
      continue;
    }
    const [current, earlier] = [now.get(file), before.get(file)];
    if (current !== undefined && earlier !== undefined && current.kind === earlier.kind) {
      // Comments, quoting or key order only: the catalog reads the same, nothing else is touched.
      if (isDeepStrictEqual(current.value, earlier.value)) {
        out.unrelated.add(file);
        continue;
      }
      if (current.kind !== undefined && ENTRY_COMPARED.has(current.kind)) out.unrelated.add(file);
      touchedBetween(current.kind, current.value, earlier.value, out);
    } else {
      if (current !== undefined) touchedBy(current, out);
      if (earlier !== undefined) touchedBy(earlier, out);
    }
  }
  return out;
}

/**
 * Files renamed or moved without a change to what they say (`git mv`): the file that is gone
 * and the one that came, paired by equal content. Their findings are in scope as files, but
 * they touch no procedure or agency elsewhere.
 */
function movedFiles(changed: readonly string[], now: ReadonlyMap<string, FileVersion>, before: ReadonlyMap<string, FileVersion>): Set<string> {
  const gone = changed.filter((f) => !now.has(f) && before.has(f));
  const came = changed.filter((f) => now.has(f) && !before.has(f));
  const out = new Set<string>();
  for (const from of gone) {
    const old = before.get(from);
    const to = came.find((f) => !out.has(f) && now.get(f)?.kind === old?.kind && isDeepStrictEqual(now.get(f)?.value, old?.value));
    if (to === undefined) continue;
    out.add(from);
    out.add(to);
  }
  return out;
}

/** Whether a finding (or a report, before it is located) belongs to the change. */
export function inScope(finding: { file: string; procedure?: string | undefined; agency?: string | undefined; related?: readonly { file: string }[] | undefined }, scope: ChangeScope): boolean {
  if (scope.everything || scope.files.has(finding.file)) return true;
  if (finding.procedure !== undefined && scope.procedures.has(finding.procedure)) return true;
  if (finding.agency !== undefined && scope.agencies.has(finding.agency)) return true;
  return (finding.related ?? []).some((r) => scope.files.has(r.file) && !scope.unrelated.has(r.file));
}
