// A MAC measure for a lever run alone against the baseline: its annual cost from the runner's units in the
// lever's cost basis (m² retrofitted, buildings converted, kWp, MW, inhabitants…) and the GHG it abates.
import { annualCost_NOK } from "../../../sim-core/scenario/cost.ts";
import { LEVER_BY_ID } from "../../../sim-core/scenario/levers.ts";
import type { AbatementMeasure } from "../../../sim-core/scenario/macCurve.ts";
import type { ModelResult } from "../core/modelResult.ts";

/** Total GHG of a run [tCO2e/yr] (the ghgPerCapita indicator's scope). */
export const totalGhg_t = (r: ModelResult) => r.indicators.ghgPerCapita * r.population;

export function measureOf(
  id: string,
  run: ModelResult,
  base: ModelResult,
  label: string,
): AbatementMeasure | undefined {
  const lever = LEVER_BY_ID.get(id);
  if (!lever) return undefined;
  const units = Math.max(0, (run.units[id] ?? 0) - (base.units[id] ?? 0));
  return {
    label,
    annualCost_NOK: annualCost_NOK(lever.cost, units),
    abated_tCO2e_yr: totalGhg_t(base) - totalGhg_t(run),
  };
}
