// What every lever mapping reads: the scenario, its base, the year, and per-building helpers.
import type { CityBuilding } from "../../../host/city.ts";
import { polygonArea_m2 } from "../../../host/polygon.ts";
import type { Scenario } from "../../types.ts";
import type { ScenarioBase } from "../baseline.ts";
import { draw } from "../draw.ts";
import { baseValue, buildingValue, municipalValue } from "../where.ts";

export interface LeverContext {
  scenario: Scenario;
  base: ScenarioBase;
  year: number;
}

/** The lever's value for building b in the context's year. */
export const valueAt = (c: LeverContext, lever: string, b: CityBuilding, year = c.year) =>
  buildingValue(c.scenario, c.base.leverBase, lever, year, b);

/** The lever's municipality-wide value in the context's year. */
export const municipalAt = (c: LeverContext, lever: string, year = c.year) =>
  municipalValue(c.scenario, c.base.leverBase, lever, year);

/** The building's deterministic draw for a lever family. */
export const drawOf = (c: LeverContext, b: CityBuilding, salt: number) => draw(b.id, c.scenario.seed, salt);

export const footprintOf = (b: CityBuilding) => b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m);
export const floorOf = (b: CityBuilding) => footprintOf(b) * b.floors;

/** Mean of a per-building lever value weighted by `weight` (circular levers act on municipal totals); a lever no
 *  intervention has moved by this year has its base value everywhere, and that is its mean (no pass over the
 *  stock, and exactly the base value: a year does not depend on interventions that start later,
 *  server/session/yearResultKey.ts). */
export function weightedValue(c: LeverContext, lever: string, weight: (b: CityBuilding, i: number) => number): number {
  if (!c.scenario.interventions.some((i) => i.lever === lever && !(i.startYear > c.year)))
    return baseValue(c.base.leverBase, lever);
  let sw = 0;
  let sv = 0;
  c.base.city.buildings.forEach((b, i) => {
    const w = weight(b, i);
    sw += w;
    sv += w * valueAt(c, lever, b);
  });
  return sw > 0 ? sv / sw : municipalAt(c, lever);
}
