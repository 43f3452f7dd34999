/**
 * The seam to the compliance-cost model (src/cost/index.ts), which lands separately. Until it
 * does, `loadCosts` returns undefined and the cost sheets say there is no cost data. Once it has
 * landed, this file can become a plain `catalogCost(catalog)` call.
 */
import type { Catalog } from '../../catalog/model.js';
import type { CatalogCost } from '../../cost/types.js';

type CostModule = { catalogCost?: (catalog: Catalog) => CatalogCost };

// A variable specifier: the type checker does not require the module to exist yet.
const COST_MODULE = '../../cost/index.js';

export async function loadCosts(catalog: Catalog): Promise<CatalogCost | undefined> {
  let mod: CostModule;
  try {
    mod = (await import(COST_MODULE)) as CostModule;
  } catch (error) {
    if (isModuleNotFound(error)) return undefined;
    throw error;
  }
  return typeof mod.catalogCost === 'function' ? mod.catalogCost(catalog) : undefined;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Failed to resolve import/i.test(message);
}
