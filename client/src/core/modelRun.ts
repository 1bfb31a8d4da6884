// One year of a scenario for a city, as the scenario runner's simulateYear does it (materials year → waste
// heat → energy model with the year's overrides → metrics → indicators), keeping the per-building records the
// map and the building card need. Runs in the worker (browser) and in Node (tests): same inputs, same bits.
// With a WarmRunner (the worker's what-if) the year runs on warm district parts (the scenario runner's
// YearSimulator split by district): a lever change scoped to one district re-runs that district only.
import type { ModelWeather } from "../../../sim-core/host/model/weather.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import { energyFlows, materialFlows, type ScenarioBase, YearSimulator } from "../../../sim-core/scenario/run/index.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import { leverValues } from "../scenario/leverState.ts";
import { WHAT_IF_YEAR, whatIfInputs } from "../scenario/whatIfInputs.ts";
import type { ModelResult } from "./modelResult.ts";

/** Years kept warm (the what-if year and one more): each holds a model per district. */
const WARM_YEARS = 2;

/** Warm simulators of one city, split by district, for the last WARM_YEARS years asked for. */
export class WarmRunner {
  private readonly sims = new Map<number, YearSimulator>();

  constructor(
    readonly module: WebAssembly.Module,
    readonly base: ScenarioBase,
    readonly weather: ModelWeather,
    /** Districts smaller than this share a part (the scenario runner's default: a small city is one part). */
    readonly minPartBuildings?: number,
  ) {}

  simulatorFor(year: number): YearSimulator {
    let sim = this.sims.get(year);
    if (sim) this.sims.delete(year);
    else
      sim = new YearSimulator(this.module, this.base, this.weather, {
        split: "district",
        minPartBuildings: this.minPartBuildings,
      });
    this.sims.set(year, sim); // most recent last
    while (this.sims.size > WARM_YEARS) this.sims.delete(this.sims.keys().next().value as number);
    return sim;
  }
}

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
  warm?: WarmRunner,
): Promise<ModelResult> {
  const started = performance.now();
  const year = request.year ?? WHAT_IF_YEAR;
  const inputs = whatIfInputs(base, request.scenario, year);
  const sim = warm ? warm.simulatorFor(year) : new YearSimulator(module, base, weather);
  let reported = false;
  const run = await sim.runDetailed(inputs, (done, total) => {
    reported = true;
    onProgress?.(done / total);
  });
  if (!reported) onProgress?.(1); // nothing re-ran (e.g. only the networks changed)
  const { metrics, indicators, waste } = run.year;
  const view = run.view;
  const n = view.buildings;
  const hours = view.hours;
  const gridImport_W = new Float64Array(hours);
  const gridExport_W = new Float64Array(hours);
  const dhDemand_W = new Float64Array(hours);
  for (let h = 0; h < hours; h++) {
    for (let a = 0; a < view.areas; a++) {
      const r = (h * view.areas + a) * L.A_STRIDE;
      gridImport_W[h] += view.areaSeries[r + L.A_IMPORT];
      gridExport_W[h] += view.areaSeries[r + L.A_EXPORT];
    }
    dhDemand_W[h] = view.dhSeries[h * L.D_STRIDE + L.D_DEMAND];
  }
  const plantCount = view.plants.length;
  const plants = view.plants.map((p, k) => {
    let heat = 0;
    for (let h = 0; h < hours; h++) heat += view.plantOut_W[h * plantCount + k];
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
    yearly: view.yearly.slice(),
    stride: L.M_STRIDE,
    floorArea_m2: Float64Array.from(view.floorArea_m2),
    system: Int8Array.from(inputs.buildings.system),
    pv_kWp: Float64Array.from(inputs.buildings.pv_kWp),
    retrofitted,
    waste_kg,
    gridImport_W,
    gridExport_W,
    dhDemand_W,
    indicators,
    units: { ...inputs.units },
    energyFlows_MWh: energyFlows(metrics),
    materialFlows_t: materialFlows(metrics),
    plants,
    population: inputs.population,
    run_ms: performance.now() - started,
    rerunBuildings: sim.lastDistrictRun?.rerunBuildings ?? n,
  };
}
