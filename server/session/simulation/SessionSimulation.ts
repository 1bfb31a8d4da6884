// What a session needs from the simulation: run a scenario for one year, get the KPIs everyone sees.
// WorkerSimulation runs the scenario runner (sim-core/scenario: the integrated energy model and the materials
// model with the stock of that year) in a worker thread.
import type { Scenario } from "../../../sim-core/scenario/index.ts";

export interface KpiSnapshot {
  year: number;
  /** Useful space-heating demand of the municipality's buildings over the year [MWh]. */
  heatDemand_MWh: number;
  /** Electricity for space heating over the year [MWh] (direct electric, heat pumps, back-up heaters). */
  electricityForHeat_MWh: number;
  /** Highest hourly net electricity import of the municipality in the year [MW] (the grid's peak load). */
  peakHeatLoad_MW: number;
  /** Useful space heat of each building over the year [kWh], in dataset order (Σ = heatDemand_MWh). */
  perBuildingHeat_kWh: Float32Array;
  /** Every indicator of sim-core/scenario/indicators.ts (U4SSC KPIs and the twin's own) for the year. */
  indicators: Record<string, number>;
}

export interface SessionSimulation {
  run(scenario: Scenario, year: number): Promise<KpiSnapshot>;
  close(): Promise<void>;
}
