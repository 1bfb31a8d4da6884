// What a proposal costs, for role budgets: the lever's cost model (sim-core/scenario/levers.ts) applied to the
// quantity of its cost basis that the change implies in this city, from the start year to the horizon.
//   cost [NOK] = units × (capex_NOK + opex_NOK_yr × years in force)      (undiscounted, for a budget check)
// Only the increase over the lever's default costs money; a decrease is free. Units come from the buildings
// that `where` selects (district, use; a period filter counts all periods). Quantities the city data does not hold are estimated (named ESTIMATE below).
import { type CityDataset, polygonArea_m2 } from "../../sim-core/index.ts";
import { LEVER_BY_ID, type Where } from "../../sim-core/scenario/index.ts";

/** ESTIMATE: heated floor area per inhabitant where the data has no residents [m²] (Norwegian dwellings ≈ 50). */
const FLOOR_AREA_PER_RESIDENT_M2 = 50;
/** ESTIMATE: PV capacity per building roof [kWp]: 30 % of the footprint usable at 0.2 kWp/m². */
const PV_KWP_PER_FOOTPRINT_M2 = 0.3 * 0.2;
/** ESTIMATE: battery size per PV building [kWh]. */
const BATTERY_KWH_PER_BUILDING = 10;
/** ESTIMATE: cars per inhabitant (Bærum ≈ 0.5). */
const CARS_PER_RESIDENT = 0.5;
/** ESTIMATE: city buses per 1000 inhabitants. */
const BUSES_PER_1000_RESIDENTS = 1;
/** ESTIMATE: peak grid capacity per m² of floor area [MW/m²] (≈ 40 W/m²). */
const GRID_MW_PER_M2 = 40e-6;
/** ESTIMATE: demolition components per year [t per m² floor area] and new floor area per year [share]. */
const DEMOLITION_T_PER_M2_YR = 0.002;
const NEW_FLOOR_AREA_SHARE_YR = 0.01;
const RESIDENTIAL = new Set(["house", "rowhouse", "apartment"]);

/** The cost bases of a set of buildings. */
export interface CostFacts {
  buildings: number;
  floorArea_m2: number;
  /** Floor area built before 2007 (the retrofit levers act on it). */
  floorAreaPre2007_m2: number;
  footprint_m2: number;
  residents: number;
}

export function costFacts(city: CityDataset, where: Where = { scope: "municipality" }): CostFacts {
  const facts: CostFacts = { buildings: 0, floorArea_m2: 0, floorAreaPre2007_m2: 0, footprint_m2: 0, residents: 0 };
  let residentialArea_m2 = 0;
  let counted = 0;
  for (const b of city.buildings) {
    if (where.scope === "district" && b.district !== where.district) continue;
    if (where.scope === "filter" && where.use && !where.use.includes(b.use)) continue;
    const footprint = b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m);
    const area = footprint * b.floors;
    facts.buildings++;
    facts.footprint_m2 += footprint;
    facts.floorArea_m2 += area;
    if (b.year < 2007) facts.floorAreaPre2007_m2 += area;
    if (b.residents !== undefined) {
      facts.residents += b.residents;
      counted++;
    } else if (RESIDENTIAL.has(b.use)) residentialArea_m2 += area;
  }
  if (counted === 0) facts.residents = residentialArea_m2 / FLOOR_AREA_PER_RESIDENT_M2;
  return facts;
}

export interface ProposalCost {
  cost_NOK: number;
  units: number;
  basis: string;
}

/** Cost of setting `lever` to `value` from `startYear` to `horizon` in the buildings of `facts`. */
export function proposalCost(
  lever: string,
  value: number,
  startYear: number,
  horizon: number,
  facts: CostFacts,
): ProposalCost {
  const spec = LEVER_BY_ID.get(lever);
  if (!spec) return { cost_NOK: 0, units: 0, basis: "unknown lever" };
  const delta = Math.max(0, value - spec.default);
  const years = Math.max(0, horizon - startYear + 1);
  const share = delta / 100;
  const f = facts;
  const units = (() => {
    switch (lever) {
      case "retrofitRate": // %/yr of pre-2007 floor area, accumulated over the years (at most all of it)
        return Math.min(1, share * years) * f.floorAreaPre2007_m2;
      case "retrofitDepth": // extra per m² retrofitted at the default rate
        return (
          delta * Math.min(1, ((LEVER_BY_ID.get("retrofitRate")?.default ?? 0) / 100) * years) * f.floorAreaPre2007_m2
        );
      case "heatPumpShare": // every building taken as direct-electric: an upper bound
        return share * f.buildings;
      case "rooftopPvShare":
        return share * f.footprint_m2 * PV_KWP_PER_FOOTPRINT_M2;
      case "batteryShare": // % of the buildings with PV at the default PV share
        return (
          share * ((LEVER_BY_ID.get("rooftopPvShare")?.default ?? 0) / 100) * f.buildings * BATTERY_KWH_PER_BUILDING
        );
      case "smartChargingShare": // % of EVs at the default EV share
        return share * ((LEVER_BY_ID.get("evShare")?.default ?? 0) / 100) * f.residents * CARS_PER_RESIDENT;
      case "gridCapacityUpgrade":
        return share * f.floorArea_m2 * GRID_MW_PER_M2;
      case "sourceSeparation":
      case "foodWasteReduction":
      case "payAsYouThrow": // per inhabitant and year while in force
        return delta > 0 ? f.residents : 0;
      case "biogasBuses":
        return share * (f.residents / 1000) * BUSES_PER_1000_RESIDENTS;
      case "componentReuse":
        return share * f.floorArea_m2 * DEMOLITION_T_PER_M2_YR * years;
      case "timberShare":
        return share * f.floorArea_m2 * NEW_FLOOR_AREA_SHARE_YR * years;
      default: // direct units (m of trench, MW, centres) or costed elsewhere (capex and opex 0)
        return delta;
    }
  })();
  const { capex_NOK, opex_NOK_yr, basis } = spec.cost;
  return { cost_NOK: units * (capex_NOK + opex_NOK_yr * years), units, basis };
}
