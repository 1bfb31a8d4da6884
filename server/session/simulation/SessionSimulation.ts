// What a session needs from the simulation: run a scenario for one year, get the KPIs everyone sees.
// The thin-slice implementation (WorkerSimulation) runs the WASM heat-loss core in a worker thread; the full
// energy and materials model replaces its internals later without changing this interface.
import type { Scenario } from "../../../sim-core/scenario/index.ts";

export interface KpiSnapshot {
  year: number;
  /** Useful space-heating demand of the municipality's buildings over the year [MWh]. */
  heatDemand_MWh: number;
  /** Electricity for space heating over the year [MWh] (direct electric or heat pumps). */
  electricityForHeat_MWh: number;
  /** Highest hourly city heat load of the year [MW]. */
  peakHeatLoad_MW: number;
  /** Useful heat of each building over the year [kWh], in dataset order. */
  perBuildingHeat_kWh: Float32Array;
}

export interface SessionSimulation {
  run(scenario: Scenario, year: number): Promise<KpiSnapshot>;
  close(): Promise<void>;
}
