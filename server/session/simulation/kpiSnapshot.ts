// A simulated year of the scenario runner → the session's KpiSnapshot.
import type { SimulatedYear } from "../../../sim-core/scenario/index.ts";
import type { KpiSnapshot } from "./SessionSimulation.ts";

export function kpiSnapshot(y: SimulatedYear): KpiSnapshot {
  const perBuildingHeat_kWh = y.perBuildingSpaceHeat_kWh;
  let heat_kWh = 0;
  for (let i = 0; i < perBuildingHeat_kWh.length; i++) heat_kWh += perBuildingHeat_kWh[i];
  return {
    year: y.year,
    heatDemand_MWh: heat_kWh / 1000,
    electricityForHeat_MWh: y.metrics.elSpace_MWh,
    peakHeatLoad_MW: y.metrics.peakGridLoad_MW,
    perBuildingHeat_kWh,
    indicators: { ...y.indicators },
  };
}
