// retrofitRate + retrofitDepth → the envelope period of each building in the year.
// - retrofitRate r [%/yr of pre-2007 floor area]: a pre-2007 building is retrofitted by year Y when its draw
//   is below s(Y) = Σ_{y = base+1 … Y} r(y)/100 (the rate in force in each year where the building is),
//   capped at 1; the base-year stock is as built. The lever's default (0.5 %/yr) runs in the baseline too.
// - retrofitDepth d [0 = TEK17, 1 = passive house]: a retrofitted building reaches the passive-house envelope
//   (NS 3700/3701, assets/archetypes) when a second draw is below d, else TEK17 (§14-2(2) measures). So the
//   expected envelope is a d-weighted mix and a building never changes its retrofit level back.
// Source of the levels: assets/archetypes/envelope-by-period.json (TEK17 verified, passive recalled).
import type { CityBuilding } from "../../../host/city.ts";
import { SALT } from "../draw.ts";
import { type LeverContext, drawOf, floorOf, valueAt } from "./context.ts";

/** Buildings built before this year are the lever's stock ("% of pre-2007 floor area"). */
export const RETROFIT_BEFORE_YEAR = 2007;

export interface EnvelopeResult {
  /** Envelope period per building ("TEK17", "passive") or undefined for the period of its construction year. */
  period: (string | undefined)[];
  retrofitted_m2: number;
  passive_m2: number;
}

export function retrofitShare(c: LeverContext, b: CityBuilding): number {
  let s = 0;
  for (let y = c.base.baseYear + 1; y <= c.year; y++) s += valueAt(c, "retrofitRate", b, y) / 100;
  return Math.min(1, s);
}

export function envelopeForYear(c: LeverContext): EnvelopeResult {
  let retrofitted_m2 = 0;
  let passive_m2 = 0;
  const period = c.base.city.buildings.map((b) => {
    if (b.year >= RETROFIT_BEFORE_YEAR) return undefined;
    if (!(drawOf(c, b, SALT.retrofit) < retrofitShare(c, b))) return undefined;
    const floor = floorOf(b);
    retrofitted_m2 += floor;
    if (drawOf(c, b, SALT.retrofitDepth) < valueAt(c, "retrofitDepth", b)) {
      passive_m2 += floor;
      return "passive";
    }
    return "TEK17";
  });
  return { period, retrofitted_m2, passive_m2 };
}
