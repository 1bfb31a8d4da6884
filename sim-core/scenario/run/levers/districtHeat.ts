// District heat: districtHeatExpansion and newHeatPlant.
// - districtHeatExpansion d [m]: a building where the lever is in force (its `where`: the municipality, a
//   district, a filter) is connected when its footprint centroid lies within d of the network — a building
//   connected in the base year or a plant of the dataset's first network. Trench length (the cost basis) is
//   each new building's distance to the nearest base connection or plant (a star, not an optimised tree, so
//   it over-states shared trench; documented). No network in the dataset: nothing to expand.
// - newHeatPlant P [MW heat]: a sea-water heat pump of P MW joins the merit order (after waste heat, before
//   bio and peak boilers), COP 3 as the example sea-water heat pump (supply/defaults.ts, assumption), zero
//   direct emissions (its electricity counts in the grid). Municipal interventions only (a plant has no district).
import type { CityBuilding, CityDataset } from "../../../host/city.ts";
import { plantsFromDataset } from "../../../host/model/plants.ts";
import { type DhPlant, EXAMPLE_DH_PLANTS, PLANT_KINDS } from "../../../host/supply/defaults.ts";
import { type LeverContext, floorOf, municipalAt, valueAt } from "./context.ts";

/** COP of the new sea-water heat pump (as the example plant; assumption). */
export const NEW_PLANT_COP = 3;

export function centroid(b: CityBuilding): [number, number] {
  let x = 0;
  let y = 0;
  for (const [px, py] of b.footprint_m) {
    x += px;
    y += py;
  }
  return [x / b.footprint_m.length, y / b.footprint_m.length];
}

export interface DistrictHeatResult {
  /** The stock of the year: connected buildings carry the network's name. */
  city: CityDataset;
  newlyConnected: number;
  trench_m: number;
  connectedFloor_m2: number;
}

export function districtHeatForYear(c: LeverContext): DistrictHeatResult {
  const city = c.base.city;
  const net = c.base.districtHeating?.[0];
  const anchors: [number, number][] = [];
  for (const b of city.buildings) if (b.districtHeating !== undefined) anchors.push(centroid(b));
  for (const p of net?.plants ?? []) {
    const pp = p as { x_m?: number; y_m?: number };
    if (Number.isFinite(pp.x_m) && Number.isFinite(pp.y_m)) anchors.push([pp.x_m as number, pp.y_m as number]);
  }
  const name = net?.name ?? city.buildings.find((b) => b.districtHeating)?.districtHeating;
  let newlyConnected = 0;
  let trench_m = 0;
  let connectedFloor_m2 = 0;
  const buildings = city.buildings.map((b) => {
    if (b.districtHeating !== undefined) {
      connectedFloor_m2 += floorOf(b);
      return b;
    }
    const d = valueAt(c, "districtHeatExpansion", b);
    if (!(d > 0) || name === undefined || anchors.length === 0) return b;
    const [x, y] = centroid(b);
    let best = Number.POSITIVE_INFINITY;
    for (const [ax, ay] of anchors) {
      const dist = Math.hypot(x - ax, y - ay);
      if (dist < best) best = dist;
    }
    if (best > d) return b;
    newlyConnected++;
    trench_m += best;
    connectedFloor_m2 += floorOf(b);
    return { ...b, districtHeating: name };
  });
  return { city: newlyConnected ? { ...city, buildings } : city, newlyConnected, trench_m, connectedFloor_m2 };
}

/** The plants of the year: the dataset's network sized to the connected floor, plus a new heat pump. */
export function plantsForYear(c: LeverContext, city: CityDataset, connectedFloor_m2: number): DhPlant[] | undefined {
  const mw = municipalAt(c, "newHeatPlant");
  if (!(mw > 0)) return undefined; // the model's own sizing from the dataset
  const plants = [...(plantsFromDataset(city, connectedFloor_m2) ?? EXAMPLE_DH_PLANTS)];
  plants.push({
    name: "New sea-water heat pump (scenario)",
    kind: "heatPump",
    capacity_W: mw * 1e6,
    efficiency: NEW_PLANT_COP,
    ef_g_kWh: 0,
  });
  return plants.sort((a, b) => PLANT_KINDS.indexOf(a.kind) - PLANT_KINDS.indexOf(b.kind));
}
