// Per-building derived data the view needs (flat arrays, one entry per building in dataset order).
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { polygonArea_m2 } from "../../../sim-core/host/polygon.ts";

export interface CityIndex {
  count: number;
  /** Footprint × floors, the heated floor area of the thin-slice model [m²]. */
  floorArea_m2: Float64Array;
  height_m: Float64Array;
  centreX_m: Float64Array;
  /** North coordinate of the footprint centre (the scene's z) [m]. */
  centreZ_m: Float64Array;
  districtOf: Uint16Array;
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number };
}

export function indexCity(city: CityDataset): CityIndex {
  const n = city.buildings.length;
  const floorArea_m2 = new Float64Array(n);
  const height_m = new Float64Array(n);
  const centreX_m = new Float64Array(n);
  const centreZ_m = new Float64Array(n);
  const districtOf = new Uint16Array(n);
  const districtIds = new Map(city.districts.map((d, i) => [d.name, i]));
  const bounds = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };
  city.buildings.forEach((b, i) => {
    floorArea_m2[i] = polygonArea_m2(b.footprint_m) * b.floors;
    height_m[i] = b.floors * city.storeyHeight_m;
    let sx = 0;
    let sz = 0;
    for (const [x, z] of b.footprint_m) {
      sx += x;
      sz += z;
      if (x < bounds.minX) bounds.minX = x;
      if (x > bounds.maxX) bounds.maxX = x;
      if (z < bounds.minZ) bounds.minZ = z;
      if (z > bounds.maxZ) bounds.maxZ = z;
    }
    centreX_m[i] = sx / b.footprint_m.length;
    centreZ_m[i] = sz / b.footprint_m.length;
    districtOf[i] = districtIds.get(b.district) ?? 0;
  });
  if (n === 0) Object.assign(bounds, { minX: -100, maxX: 100, minZ: -100, maxZ: 100 });
  return { count: n, floorArea_m2, height_m, centreX_m, centreZ_m, districtOf, bounds };
}
