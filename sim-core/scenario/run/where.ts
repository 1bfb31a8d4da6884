// Which buildings an intervention applies to, and a lever's value for one building in one year.
import type { CityBuilding } from "../../host/city.ts";
import { periodForConstructionYear } from "../../host/stock/archetypes.ts";
import { LEVER_BY_ID } from "../levers.ts";
import type { Scenario, Where } from "../types.ts";

/** Envelope period id of a building by construction year (the filter's `periods` use these ids). */
export function periodOf(b: CityBuilding): string {
  return periodForConstructionYear(b.year).id;
}

export function matchesWhere(where: Where, b: CityBuilding): boolean {
  if (where.scope === "municipality") return true;
  if (where.scope === "district") return b.district === where.district;
  return (!where.use || where.use.includes(b.use)) && (!where.periods || where.periods.includes(periodOf(b)));
}

/** Base-year values: the dataset's where it has one (e.g. EV share), else the lever catalogue's default. */
export type LeverBase = Readonly<Record<string, number>>;

export function baseValue(base: LeverBase, lever: string): number {
  return base[lever] ?? LEVER_BY_ID.get(lever)?.default ?? 0;
}

/**
 * A lever's value in `year` where `match` holds: the intervention with the latest startYear ≤ year among
 * those whose `where` matches (ties: the later one in the list), else the base value.
 */
export function leverValue(
  scenario: Scenario,
  base: LeverBase,
  lever: string,
  year: number,
  match: (w: Where) => boolean,
): number {
  let value = baseValue(base, lever);
  let since = Number.NEGATIVE_INFINITY;
  for (const i of scenario.interventions) {
    if (i.lever !== lever || i.startYear > year || i.startYear < since || !match(i.where)) continue;
    value = i.value;
    since = i.startYear;
  }
  return value;
}

/** The lever's value for one building (the base value at once when no intervention moves this lever: the
 *  lever mappings ask for every building and lever, and most levers of a what-if are not moved). */
export function buildingValue(scenario: Scenario, base: LeverBase, lever: string, year: number, b: CityBuilding) {
  for (const i of scenario.interventions)
    if (i.lever === lever) return leverValue(scenario, base, lever, year, (w) => matchesWhere(w, b));
  return baseValue(base, lever);
}

/** The lever's value where only municipality-wide interventions count (levers without a building). */
export function municipalValue(scenario: Scenario, base: LeverBase, lever: string, year: number): number {
  return leverValue(scenario, base, lever, year, (w) => w.scope === "municipality");
}
