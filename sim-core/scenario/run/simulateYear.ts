// One milestone year, hour by hour: the materials model's year (its waste plant's hourly heat feeds the
// district-heat dispatch), then the energy model's year with the stock and overrides of that year.
import type { MaterialsIndicators } from "../../host/materials/indicators.ts";
import type { EnergyModel } from "../../host/model/EnergyModel.ts";
import type { ModelWeather } from "../../host/model/weather.ts";
import * as L from "../../host/supply/layout.ts";
import type { ScenarioBase } from "./baseline.ts";
import type { YearInputs } from "./inputsForYear.ts";
import { YearSimulator } from "./yearSimulator.ts";
import { yearIndicators } from "./yearIndicators.ts";
import { type YearMetrics, yearMetrics } from "./yearMetrics.ts";
import { type EnergyYearView, viewOfModel } from "./yearView.ts";

export interface SimulatedYear {
  year: number;
  metrics: YearMetrics;
  indicators: Record<string, number>;
  /** Delivered energy per building over the year (electricity + district heat + bio fuel) [kWh], dataset order. */
  perBuilding_kWh: Float32Array;
  /** Useful space heat per building over the year [kWh], dataset order. */
  perBuildingSpaceHeat_kWh: Float32Array;
  waste: MaterialsIndicators;
}

/** A fresh year (new instances); YearSimulator reuses instances across calls. */
export async function simulateYear(
  module: WebAssembly.Module,
  base: ScenarioBase,
  inputs: YearInputs,
  weather: ModelWeather,
  onProgress?: (done: number, total: number) => void,
): Promise<SimulatedYear> {
  return new YearSimulator(module, base, weather).runInputs(inputs, onProgress);
}

/** Reads a run model (after runYear), or a view of a year's results, and the materials year into a SimulatedYear. */
export function finishYear(
  model: EnergyModel | EnergyYearView,
  inputs: YearInputs,
  waste: MaterialsIndicators,
): SimulatedYear {
  const view = "supply" in model ? viewOfModel(model) : model;
  const metrics = yearMetrics(
    view,
    inputs.city.buildings,
    waste,
    inputs.population,
    inputs.transport,
    inputs.buildings.evMode,
    inputs.buildings.batteryCapacity_Wh,
  );
  const y = view.yearly;
  const perBuilding_kWh = new Float32Array(view.buildings);
  const perBuildingSpaceHeat_kWh = new Float32Array(view.buildings);
  for (let i = 0; i < view.buildings; i++) {
    const r = i * L.M_STRIDE;
    perBuilding_kWh[i] =
      (y[r + L.M_EL_SPACE] +
        y[r + L.M_EL_DHW] +
        y[r + L.M_EL_COOL] +
        y[r + L.M_EL_APPLIANCES] +
        y[r + L.M_EL_EV] +
        y[r + L.M_DISTRICT_HEAT] +
        y[r + L.M_BIO_FUEL]) /
      1000;
    perBuildingSpaceHeat_kWh[i] = y[r + L.M_SPACE_HEAT] / 1000;
  }
  return {
    year: inputs.year,
    metrics,
    indicators: yearIndicators(metrics),
    perBuilding_kWh,
    perBuildingSpaceHeat_kWh,
    waste,
  };
}
