/** Version of the scenario format this code reads and writes. */
export const SCENARIO_FORMAT_VERSION = 1;
export const BASE_YEAR_MIN = 2020;
export const HORIZON_MAX = 2050;

/** Where an intervention applies: everywhere, one district, or buildings matching a filter. */
export type Where =
  | { scope: "municipality" }
  | { scope: "district"; district: string }
  | { scope: "filter"; use?: string[]; periods?: string[] };

export interface Intervention {
  lever: string;
  value: number;
  startYear: number;
  where: Where;
}

export interface Scenario {
  formatVersion: number;
  name: string;
  /** Municipality dataset id, e.g. "baerum". */
  municipality: string;
  /** Weather source: "normals" (generator) or an EPW file name in assets/weather. */
  weather: string;
  baseYear: number;
  horizon: number;
  seed: number;
  interventions: Intervention[];
}
