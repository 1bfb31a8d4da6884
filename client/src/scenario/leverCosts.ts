// Cost units of a lever from a run against the baseline (what the lever's CostModel.basis counts), so the
// MAC curve can price each measure: m² retrofitted, buildings converted, kWp, MW, inhabitants.
import { MODEL_DEFAULTS } from "../../../sim-core/host/model/options.ts";
import { annualCost_NOK } from "../../../sim-core/scenario/cost.ts";
import { LEVER_BY_ID } from "../../../sim-core/scenario/levers.ts";
import type { AbatementMeasure } from "../../../sim-core/scenario/macCurve.ts";
import type { ModelResult } from "../core/modelResult.ts";

/** Service pipe per newly connected building [m] (assumption for the trench cost basis). */
const TRENCH_PER_BUILDING_M = 15;

const SYS_DIRECT = 0;
const SYS_DISTRICT = 4;

/** Units of the lever's cost basis that the run added over the baseline, or undefined if not priced. */
export function leverUnits(id: string, value: number, run: ModelResult, base: ModelResult): number | undefined {
  let count = 0;
  let sum = 0;
  switch (id) {
    case "retrofitRate":
      for (let i = 0; i < run.buildings; i++)
        if (run.retrofitted[i] && !base.retrofitted[i]) sum += run.floorArea_m2[i];
      return sum;
    case "heatPumpShare":
      for (let i = 0; i < run.buildings; i++)
        if (base.system[i] === SYS_DIRECT && run.system[i] !== SYS_DIRECT && run.system[i] !== SYS_DISTRICT) count++;
      return count;
    case "rooftopPvShare":
    case "rooftopPvSize":
      for (let i = 0; i < run.buildings; i++) sum += run.pv_kWp[i] - base.pv_kWp[i];
      return Math.max(0, sum);
    case "districtHeatExpansion":
      for (let i = 0; i < run.buildings; i++)
        if (run.system[i] === SYS_DISTRICT && base.system[i] !== SYS_DISTRICT) count++;
      return count * TRENCH_PER_BUILDING_M;
    case "newHeatPlant":
      return value;
    case "gridCapacityUpgrade": {
      for (let i = 0; i < run.buildings; i++) sum += run.floorArea_m2[i];
      return (sum * MODEL_DEFAULTS.areaCapacity_W_m2 * (value / 100)) / 1e6;
    }
    case "foodWasteReduction":
      return run.population;
    default:
      return undefined;
  }
}

/** Cost model of a lever for pricing: PV size is priced per kWp like the PV share lever. */
function costLever(id: string) {
  return LEVER_BY_ID.get(id === "rooftopPvSize" ? "rooftopPvShare" : id);
}

/** Total GHG of a run [tCO2e/yr] (energy and waste, the ghgPerCapita indicator's scope). */
export const totalGhg_t = (r: ModelResult) => r.indicators.ghgPerCapita * r.population;

/** A MAC measure for a lever run alone against the baseline (undefined when the lever is not priced). */
export function measureOf(
  id: string,
  value: number,
  run: ModelResult,
  base: ModelResult,
  label: string,
): AbatementMeasure | undefined {
  const units = leverUnits(id, value, run, base);
  const lever = costLever(id);
  if (units === undefined || !lever) return undefined;
  return {
    label,
    annualCost_NOK: annualCost_NOK(lever.cost, units),
    abated_tCO2e_yr: totalGhg_t(base) - totalGhg_t(run),
  };
}
