// One milestone year, hour by hour: the materials model's year (its waste plant's hourly heat feeds the
// district-heat dispatch), then the energy model's year with the stock and overrides of that year.
import type { MaterialsIndicators } from "../../host/materials/indicators.ts";
import { MaterialsCore } from "../../host/materials/MaterialsCore.ts";
import { EnergyModel } from "../../host/model/EnergyModel.ts";
import type { ModelWeather } from "../../host/model/weather.ts";
import * as L from "../../host/supply/layout.ts";
import type { ScenarioBase } from "./baseline.ts";
import { yearIndicators } from "./yearIndicators.ts";
import type { YearInputs } from "./inputsForYear.ts";
import { applyOverrides } from "./overrides.ts";
import { type YearMetrics, yearMetrics } from "./yearMetrics.ts";

export interface SimulatedYear {
  year: number;
  metrics: YearMetrics;
  indicators: Record<string, number>;
  /** Delivered energy per building over the year (electricity + district heat + bio fuel) [kWh], dataset order. */
  perBuilding_kWh: Float32Array;
  waste: MaterialsIndicators;
}

export async function simulateYear(
  module: WebAssembly.Module,
  base: ScenarioBase,
  inputs: YearInputs,
  weather: ModelWeather,
  onProgress?: (done: number, total: number) => void,
): Promise<SimulatedYear> {
  const materials = await MaterialsCore.load(module);
  materials.setup(inputs.materials);
  const waste = materials.runYear();
  const options = { ...inputs.options };
  if (base.wasteToEnergy && weather.tAir_C.length === 8760)
    options.wasteHeatAvailable_W = materials.wasteHeatAvailable_W();
  const model = await EnergyModel.create(module, inputs.city, weather, options);
  applyOverrides(model, inputs.city, inputs.buildings);
  model.runYear(onProgress);
  const metrics = yearMetrics(
    model,
    inputs.city.buildings,
    waste,
    inputs.population,
    inputs.transport,
    inputs.buildings.evMode,
    inputs.buildings.batteryCapacity_Wh,
  );
  const y = model.supply.yearly;
  const perBuilding_kWh = new Float32Array(model.buildings);
  for (let i = 0; i < model.buildings; i++) {
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
  }
  return { year: inputs.year, metrics, indicators: yearIndicators(metrics), perBuilding_kWh, waste };
}
