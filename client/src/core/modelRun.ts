// One year of the integrated energy model and the materials model for a city under a scenario. Runs in the
// worker (browser) and in Node (tests) alike: the same inputs give bit-identical results.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { MaterialsCore } from "../../../sim-core/host/materials/MaterialsCore.ts";
import { norwayDefaultParams, wasteData } from "../../../sim-core/host/materials/defaults.ts";
import type { MaterialsIndicators } from "../../../sim-core/host/materials/indicators.ts";
import { EnergyModel } from "../../../sim-core/host/model/EnergyModel.ts";
import { buildModelInputs } from "../../../sim-core/host/model/inputs.ts";
import type { ModelWeather } from "../../../sim-core/host/model/weather.ts";
import { PLANT_KINDS } from "../../../sim-core/host/supply/defaults.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import { polygonArea_m2 } from "../../../sim-core/host/polygon.ts";
import { useArchetype } from "../../../sim-core/host/stock/archetypes.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import { leverValues } from "../scenario/leverState.ts";
import { WHAT_IF_YEAR, whatIfInputs } from "../scenario/whatIfInputs.ts";
import { cityIndicators } from "./cityIndicators.ts";
import { energyFlows, materialFlows } from "./flows.ts";
import type { ModelResult } from "./modelResult.ts";

export interface RunRequest {
  runId: number;
  scenario: Scenario;
  year?: number;
}

/** True when the city's district-heat network has a waste-to-energy plant (Ålesund: Grautneset). */
function hasWastePlant(city: CityDataset): boolean {
  const nets = (city as CityDataset & { districtHeating?: { plants?: { kind: string }[] }[] }).districtHeating;
  return !!nets?.some((n) => n.plants?.some((p) => p.kind === "waste-chp"));
}

/** Floor area per inhabitant where a file has no residents (assumption, ≈ Norwegian dwellings' mean) [m²]. */
const FLOOR_PER_PERSON_M2 = 50;

/** Registered residents, or for imported files without them, residential floor area / FLOOR_PER_PERSON_M2. */
export function populationOf(city: CityDataset): number {
  const registered = city.buildings.reduce((s, b) => s + (b.residents ?? 0), 0);
  if (registered > 0) return registered;
  let floor = 0;
  for (const b of city.buildings)
    if (useArchetype(b.use).residential) floor += (b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m)) * b.floors;
  return Math.max(1, Math.round(floor / FLOOR_PER_PERSON_M2));
}

/** The materials model's year for the city's population (as tools/calibration/run.ts sets it up). */
export async function runMaterials(
  module: WebAssembly.Module,
  city: CityDataset,
  foodWasteFactor: number,
): Promise<{ core: MaterialsCore; indicators: MaterialsIndicators; population: number }> {
  const population = populationOf(city);
  const core = await MaterialsCore.load(module);
  const params = norwayDefaultParams({
    population,
    importedToPlant_t_yr: hasWastePlant(city) ? wasteData.alesundPlant.capacity_t_yr : 0,
  });
  for (const h of params.households)
    h.kgPerPersonYr = { ...h.kgPerPersonYr, food: h.kgPerPersonYr.food * foodWasteFactor };
  core.setup(params);
  return { core, indicators: core.runYear(), population };
}

export async function runCityYear(
  module: WebAssembly.Module,
  base: CityDataset,
  weather: ModelWeather,
  request: RunRequest,
  onProgress?: (fraction: number) => void,
): Promise<ModelResult> {
  const started = performance.now();
  const year = request.year ?? WHAT_IF_YEAR;
  const inputs = whatIfInputs(base, request.scenario, year);
  const materials = await runMaterials(module, inputs.city, inputs.materials.foodWasteFactor);
  const options = { ...inputs.options };
  if (hasWastePlant(inputs.city)) options.wasteHeatAvailable_W = materials.core.wasteHeatAvailable_W();
  if (inputs.extraPlants.length > 0) {
    const derived = buildModelInputs(inputs.city, weather.tAir_C.length, weather.tAir_C, options).supply.plants ?? [];
    options.plants = [...inputs.extraPlants, ...derived].sort(
      (a, b) => PLANT_KINDS.indexOf(a.kind) - PLANT_KINDS.indexOf(b.kind),
    );
  }
  const model = await EnergyModel.create(module, inputs.city, weather, options);
  model.runYear((done, total) => onProgress?.(done / total));
  const n = model.buildings;
  const s = model.supply;
  const hours = model.hours;
  const gridImport_W = new Float64Array(hours);
  const gridExport_W = new Float64Array(hours);
  const dhDemand_W = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    for (let a = 0; a < s.areas; a++) {
      const r = (h * s.areas + a) * L.A_STRIDE;
      gridImport_W[h] += s.areaSeries[r + L.A_IMPORT];
      gridExport_W[h] += s.areaSeries[r + L.A_EXPORT];
    }
    dhDemand_W[h] = s.dhSeries[h * L.D_STRIDE + L.D_DEMAND];
  }
  const plants = (model.inputs.supply.plants ?? []).map((p, k) => {
    let heat = 0;
    for (let h = 0; h < hours; h++) heat += s.plantOut_W[h * s.plants + k];
    return { name: p.name, kind: p.kind, heat_MWh: heat / 1e6 };
  });
  const perInhabitant_kg = materials.indicators.householdWaste_kg_per_inh_yr;
  const waste_kg = new Float64Array(n);
  for (let i = 0; i < n; i++) waste_kg[i] = (inputs.city.buildings[i].residents ?? 0) * perInhabitant_kg;
  const yearly = s.yearly.slice();
  const result: ModelResult = {
    runId: request.runId,
    levers: leverValues(request.scenario, year),
    year,
    buildings: n,
    yearly,
    stride: L.M_STRIDE,
    floorArea_m2: model.inputs.floorArea_m2.slice(),
    system: Int8Array.from(model.inputs.supply.buildings.system as ArrayLike<number>),
    pv_kWp: model.inputs.pv_kWp.slice(),
    retrofitted: inputs.retrofitted,
    waste_kg,
    gridImport_W,
    gridExport_W,
    dhDemand_W,
    indicators: {},
    energyFlows_MWh: [],
    materialFlows_t: materialFlows(materials.indicators),
    plants,
    population: materials.population,
    run_ms: 0,
  };
  result.indicators = cityIndicators(inputs.city, result, materials.indicators, model.emissions_g().total, {
    peakImport_W: gridImport_W.reduce((m, v) => Math.max(m, v), 0),
    hoursOver: s.areaHoursOver.reduce((a, v) => a + v, 0),
  });
  result.energyFlows_MWh = energyFlows(result);
  result.run_ms = performance.now() - started;
  return result;
}
