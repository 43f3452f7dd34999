/**
 * The compliance-cost model (spec/cost.md), pure: parameters from catalog.yaml `cost:`, the cost
 * of each procedure per channel and per year, and each proposal's before and after.
 */
import type { Catalog } from '../catalog/model.js';
import type { ProcedureFile, ProposalFile } from '../catalog/schema/kinds.js';
import { applyChanges } from './changes.js';
import { DEFAULT_HOURS, DEFAULT_MONEY, resolveParameters } from './parameters.js';
import { procedureCost } from './procedure.js';
import type { CatalogCost, CostParameters, ProcedureCost, ProcedurePlan, ProposalCost } from './types.js';

export type * from './types.js';
export { applyChanges, INVALID_REASONS, type AppliedChanges, type InvalidChange, type InvalidReason } from './changes.js';
export { DEFAULT_HOURS, DEFAULT_MONEY, resolveParameters } from './parameters.js';
export { channelShares, countedDocuments, documentTerm, effectiveOnlineLevel, isApplicationName, isForm, procedureCost, rateKind } from './procedure.js';

/** saving and rate of a before/after pair (null without volume; rate null when before is 0). */
export function savingOf(before: ProcedureCost, after: ProcedureCost): { saving: number | null; rate: number | null } {
  if (before.annual === null || after.annual === null) return { saving: null, rate: null };
  const saving = before.annual - after.annual;
  return { saving, rate: before.annual === 0 ? null : saving / before.annual };
}

/** One proposal's effect on its (published) procedure. */
export function proposalCost(proposal: ProposalFile, procedure: ProcedureFile, params: CostParameters): ProposalCost {
  const applied = applyChanges(procedure, proposal.changes);
  const before = procedureCost(procedure, params);
  const after = procedureCost(applied.procedure, params);
  return {
    proposal: proposal.id,
    procedure: procedure.code,
    status: proposal.status,
    before,
    after,
    ...savingOf(before, after),
    invalidChanges: applied.invalid,
  };
}

/** Every proposal of a procedure that is not rejected, applied one after another. */
export function planCost(procedure: ProcedureFile, proposals: readonly ProposalFile[], params: CostParameters): ProcedurePlan {
  const ordered = proposals.filter((p) => p.status !== 'rejected').sort(byDateThenId);
  let current = procedure;
  for (const p of ordered) current = applyChanges(current, p.changes).procedure;
  const before = procedureCost(procedure, params);
  const after = procedureCost(current, params);
  return { procedure: procedure.code, proposals: ordered.map((p) => p.id), before, after, ...savingOf(before, after) };
}

function byDateThenId(a: ProposalFile, b: ProposalFile): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const cache = new WeakMap<Catalog, CatalogCost>();

/**
 * The cost of every procedure and proposal of a catalog and the totals set against
 * `targets.cost_reduction`. Computed once per loaded catalog (rules and commands share it);
 * treat the result as read-only.
 */
export function catalogCost(catalog: Catalog): CatalogCost {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const result = computeCatalogCost(catalog);
  cache.set(catalog, result);
  return result;
}

function computeCatalogCost(catalog: Catalog): CatalogCost {
  const config = catalog.config?.value;
  const target = config?.targets?.cost_reduction ?? null;
  const params = resolveParameters(config?.cost);
  if (params === undefined) {
    return {
      parameters: { income_per_hour: { citizen: 0, business: 0 }, source: '', hours: { ...DEFAULT_HOURS }, money: { ...DEFAULT_MONEY } },
      missingParameters: true,
      procedures: [],
      proposals: [],
      plans: [],
      totals: { before: 0, after: 0, saving: 0, rate: null, target },
    };
  }
  const byCode = new Map<string, ProcedureFile>();
  for (const p of catalog.procedures) if (!byCode.has(p.value.code)) byCode.set(p.value.code, p.value);
  const procedures = [...byCode.values()].map((p) => procedureCost(p, params));
  const proposals: ProposalCost[] = [];
  const grouped = new Map<string, ProposalFile[]>();
  for (const located of catalog.proposals) {
    const procedure = byCode.get(located.value.procedure);
    if (!procedure) continue;
    proposals.push(proposalCost(located.value, procedure, params));
    grouped.set(procedure.code, [...(grouped.get(procedure.code) ?? []), located.value]);
  }
  const plans: ProcedurePlan[] = [];
  for (const [code, list] of grouped) {
    const procedure = byCode.get(code);
    if (!procedure || list.every((p) => p.status === 'rejected')) continue;
    plans.push(planCost(procedure, list, params));
  }
  let before = 0;
  let after = 0;
  for (const plan of plans) {
    if (plan.before.annual === null || plan.after.annual === null) continue;
    before += plan.before.annual;
    after += plan.after.annual;
  }
  const saving = before - after;
  return {
    parameters: params,
    missingParameters: false,
    procedures,
    proposals,
    plans,
    totals: { before, after, saving, rate: before === 0 ? null : saving / before, target },
  };
}
