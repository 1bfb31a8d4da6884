// Messages between the main thread and the simulation worker. Result arrays travel as transferables.
import type { ArchetypePeriod, CityDataset } from "../../../sim-core/host/city.ts";

export interface WeatherNormals {
  monthlyMean_C: number[];
  diurnalAmplitude_K: number[];
}

export type ToWorker =
  | { type: "setup"; city: CityDataset; periods: ArchetypePeriod[]; normals: WeatherNormals }
  /** Simulates a whole year with one setpoint for every building; a newer run supersedes an older one. */
  | { type: "runYear"; runId: number; setpoint_C: number }
  /** Per-building heat load of one hour, computed by the core at this setpoint. */
  | { type: "hourLoads"; requestId: number; hour: number; setpoint_C: number };

export interface YearResult {
  runId: number;
  setpoint_C: number;
  /** Per building, yearly heat energy [kWh]. */
  heatEnergy_kWh: Float64Array;
  /** Per building [W/K], as the core used them. */
  heatLossCoeff_W_K: Float64Array;
  /** City heat load of every hour of the year [W]. */
  cityLoad_W: Float64Array;
  outdoorTemp_C: Float64Array;
  run_ms: number;
}

export type FromWorker =
  | { type: "ready"; buildings: number }
  | { type: "progress"; runId: number; fraction: number }
  | ({ type: "result" } & YearResult)
  | { type: "hourLoads"; requestId: number; hour: number; setpoint_C: number; heatLoad_W: Float64Array }
  | { type: "error"; message: string };
