// The year's flows as paths over the map for the animated particles: energy (grid, PV, district heat from
// the plants to the districts) and materials (households → sorting → recycling / incineration, and the
// incinerator's heat back into district heat). Values come from the run; positions from the dataset
// (district centres, plant positions) and a few marked hubs where the dataset has none.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import * as L from "../../../sim-core/host/supply/layout.ts";
import type { CityIndex } from "../city/cityIndex.ts";
import type { ModelResult } from "../core/modelResult.ts";

export type FlowKind = "grid" | "pv" | "districtHeat" | "household" | "recycling" | "incineration" | "wasteHeat";
export type FlowGroup = "energy" | "materials";

export interface FlowPath {
  kind: FlowKind;
  group: FlowGroup;
  /** Polyline in scene coordinates (x east, y up, z north) [m]. */
  points: [number, number, number][];
  /** Yearly flow [MWh for energy, t for materials]. */
  value: number;
}

export const FLOW_GROUP: Record<FlowKind, FlowGroup> = {
  grid: "energy",
  pv: "energy",
  districtHeat: "energy",
  wasteHeat: "energy",
  household: "materials",
  recycling: "materials",
  incineration: "materials",
};

interface DatasetPlant {
  kind: string;
  x_m?: number;
  y_m?: number;
}
interface DatasetNetwork {
  districts?: string[];
  plants?: DatasetPlant[];
}

/** An arc from a to b rising to a fifth of its length (so flows read above the roofs). */
export function arc(
  ax: number,
  az: number,
  bx: number,
  bz: number,
  base_m = 40,
  segments = 8,
): [number, number, number][] {
  const rise = Math.hypot(bx - ax, bz - az) * 0.2;
  const pts: [number, number, number][] = [];
  for (let s = 0; s <= segments; s++) {
    const u = s / segments;
    pts.push([ax + (bx - ax) * u, base_m + 4 * rise * u * (1 - u), az + (bz - az) * u]);
  }
  return pts;
}

export function flowPaths(city: CityDataset, index: CityIndex, r: ModelResult): FlowPath[] {
  const nd = city.districts.length;
  const sum = (q: number) => {
    const out = new Float64Array(nd);
    for (let i = 0; i < r.buildings; i++) out[index.districtOf[i]] += r.yearly[i * r.stride + q] / 1e6;
    return out;
  };
  const grid = sum(L.M_IMPORT);
  const pv = sum(L.M_PV);
  const dh = sum(L.M_DISTRICT_HEAT);
  const waste_t = new Float64Array(nd);
  for (let i = 0; i < r.buildings; i++) waste_t[index.districtOf[i]] += r.waste_kg[i] / 1000;
  const b = index.bounds;
  const midZ = (b.minZ + b.maxZ) / 2;
  const midX = (b.minX + b.maxX) / 2;
  const span = Math.max(b.maxX - b.minX, b.maxZ - b.minZ);
  const gridHub: [number, number] = [b.minX - 0.05 * span, midZ]; // the regional grid's supply point (marked, not sited)
  const networks = (city as CityDataset & { districtHeating?: DatasetNetwork[] }).districtHeating ?? [];
  const plants = networks.flatMap((n) => n.plants ?? []).filter((p) => p.x_m !== undefined && p.y_m !== undefined);
  const wastePlant = plants.find((p) => p.kind === "waste-chp");
  // Sorting: the waste-weighted centre of the districts; recycling leaves the municipality to the east; residual
  // waste goes to the municipality's own incinerator where it has one, else out to the north.
  let wx = 0;
  let wz = 0;
  let wt = 0;
  city.districts.forEach((d, k) => {
    wx += d.x_m * waste_t[k];
    wz += d.y_m * waste_t[k];
    wt += waste_t[k];
  });
  const sorting: [number, number] = wt > 0 ? [wx / wt, wz / wt] : [midX, midZ];
  const recyclingHub: [number, number] = [b.maxX + 0.05 * span, midZ];
  const incinerator: [number, number] = wastePlant
    ? [wastePlant.x_m as number, wastePlant.y_m as number]
    : [midX, b.maxZ + 0.05 * span];
  const paths: FlowPath[] = [];
  const add = (kind: FlowKind, from: [number, number], to: [number, number], value: number, base = 40) => {
    if (value > 0)
      paths.push({ kind, group: FLOW_GROUP[kind], points: arc(from[0], from[1], to[0], to[1], base), value });
  };
  city.districts.forEach((d, k) => {
    const at: [number, number] = [d.x_m, d.y_m];
    add("grid", gridHub, at, grid[k]);
    if (pv[k] > 0)
      paths.push({
        kind: "pv",
        group: "energy",
        points: [
          [d.x_m + 60, 140, d.y_m],
          [d.x_m, 30, d.y_m],
        ],
        value: pv[k],
      });
    add("household", at, sorting, waste_t[k], 25);
  });
  // District heat: each district's delivered heat, from its network's plants (or the nearest plant).
  const totalDh = dh.reduce((a, v) => a + v, 0);
  if (totalDh > 0 && plants.length > 0) {
    city.districts.forEach((d, k) => {
      if (dh[k] <= 0) return;
      const net = networks.find((n) => n.districts?.includes(d.name)) ?? networks[0];
      const own = (net.plants ?? []).filter((p) => p.x_m !== undefined);
      const from = own.length > 0 ? own : plants;
      for (const p of from)
        add("districtHeat", [p.x_m as number, p.y_m as number], [d.x_m, d.y_m], dh[k] / from.length, 55);
    });
  }
  const household = r.materialFlows_t.filter((f) => f.from === "Household waste");
  const recycled = household.filter((f) => f.to !== "Incineration" && f.to !== "Landfill");
  add(
    "recycling",
    sorting,
    recyclingHub,
    recycled.reduce((a, f) => a + f.value, 0),
    25,
  );
  add("incineration", sorting, incinerator, household.find((f) => f.to === "Incineration")?.value ?? 0, 25);
  const wasteHeat = r.plants.filter((p) => p.kind === "waste").reduce((a, p) => a + p.heat_MWh, 0);
  if (wastePlant && wasteHeat > 0 && totalDh > 0)
    city.districts.forEach((d, k) => {
      if (dh[k] > 0) add("wasteHeat", incinerator, [d.x_m, d.y_m], (wasteHeat * dh[k]) / totalDh, 70);
    });
  return paths;
}
