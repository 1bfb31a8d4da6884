// The ONE place where a scenario becomes model inputs for a year. Until the scenario runner lands on main
// (sim-core/scenario: inputsForYear), this is a client-side stand-in with documented assumptions; the worker
// and the tests call only this function, so swapping it for the runner's is a one-line change.
import type { CityBuilding, CityDataset } from "../../../sim-core/host/city.ts";
import { spread } from "../../../sim-core/host/model/inputs.ts";
import { DEFAULT_SYSTEM_MIX, MODEL_DEFAULTS, type ModelOptions } from "../../../sim-core/host/model/options.ts";
import type { DhPlant } from "../../../sim-core/host/supply/defaults.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import { leverValues } from "./leverState.ts";

/** The year the what-if shows: levers in force from the scenario's base year until then. */
export const WHAT_IF_YEAR = 2035;
/** Panel kWp per m² of PV area (≈ 20 % module efficiency), so the default 40 % of the roof = 0.08 kWp/m². */
const KWP_PER_PANEL_M2 = 0.2;
/** Share of non-district-heated buildings a 1000 m expansion reaches (assumption: dense districts). */
const DH_SHARE_AT_MAX_EXPANSION = 0.3;
/** Sea-water heat pump plant's seasonal COP (assumption, as the example plant's order of magnitude). */
const NEW_PLANT_COP = 3;

/** Levers this stand-in maps onto the energy and materials models (the rest show as "not in the model yet"). */
export const MODELLED_LEVERS: ReadonlySet<string> = new Set([
  "retrofitRate",
  "heatPumpShare",
  "rooftopPvShare",
  "rooftopPvSize",
  "evShare",
  "smartChargingShare",
  "districtHeatExpansion",
  "newHeatPlant",
  "gridCapacityUpgrade",
  "foodWasteReduction",
]);

export interface WhatIfInputs {
  /** The stock of that year: retrofitted buildings carry the TEK17 period year. */
  city: CityDataset;
  options: ModelOptions;
  /** Index of each retrofitted building (for the map's "retrofit status"). */
  retrofitted: Uint8Array;
  /** Plants added ahead of the dataset's own (the runner prepends them to the model's derived plants). */
  extraPlants: DhPlant[];
  materials: { foodWasteFactor: number };
}

/** Model inputs of `year` under a scenario (municipality-wide interventions in force by their start year). */
export function whatIfInputs(base: CityDataset, scenario: Scenario, year = WHAT_IF_YEAR): WhatIfInputs {
  const v = leverValues(scenario, year);
  const years = Math.max(0, year - scenario.baseYear);
  const retrofitShare = Math.min(1, (v.retrofitRate / 100) * years);
  const retrofitted = new Uint8Array(base.buildings.length);
  const buildings: CityBuilding[] = base.buildings.map((b, i) => {
    if (b.year >= 2007 || spread(String(b.id), 7) >= retrofitShare) return b;
    retrofitted[i] = 1;
    return { ...b, year: 2017 }; // TEK17 envelope (passive depth needs a period override in the model)
  });
  const hp = v.heatPumpShare / 100;
  const systemMix = {
    ...DEFAULT_SYSTEM_MIX,
    direct: DEFAULT_SYSTEM_MIX.direct * (1 - hp),
    airAir: DEFAULT_SYSTEM_MIX.airAir + DEFAULT_SYSTEM_MIX.direct * hp,
  };
  const options: ModelOptions = {
    systemMix,
    districtHeatShare: (v.districtHeatExpansion / 1000) * DH_SHARE_AT_MAX_EXPANSION,
    pv: { share: v.rooftopPvShare / 100, kWpPerFootprint_m2: KWP_PER_PANEL_M2 * (v.rooftopPvSize / 100) },
    ev: { carsPerDwelling: evPerDwelling(base, v.evShare / 100), smartShare: v.smartChargingShare / 100 },
    areaCapacity_W_m2: MODEL_DEFAULTS.areaCapacity_W_m2 * (1 + v.gridCapacityUpgrade / 100),
  };
  return {
    city: { ...base, buildings },
    options,
    retrofitted,
    extraPlants: newPlant(v.newHeatPlant),
    materials: { foodWasteFactor: 1 - v.foodWasteReduction / 100 },
  };
}

/** EVs per dwelling: the dataset's cars per dwelling × the EV share. */
function evPerDwelling(city: CityDataset, evShare: number): number {
  const fleet = (city as CityDataset & { carFleet?: { cars: number } }).carFleet;
  let dwellings = 0;
  for (const b of city.buildings) dwellings += b.dwellings ?? 0;
  const carsPerDwelling = fleet && dwellings > 0 ? fleet.cars / dwellings : 1.2;
  return carsPerDwelling * evShare;
}

/** A new sea-water heat pump, put first in merit order ahead of the dataset's plants (none for 0 MW). */
function newPlant(mw: number): DhPlant[] {
  if (mw <= 0) return [];
  return [
    { name: "New sea-water heat pump", kind: "heatPump", capacity_W: mw * 1e6, efficiency: NEW_PLANT_COP, ef_g_kWh: 0 },
  ];
}
