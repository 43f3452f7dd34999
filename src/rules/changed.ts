/**
 * `--changed <rev>`: which findings belong to a change. A finding is kept when it is in a
 * changed file, or when the change caused it elsewhere: it names a procedure or agency that a
 * changed file defines or refers to, or its `related` locations point into a changed file.
 * The whole catalog is still loaded and checked, so cross-file rules see everything. Pure.
 */
import type { Catalog } from '../catalog/model.js';
import type { LoadedFile } from '../catalog/load-file.js';
import type { AgencyList, ImplementationFile, ProcedureFile, ProposalFile, SuppressionListFile } from '../catalog/schema/kinds.js';

export interface ChangeScope {
  files: ReadonlySet<string>;
  procedures: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
}

/** Procedure codes and agency ids that one file's value defines or refers to. */
function touchedBy(kind: LoadedFile['kind'], value: unknown, procedures: Set<string>, agencies: Set<string>): void {
  if (value === undefined) return;
  switch (kind) {
    case 'Procedure': {
      const p = value as ProcedureFile;
      procedures.add(p.code);
      const by = p.implemented_by;
      if (by && 'agencies' in by) for (const a of by.agencies) agencies.add(a);
      break;
    }
    case 'Implementation': {
      const i = value as ImplementationFile;
      agencies.add(i.agency);
      for (const e of i.procedures) procedures.add(e.code);
      break;
    }
    case 'Proposal': {
      const p = value as ProposalFile;
      procedures.add(p.procedure);
      if (p.proposed_by !== undefined) agencies.add(p.proposed_by);
      break;
    }
    case 'AgencyList':
      for (const a of (value as AgencyList).agencies) agencies.add(a.id);
      break;
    case 'SuppressionList':
      // Removing a suppression makes its findings show again wherever they are.
      for (const s of (value as SuppressionListFile).suppressions) {
        if (s.procedure !== undefined) procedures.add(s.procedure);
        if (s.agency !== undefined) agencies.add(s.agency);
      }
      break;
    default:
      break;
  }
}

/**
 * The scope of a change: the changed files (relative to the catalog root), what they touch in
 * the current catalog, and what deleted or rewritten files touched before (`previous`).
 */
export function changeScope(catalog: Catalog, changed: readonly string[], previous: readonly Pick<LoadedFile, 'kind' | 'value'>[] = []): ChangeScope {
  const files = new Set(changed);
  const procedures = new Set<string>();
  const agencies = new Set<string>();
  for (const p of catalog.procedures) if (files.has(p.file)) touchedBy('Procedure', p.value, procedures, agencies);
  for (const i of catalog.implementations) if (files.has(i.file)) touchedBy('Implementation', i.value, procedures, agencies);
  for (const p of catalog.proposals) if (files.has(p.file)) touchedBy('Proposal', p.value, procedures, agencies);
  for (const a of catalog.agencies) if (files.has(a.file)) agencies.add(a.value.id);
  for (const s of catalog.suppressions) {
    if (!files.has(s.file)) continue;
    if (s.value.procedure !== undefined) procedures.add(s.value.procedure);
    if (s.value.agency !== undefined) agencies.add(s.value.agency);
  }
  for (const f of previous) touchedBy(f.kind, f.value, procedures, agencies);
  return { files, procedures, agencies };
}

/** Whether a finding (or a report, before it is located) belongs to the change. */
export function inScope(finding: { file: string; procedure?: string | undefined; agency?: string | undefined; related?: readonly { file: string }[] | undefined }, scope: ChangeScope): boolean {
  if (scope.files.has(finding.file)) return true;
  if (finding.procedure !== undefined && scope.procedures.has(finding.procedure)) return true;
  if (finding.agency !== undefined && scope.agencies.has(finding.agency)) return true;
  return (finding.related ?? []).some((r) => scope.files.has(r.file));
}
