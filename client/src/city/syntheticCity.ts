// A seeded, synthetic city at Bærum scale for the benchmark and the large-city tests (`?synthetic=N`):
// rectangles on jittered street grids around the real districts of the sample dataset. Deterministic:
// the same (count, seed) gives the same city on every engine (mulberry32, 32-bit integer arithmetic).
import type { CityBuilding, CityDataset } from "../../../sim-core/host/city.ts";
import { mulberry32 } from "../../../tools/random.ts";

const USES = [
  { use: "house", weight: 0.55, w: [9, 14], d: [8, 12], floors: [1, 2] },
  { use: "rowhouse", weight: 0.2, w: [20, 36], d: [8, 10], floors: [2, 2] },
  { use: "apartment", weight: 0.15, w: [20, 45], d: [12, 16], floors: [3, 6] },
  { use: "office", weight: 0.06, w: [25, 50], d: [15, 20], floors: [3, 8] },
  { use: "school", weight: 0.04, w: [40, 60], d: [15, 25], floors: [2, 3] },
] as const;
const YEARS = [1930, 1962, 1978, 1991, 2001, 2011, 2020];
const PLOT_M = 55; // spacing of the building grid

/** Replaces the buildings of `base` by `count` generated ones spread over its districts. */
export function syntheticCity(base: CityDataset, count: number, seed = 1): CityDataset {
  const rand = mulberry32(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const districts = base.districts;
  const perDistrict = Math.ceil(count / districts.length);
  const side = Math.ceil(Math.sqrt(perDistrict));
  const buildings: CityBuilding[] = [];
  for (let k = 0; buildings.length < count; k++) {
    const district = districts[k % districts.length];
    const slot = Math.floor(k / districts.length);
    const col = slot % side;
    const row = Math.floor(slot / side);
    let r = rand();
    let type: (typeof USES)[number] = USES[0];
    for (const u of USES) {
      r -= u.weight;
      if (r <= 0) {
        type = u;
        break;
      }
    }
    const cx = district.x_m + (col - side / 2) * PLOT_M + between(-6, 6);
    const cy = district.y_m + (row - side / 2) * PLOT_M + between(-6, 6);
    // capped below the plot spacing minus the jitter, so neighbours never overlap
    const w = Math.min(PLOT_M - 14, Math.round(between(type.w[0], type.w[1])));
    const d = Math.min(PLOT_M - 14, Math.round(between(type.d[0], type.d[1])));
    const round = (v: number) => Math.round(v * 10) / 10;
    buildings.push({
      id: `S${seed}-${buildings.length}`,
      district: district.name,
      use: type.use,
      year: YEARS[Math.floor(rand() * YEARS.length)],
      floors: Math.round(between(type.floors[0], type.floors[1])),
      footprint_m: [
        [round(cx - w / 2), round(cy - d / 2)],
        [round(cx + w / 2), round(cy - d / 2)],
        [round(cx + w / 2), round(cy + d / 2)],
        [round(cx - w / 2), round(cy + d / 2)],
      ],
    });
  }
  return {
    ...base,
    synthetic: true,
    note: `Synthetic city of ${count} generated buildings (seed ${seed}) for scale tests.`,
    buildings,
  };
}
