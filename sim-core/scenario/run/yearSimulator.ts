// Year simulations that reuse what did not change: one EnergyModel instance per stock (the same district-heat
// connections and plants), re-parameterised by the per-building overrides; the materials year is reused
// while its parameters are the same. A lever change in one district therefore re-runs one energy year on a
// warm instance (no instantiation, no solar and profile set-up) and skips the materials model. Results equal
// a fresh run (tests/unit/scenario-fastpath.test.ts). With split "district" the stock runs in district parts and a
// lever change re-runs only the districts whose buildings changed (districtParts.ts, tests/unit/scenario-district.test.ts).
import type { MaterialsIndicators } from "../../host/materials/indicators.ts";
import { MaterialsCore } from "../../host/materials/MaterialsCore.ts";
import { EnergyModel } from "../../host/model/EnergyModel.ts";
import type { ModelWeather } from "../../host/model/weather.ts";
import { canonicalJson } from "../hash.ts";
import type { Scenario } from "../types.ts";
import type { ScenarioBase } from "./baseline.ts";
import { type YearInputs, inputsForYear } from "./inputsForYear.ts";
import { applyOverrides } from "./overrides.ts";
import { type SimulatedYear, finishYear } from "./simulateYear.ts";
import { type DistrictRunStats, DistrictParts } from "./districtParts.ts";
import { type EnergyYearView, viewOfModel } from "./yearView.ts";

interface Materials {
  key: string;
  waste: MaterialsIndicators;
  heat_W: Float64Array;
}

export interface YearSimulatorOptions {
  /**
   * "district": the stock runs in district parts (districtParts.ts) and a lever change re-runs only the
   * districts whose buildings' inputs changed (live use); "none" (default): one model for the stock.
   */
  split?: "none" | "district";
  /** With split "district": districts smaller than this share a part (default DEFAULT_MIN_PART_BUILDINGS). */
  minPartBuildings?: number;
}

export class YearSimulator {
  private model?: { key: string; model: EnergyModel };
  private districts?: DistrictParts;
  private materials?: Materials;
  /** What the last run reused (for the README's timings and the tests). */
  lastReuse = { energyModel: false, materials: false };
  /** With split "district": what the last run re-ran. */
  lastDistrictRun?: DistrictRunStats;

  constructor(
    readonly module: WebAssembly.Module,
    readonly base: ScenarioBase,
    readonly weather: ModelWeather,
    readonly options: YearSimulatorOptions = {},
  ) {}

  async run(
    scenario: Scenario,
    year: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<SimulatedYear> {
    return this.runInputs(inputsForYear(this.base, scenario, year), onProgress);
  }

  async runInputs(inputs: YearInputs, onProgress?: (done: number, total: number) => void): Promise<SimulatedYear> {
    return (await this.runDetailed(inputs, onProgress)).year;
  }

  /** runInputs, and the view of the energy year's results (valid until the next run). */
  async runDetailed(
    inputs: YearInputs,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ year: SimulatedYear; view: EnergyYearView }> {
    const materials = await this.materialsYear(inputs);
    const options = { ...inputs.options };
    const waste = this.base.wasteToEnergy && this.weather.tAir_C.length === 8760;
    if (waste) options.wasteHeatAvailable_W = materials.heat_W;
    if (this.options.split === "district") {
      this.districts ??= new DistrictParts(this.module, this.weather, this.options.minPartBuildings);
      const view = await this.districts.run(
        inputs.city,
        options,
        inputs.buildings,
        waste ? materials.key : "",
        onProgress,
      );
      const last = this.districts.last;
      this.lastDistrictRun = last;
      this.lastReuse.energyModel = last.networkReused && last.createdParts === 0;
      return { year: finishYear(view, inputs, materials.waste), view };
    }
    const connected = inputs.city.buildings.map((b) => (b.districtHeating === undefined ? 0 : 1)).join("");
    const key = `${connected}|${canonicalJson(options.plants ?? null)}|${options.year}|${this.base.wasteToEnergy ? materials.key : ""}`;
    this.lastReuse.energyModel = this.model?.key === key;
    if (!this.lastReuse.energyModel)
      this.model = { key, model: await EnergyModel.create(this.module, inputs.city, this.weather, options) };
    const model = (this.model as { model: EnergyModel }).model;
    applyOverrides(model, inputs.city, inputs.buildings, this.lastReuse.energyModel);
    model.runYear(onProgress);
    const view = viewOfModel(model);
    return { year: finishYear(view, inputs, materials.waste), view };
  }

  private async materialsYear(inputs: YearInputs): Promise<Materials> {
    // The parameters come from one mapping (circular.ts), so equal parameters serialise in the same key order:
    // JSON.stringify is a sound key here and cheaper than canonical JSON. The per-building arrays (floor,
    // archetype, age) are this simulator's base stock in that year: the year stands for them (0.7 MB less).
    const { area_m2: _floor, archetype: _archetype, age_yr: _age, ...stock } = inputs.materials.buildings;
    const key = `${inputs.year}|${JSON.stringify({ ...inputs.materials, buildings: stock })}`;
    this.lastReuse.materials = this.materials?.key === key;
    if (this.materials && this.lastReuse.materials) return this.materials;
    const core = await MaterialsCore.load(this.module);
    core.setup(inputs.materials);
    const waste = core.runYear();
    this.materials = { key, waste, heat_W: core.wasteHeatAvailable_W() };
    return this.materials;
  }
}
