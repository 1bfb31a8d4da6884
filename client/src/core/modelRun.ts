// One year of a scenario for a city, as the scenario runner's simulateYear does it (materials year → waste
// heat → energy model with the year's overrides → metrics → indicators), keeping the per-building records the
// map and the building card need. Runs in the worker (browser) and in Node (tests): same inputs, same bits.
import { MaterialsCore } from "../../../sim-core/host/materials/MaterialsCore.ts";
import { EnergyModel } from "../../../sim-core/host/model/EnergyModel.ts";
import type { ModelWeather } from "../../../sim-core/host/model/weather.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import {
  applyOverrides,
  energyFlows,
  materialFlows,
  type ScenarioBase,
  yearIndicators,
  yearMetrics,
} from "../../../sim-core/scenario/run/index.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import { leverValues } from "../scenario/leverState.ts";
import { WHAT_IF_YEAR, whatIfInputs } from "../scenario/whatIfInputs.ts";
import type { ModelResult } from "./modelResult.ts";

export interface RunRequest {
  runId: number;
  scenario: Scenario;
  year?: number;
}

export async function runCityYear(
  module: WebAssembly.Module,
  base: ScenarioBase,
  weather: ModelWeather,
  request: RunRequest,
  onProgress?: (fraction: number) => void,
): Promise<ModelResult> {
  const started = performance.now();
  const year = request.year ?? WHAT_IF_YEAR;
  const inputs = whatIfInputs(base, request.scenario, year);
  const materials = await MaterialsCore.load(module);
  materials.setup(inputs.materials);
  const waste = materials.runYear();
  const options = { ...inputs.options };
  if (base.wasteToEnergy && weather.tAir_C.length === 8760)
    options.wasteHeatAvailable_W = materials.wasteHeatAvailable_W();
  const model = await EnergyModel.create(module, inputs.city, weather, options);
  applyOverrides(model, inputs.city, inputs.buildings);
  model.runYear((done, total) => onProgress?.(done / total));
  const metrics = yearMetrics(
    model,
    inputs.city.buildings,
    waste,
    inputs.population,
    inputs.transport,
    inputs.buildings.evMode,
    inputs.buildings.batteryCapacity_Wh,
  );
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
  // Household waste per building in proportion to its dwellings (the materials model is municipality-wide).
  const dwellings = base.dwellings.reduce((a, b) => a + b, 0);
  const waste_kg = new Float64Array(n);
  for (let i = 0; i < n; i++)
    waste_kg[i] = dwellings > 0 ? (waste.householdWaste_t * 1000 * base.dwellings[i]) / dwellings : 0;
  const retrofitted = new Uint8Array(n);
  inputs.buildings.period.forEach((p, i) => {
    retrofitted[i] = p === "passive" ? 2 : p ? 1 : 0;
  });
  return {
    runId: request.runId,
    levers: leverValues(request.scenario, year),
    year,
    buildings: n,
    yearly: s.yearly.slice(),
    stride: L.M_STRIDE,
    floorArea_m2: model.inputs.floorArea_m2.slice(),
    system: Int8Array.from(inputs.buildings.system),
    pv_kWp: Float64Array.from(inputs.buildings.pv_kWp),
    retrofitted,
    waste_kg,
    gridImport_W,
    gridExport_W,
    dhDemand_W,
    indicators: yearIndicators(metrics),
    units: { ...inputs.units },
    energyFlows_MWh: energyFlows(metrics),
    materialFlows_t: materialFlows(metrics),
    plants,
    population: inputs.population,
    run_ms: performance.now() - started,
  };
}
