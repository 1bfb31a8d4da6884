// gridCapacityUpgrade u [% of today's capacity] → capacity of each grid area × (1 + u/100). An area is
// upgraded by the largest value in force on any of its buildings (a district's upgrade lifts its area).
// Today's capacity: the model's 40 W per m² of heated floor (options.ts, assumption). Cost basis: MW added.
import { MODEL_DEFAULTS } from "../../../host/model/options.ts";
import { type LeverContext, floorOf, valueAt } from "./context.ts";

export interface GridResult {
  /** Grid-area name → capacity factor. */
  areaFactor: Record<string, number>;
  addedMW: number;
}

export const areaOf = (b: { gridArea?: string; district?: string }) => b.gridArea ?? b.district ?? "default";

export function gridForYear(c: LeverContext, capacity_W_m2: number = MODEL_DEFAULTS.areaCapacity_W_m2): GridResult {
  const upgrade: Record<string, number> = {};
  const floor: Record<string, number> = {};
  for (const b of c.base.city.buildings) {
    const a = areaOf(b);
    upgrade[a] = Math.max(upgrade[a] ?? 0, valueAt(c, "gridCapacityUpgrade", b));
    floor[a] = (floor[a] ?? 0) + floorOf(b);
  }
  const areaFactor: Record<string, number> = {};
  let addedMW = 0;
  for (const a of Object.keys(upgrade)) {
    areaFactor[a] = 1 + upgrade[a] / 100;
    addedMW += (floor[a] * capacity_W_m2 * upgrade[a]) / 100 / 1e6;
  }
  return { areaFactor, addedMW };
}
