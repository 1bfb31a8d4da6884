// A new scenario of the app's planning period for a municipality: the client's what-if (its lever panel) and a
// co-creation session's baseline (server/session/Session.ts) both start here, so the same interventions give
// the same buildings' draws and the same numbers in both. The seed is the base year, as in the sample scenarios
// (assets/scenarios/*.json): the draws that pick which buildings a lever changes hash the building id with it.
import { type Intervention, SCENARIO_FORMAT_VERSION, type Scenario } from "./types.ts";

/** The planning period's first year (the stock as it is today) and its horizon. */
export const PLAN_BASE_YEAR = 2025;
export const PLAN_HORIZON = 2050;

export function newScenario(municipality: string, name: string, interventions: Intervention[] = []): Scenario {
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    name,
    municipality,
    weather: "normals",
    baseYear: PLAN_BASE_YEAR,
    horizon: PLAN_HORIZON,
    seed: PLAN_BASE_YEAR,
    interventions,
  };
}
