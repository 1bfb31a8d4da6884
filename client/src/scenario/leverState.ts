// Lever positions ⇄ a Scenario: the panel edits lever values; the scenario (interventions) is what runs.
import { LEVERS } from "../../../sim-core/scenario/levers.ts";
import { SCENARIO_FORMAT_VERSION, type Scenario } from "../../../sim-core/scenario/types.ts";

export type LeverValues = Record<string, number>;

export const BASE_YEAR = 2025;
export const HORIZON = 2050;

export function defaultLevers(): LeverValues {
  return Object.fromEntries(LEVERS.map((l) => [l.id, l.default]));
}

/** A scenario whose interventions set each lever that differs from its default, municipality-wide from the base year. */
export function scenarioFromLevers(values: LeverValues, municipality: string, name = "what-if"): Scenario {
  const interventions = LEVERS.filter((l) => values[l.id] !== undefined && values[l.id] !== l.default).map((l) => ({
    lever: l.id,
    value: values[l.id],
    startYear: BASE_YEAR,
    where: { scope: "municipality" as const },
  }));
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    name,
    municipality,
    weather: "normals",
    baseYear: BASE_YEAR,
    horizon: HORIZON,
    seed: 1,
    interventions,
  };
}

/** Lever values in force in `year`: defaults, overridden by municipality-wide interventions started by then. */
export function leverValues(scenario: Scenario, year: number): LeverValues {
  const v = defaultLevers();
  for (const x of scenario.interventions)
    if (x.where.scope === "municipality" && x.startYear <= year && x.lever in v) v[x.lever] = x.value;
  return v;
}
