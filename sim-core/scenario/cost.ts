// Intervention cost: capital cost annualised over the lifetime plus yearly O&M, and abatement cost.
import type { CostModel } from "./levers.ts";

/** Default real discount rate: 4 %, the Norwegian Ministry of Finance's rate for public projects (R 109/2021). */
export const DEFAULT_DISCOUNT_RATE = 0.04;

/** Capital recovery factor r/(1 − (1+r)^−n); 1/n when r = 0. */
export function capitalRecoveryFactor(rate: number, lifetime_yr: number): number {
  if (!(lifetime_yr > 0)) throw new RangeError(`lifetime ${lifetime_yr} yr must be positive`);
  if (rate === 0) return 1 / lifetime_yr;
  return rate / (1 - (1 + rate) ** -lifetime_yr);
}

/** Equivalent annual cost [NOK/yr] of `units` units under a cost model. */
export function annualCost_NOK(model: CostModel, units: number, rate = DEFAULT_DISCOUNT_RATE): number {
  return units * (model.capex_NOK * capitalRecoveryFactor(rate, model.lifetime_yr) + model.opex_NOK_yr);
}

/** Abatement cost [NOK/tCO2e]: annual cost over annual emission reduction (NaN when nothing is abated). */
export function abatementCost_NOK_t(annualCost: number, abated_tCO2e_yr: number): number {
  return abated_tCO2e_yr > 0 ? annualCost / abated_tCO2e_yr : Number.NaN;
}
