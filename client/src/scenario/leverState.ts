// Lever positions ⇄ a Scenario: the panel edits lever values; the scenario (interventions) is what runs.
import { LEVERS } from "../../../sim-core/scenario/levers.ts";
import { newScenario, PLAN_BASE_YEAR, PLAN_HORIZON } from "../../../sim-core/scenario/newScenario.ts";
import type { Intervention, Scenario } from "../../../sim-core/scenario/types.ts";

export type LeverValues = Record<string, number>;

/** The planning period of every scenario the panel builds (a session's too: newScenario). */
export const BASE_YEAR = PLAN_BASE_YEAR;
export const HORIZON = PLAN_HORIZON;

export function defaultLevers(): LeverValues {
  return Object.fromEntries(LEVERS.map((l) => [l.id, l.default]));
}

/** Lever values set for one district (only the levers moved there), by district name. */
export type DistrictLevers = Record<string, LeverValues>;

/** Levers the scenario runner reads municipality-wide only (a district's value would change nothing). */
export const MUNICIPAL_ONLY_LEVERS: ReadonlySet<string> = new Set(["newHeatPlant"]);

/**
 * A scenario whose interventions set each lever that differs from its default, municipality-wide from the base
 * year, then each district's own values where they differ from the municipality's (later in the list: they win
 * for that district's buildings, where.ts). The defaults give a session's baseline (newScenario, same seed).
 */
export function scenarioFromLevers(
  values: LeverValues,
  municipality: string,
  name = "what-if",
  districts: DistrictLevers = {},
): Scenario {
  const interventions: Intervention[] = LEVERS.filter(
    (l) => values[l.id] !== undefined && values[l.id] !== l.default,
  ).map((l) => ({
    lever: l.id,
    value: values[l.id],
    startYear: BASE_YEAR,
    where: { scope: "municipality" as const },
  }));
  for (const district of Object.keys(districts).sort())
    for (const l of LEVERS) {
      const v = districts[district][l.id];
      if (v === undefined || MUNICIPAL_ONLY_LEVERS.has(l.id) || v === (values[l.id] ?? l.default)) continue;
      interventions.push({ lever: l.id, value: v, startYear: BASE_YEAR, where: { scope: "district", district } });
    }
  return newScenario(municipality, name, interventions);
}

/** Lever values in force in `year`: defaults, overridden by municipality-wide interventions started by then. */
export function leverValues(scenario: Scenario, year: number): LeverValues {
  const v = defaultLevers();
  for (const x of scenario.interventions)
    if (x.where.scope === "municipality" && x.startYear <= year && x.lever in v) v[x.lever] = x.value;
  return v;
}

/** The values shown for a scope: the municipality's, overridden by the district's own (undefined: municipality). */
export function scopedValues(values: LeverValues, districts: DistrictLevers, district?: string): LeverValues {
  return district ? { ...values, ...districts[district] } : values;
}

/** Moves one lever in a scope (a district, or the municipality when undefined or the lever is municipal-only). */
export function withLever(
  values: LeverValues,
  districts: DistrictLevers,
  district: string | undefined,
  id: string,
  value: number,
): { values: LeverValues; districts: DistrictLevers } {
  if (!district || MUNICIPAL_ONLY_LEVERS.has(id)) return { values: { ...values, [id]: value }, districts };
  return { values, districts: { ...districts, [district]: { ...districts[district], [id]: value } } };
}
