// Messages between the main thread and the simulation worker. Result arrays travel as transferables.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { WeatherNormals } from "../../../sim-core/host/model/weather.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import type { ModelResult } from "./modelResult.ts";

export type ToWorker =
  | { type: "setup"; city: CityDataset; normals: WeatherNormals }
  /** Runs the year of a scenario; while a run is busy, only the newest waiting request of each slot runs next. */
  | { type: "run"; runId: number; slot: RunSlot; scenario: Scenario; year?: number };

/** Independent queues, each keeping its newest request: "baseline" runs first, then "whatIf", then the rest
 *  (trajectory years, MAC runs) in the order they were first asked for. */
export type RunSlot = string;

export type FromWorker =
  | { type: "ready"; buildings: number }
  | { type: "progress"; runId: number; fraction: number }
  | ({ type: "result" } & ModelResult)
  | { type: "error"; runId?: number; message: string };
