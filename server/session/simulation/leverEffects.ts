// How the thin slice maps scenario levers onto its heat-loss model (documented simplifications; the full
// energy model replaces this):
// - retrofitRate r [%/yr of pre-2007 floor area]: by year Y a share s = min(1, Σ_{y ≤ Y} r_y/100) of each
//   pre-2007 building is retrofitted to the TEK17 envelope of the archetype table, so
//   H_eff = (1 − s)·H_original + s·H_TEK17 (floor-area-weighted blend; the lever's default rate applies too).
// - heatPumpShare p [%]: every building is taken as direct-electric (no supply data yet); a share p of its
//   heat comes from a heat pump of seasonal COP 2.8, so electricity = heat·((1 − p) + p/2.8).
// - retrofitDepth and all other levers have no effect in the thin slice yet.
import {
  type ArchetypePeriod,
  buildingHeatLossCoeff_W_K,
  type CityDataset,
  periodForYear,
  polygonArea_m2,
  polygonPerimeter_m,
} from "../../../sim-core/index.ts";
import { LEVER_BY_ID, type Scenario, type Where } from "../../../sim-core/scenario/index.ts";

/** Retrofit applies to buildings built before this year (lever unit "% of pre-2007 floor area"). */
export const RETROFIT_BEFORE_YEAR = 2007;
export const RETROFIT_TARGET_PERIOD = "TEK17";
/** Seasonal COP of an air-water heat pump in a Norwegian climate (approximate, placeholder). */
export const HEAT_PUMP_SCOP = 2.8;

export interface CityModel {
  city: CityDataset;
  periods: ArchetypePeriod[];
}

function matches(where: Where, building: CityDataset["buildings"][number], periodId: string): boolean {
  if (where.scope === "municipality") return true;
  if (where.scope === "district") return building.district === where.district;
  return (!where.use || where.use.includes(building.use)) && (!where.periods || where.periods.includes(periodId));
}

/** The lever's value for one building in one year: the latest matching intervention started by then. */
function leverValue(scenario: Scenario, lever: string, year: number, match: (w: Where) => boolean): number {
  let value = LEVER_BY_ID.get(lever)?.default ?? 0;
  let since = Number.NEGATIVE_INFINITY;
  for (const i of scenario.interventions) {
    if (i.lever !== lever || i.startYear > year || i.startYear < since || !match(i.where)) continue;
    value = i.value;
    since = i.startYear;
  }
  return value;
}

export interface BuildingInputsForYear {
  heatLossCoeff_W_K: Float64Array;
  /** Share of each building's heat from a heat pump (0-1). */
  heatPumpShare: Float64Array;
}

export function buildingInputsForYear(model: CityModel, scenario: Scenario, year: number): BuildingInputsForYear {
  const periods = [...model.periods].sort((a, b) => a.fromYear - b.fromYear);
  const target = periods.find((p) => p.id === RETROFIT_TARGET_PERIOD);
  const n = model.city.buildings.length;
  const H = new Float64Array(n);
  const hp = new Float64Array(n);
  model.city.buildings.forEach((b, i) => {
    const geometry = {
      footprint_m2: polygonArea_m2(b.footprint_m),
      perimeter_m: polygonPerimeter_m(b.footprint_m),
      floors: b.floors,
      storeyHeight_m: model.city.storeyHeight_m,
    };
    const period = periodForYear(periods, b.year);
    const match = (w: Where) => matches(w, b, period.id);
    const original = buildingHeatLossCoeff_W_K(geometry, period);
    let share = 0;
    if (b.year < RETROFIT_BEFORE_YEAR && target)
      for (let y = scenario.baseYear; y <= year; y++) share += leverValue(scenario, "retrofitRate", y, match) / 100;
    share = Math.min(1, share);
    const retrofitted = target ? Math.min(original, buildingHeatLossCoeff_W_K(geometry, target)) : original;
    H[i] = (1 - share) * original + share * retrofitted;
    hp[i] = leverValue(scenario, "heatPumpShare", year, match) / 100;
  });
  return { heatLossCoeff_W_K: H, heatPumpShare: hp };
}
