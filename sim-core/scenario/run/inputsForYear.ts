// A scenario's model inputs in one year: the stock as it stands (envelopes, district-heat connections),
// the options of the energy model, per-building overrides (systems, PV, batteries, EVs, grid areas) and
// the materials model's parameters. Pure and deterministic: draws come from a hash of building id + seed.
import type { CityDataset } from "../../host/city.ts";
import type { MaterialsParams } from "../../host/materials/params.ts";
import { MODEL_DEFAULTS, type ModelOptions } from "../../host/model/options.ts";
import type { Scenario } from "../types.ts";
import type { ScenarioBase } from "./baseline.ts";
import { type CircularResult, circularForYear } from "./levers/circular.ts";
import { floorOf, municipalAt, weightedValue } from "./levers/context.ts";
import { districtHeatForYear, plantsForYear } from "./levers/districtHeat.ts";
import { envelopeForYear } from "./levers/envelope.ts";
import { gridForYear } from "./levers/grid.ts";
import { heatingForYear } from "./levers/heating.ts";
import { mobilityForYear } from "./levers/mobility.ts";
import { solarForYear } from "./levers/solar.ts";

/** Per-building inputs the energy model's options cannot express; applied to a created model (overrides.ts). */
export interface BuildingOverrides {
  /** Supply system code per building (0 direct, 1 air-air, 2 air-water, 3 ground, 4 district, 5 bio). */
  system: Int32Array;
  /** Envelope period per building after retrofit ("TEK17", "passive"), undefined: as built. */
  period: (string | undefined)[];
  pv_kWp: Float64Array;
  batteryCapacity_Wh: Float64Array;
  batteryPower_W: Float64Array;
  evDaily_Wh: Float64Array;
  evMode: Int32Array;
  /** Grid-area name → capacity factor. */
  areaCapacityFactor: Record<string, number>;
}

/** Amounts in place that year, in each lever's cost basis (levers.ts `cost.basis`). */
export type LeverUnits = Record<string, number>;

export interface YearInputs {
  year: number;
  city: CityDataset;
  options: ModelOptions;
  buildings: BuildingOverrides;
  materials: MaterialsParams;
  population: number;
  units: LeverUnits;
  /** Cars, EVs and fossil-car km for the transport account. */
  transport: { cars: number; evs: number; smartEvs: number; fossilKm_yr: number; biogasBusShare: number };
  circular: Omit<CircularResult, "materials">;
}

export function inputsForYear(base: ScenarioBase, scenario: Scenario, year: number): YearInputs {
  const c = { scenario, base, year };
  const envelope = envelopeForYear(c);
  const dh = districtHeatForYear(c);
  const options: ModelOptions = { year };
  const plants = plantsForYear(c, dh.city, dh.connectedFloor_m2);
  if (plants) options.plants = plants;
  const heating = heatingForYear(c, dh.city.buildings, options);
  const solar = solarForYear(c);
  const mobility = mobilityForYear(c);
  const grid = gridForYear(c, MODEL_DEFAULTS.areaCapacity_W_m2);
  const retrofitRate = weightedValue(c, "retrofitRate", (b) => (b.year < 2007 ? floorOf(b) : 0));
  const { materials, ...circular } = circularForYear(c, retrofitRate);
  const people = base.population;
  const units: LeverUnits = {
    retrofitRate: envelope.retrofitted_m2,
    retrofitDepth: envelope.passive_m2,
    heatPumpShare: heating.converted,
    rooftopPvShare: solar.totalKwp,
    rooftopPvSize: 0,
    batteryShare: solar.batteryKwh,
    evShare: 0,
    smartChargingShare: mobility.smartEvs,
    districtHeatExpansion: dh.trench_m,
    newHeatPlant: municipalAt(c, "newHeatPlant"),
    gridCapacityUpgrade: grid.addedMW,
    sourceSeparation: circular.separationPp > 0 ? people : 0,
    foodWasteReduction: circular.foodReduction > 0 ? people : 0,
    reuseCentres: circular.reuseCentres,
    payAsYouThrow: people * weightedValue(c, "payAsYouThrow", (b, i) => b.residents ?? base.dwellings[i]),
    biogasBuses: 0,
    componentReuse: 0,
    timberShare: circular.newFloor_m2_yr * circular.timberShare,
  };
  const biogasBusShare = weightedValue(c, "biogasBuses", (b, i) => b.residents ?? base.dwellings[i]) / 100;
  units.biogasBuses = busesFor(people) * biogasBusShare;
  return {
    year,
    city: dh.city,
    options,
    buildings: {
      system: heating.system,
      period: envelope.period,
      pv_kWp: solar.pv_kWp,
      batteryCapacity_Wh: solar.batteryCapacity_Wh,
      batteryPower_W: solar.batteryPower_W,
      evDaily_Wh: mobility.evDaily_Wh,
      evMode: mobility.evMode,
      areaCapacityFactor: grid.areaFactor,
    },
    materials,
    population: people,
    units,
    transport: {
      cars: mobility.cars,
      evs: mobility.evs,
      smartEvs: mobility.smartEvs,
      fossilKm_yr: mobility.fossilKm_yr,
      biogasBusShare,
    },
    circular,
  };
}

/** City buses per inhabitant: 1 per 1,000 (assumption for the cost basis "bus converted"). */
export const BUSES_PER_INHABITANT = 1 / 1000;
export function busesFor(population: number): number {
  return population * BUSES_PER_INHABITANT;
}
