// One simulated year of the thin-slice core for a scenario (runs inside the simulation worker).
import type { SimCore } from "../../../sim-core/index.ts";
import type { Scenario } from "../../../sim-core/scenario/index.ts";
import { buildingInputsForYear, type CityModel, HEAT_PUMP_SCOP } from "./leverEffects.ts";
import type { KpiSnapshot } from "./SessionSimulation.ts";

export const SETPOINT_C = 21;

export function runYear(
  core: SimCore,
  model: CityModel,
  outdoorTemp_C: Float64Array,
  scenario: Scenario,
  year: number,
): KpiSnapshot {
  const inputs = buildingInputsForYear(model, scenario, year);
  const n = inputs.heatLossCoeff_W_K.length;
  core.setup(
    { heatLossCoeff_W_K: inputs.heatLossCoeff_W_K, setpoint_C: new Float64Array(n).fill(SETPOINT_C) },
    outdoorTemp_C,
  );
  core.hour = 0;
  let peak_W = 0;
  for (let h = 0; h < core.hourCount; h++) {
    core.step(1);
    if (core.totalLoad_W > peak_W) peak_W = core.totalLoad_W;
  }
  const perBuilding = core.heatEnergy_kWh;
  let electricity_kWh = 0;
  for (let i = 0; i < n; i++) {
    const p = inputs.heatPumpShare[i];
    electricity_kWh += perBuilding[i] * (1 - p + p / HEAT_PUMP_SCOP);
  }
  return {
    year,
    heatDemand_MWh: core.totalEnergy_kWh / 1000,
    electricityForHeat_MWh: electricity_kWh / 1000,
    peakHeatLoad_MW: peak_W / 1e6,
    perBuildingHeat_kWh: Float32Array.from(perBuilding),
  };
}
