/**
 * Costs for the workbooks: the compliance-cost model's result, or undefined when catalog.yaml
 * has no `cost:` parameters (the plan and cost sheets then say so instead of showing zeros).
 */
import type { Catalog } from '../../catalog/model.js';
import { catalogCost } from '../../cost/index.js';
import type { CatalogCost } from '../../cost/types.js';

export function workbookCosts(catalog: Catalog): CatalogCost | undefined {
  const costs = catalogCost(catalog);
  return costs.missingParameters ? undefined : costs;
}
