/** Cost parameters from catalog.yaml `cost:` with the defaults of spec/cost.md filled in. */
import type { CostParameters as CostConfig } from '../catalog/schema/kinds.js';
import type { CostParameters } from './types.js';

/** Hours of each activity when catalog.yaml leaves them out (spec/cost.md). */
export const DEFAULT_HOURS: CostParameters['hours'] = {
  learn: 1.0,
  form: 0.5,
  document: 0.5,
  present: 0.25,
  certify: 1.0,
  visit: 2.0,
  online: 0.5,
};

/** Money (đồng) of each item when catalog.yaml leaves it out (spec/cost.md). */
export const DEFAULT_MONEY: CostParameters['money'] = {
  certify_fee: 4000,
  copy_fee: 1000,
  travel: 20000,
  postage: 30000,
};

/**
 * The parameters of the model, or undefined when catalog.yaml has no `cost:` (income per hour
 * is required: without it no cost is computed).
 */
export function resolveParameters(config: CostConfig | undefined): CostParameters | undefined {
  if (config === undefined) return undefined;
  const hours = { ...DEFAULT_HOURS };
  for (const [key, value] of Object.entries(config.hours ?? {})) {
    if (value !== undefined) hours[key as keyof typeof hours] = value;
  }
  const money = { ...DEFAULT_MONEY };
  for (const [key, value] of Object.entries(config.money ?? {})) {
    if (value !== undefined) money[key as keyof typeof money] = value;
  }
  return {
    income_per_hour: { citizen: config.income_per_hour.citizen, business: config.income_per_hour.business },
    source: config.source,
    hours,
    money,
  };
}
