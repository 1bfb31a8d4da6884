// A seeded, synthetic city at Bærum scale for the benchmark and the large-city tests (`?synthetic=N`):
// rectangles on jittered street grids around the real districts of the sample dataset. Deterministic:
// the same (count, seed) gives the same city on every engine (mulberry32, 32-bit integer arithmetic).
import type { CityBuilding, CityDataset } from "../../../sim-core/host/city.ts";
import { mulberry32 } from "../../../tools/random.ts";
import { SYNTHETIC_USES as USES, SYNTHETIC_YEARS as YEARS } from "../../../tools/syntheticMix.ts";

const PLOT_M = 55; // spacing of the building grid

const BLOCK = 5; // every 5th row and column of plots is a street
const MARGIN_M = 7000;

/** Replaces the buildings of `base` by `count` generated ones: the plots nearest to the district
 * centres on one street grid (so districts grow into each other like a suburb, never overlapping). */
export function syntheticCity(base: CityDataset, count: number, seed = 1): CityDataset {
  const rand = mulberry32(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const districts = base.districts.length ? base.districts : [{ name: "Sentrum", x_m: 0, y_m: 0 }];
  const xs = districts.map((d) => d.x_m);
  const ys = districts.map((d) => d.y_m);
  const x0 = Math.min(...xs) - MARGIN_M;
  const y0 = Math.min(...ys) - MARGIN_M;
  const cols = Math.ceil((Math.max(...xs) + MARGIN_M - x0) / PLOT_M);
  const rows = Math.ceil((Math.max(...ys) + MARGIN_M - y0) / PLOT_M);
  const plots: { cell: number; dist: number; district: number }[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r % BLOCK === BLOCK - 1 || c % BLOCK === BLOCK - 1) continue;
      const x = x0 + (c + 0.5) * PLOT_M;
      const y = y0 + (r + 0.5) * PLOT_M;
      let best = 0;
      let dist = Infinity;
      districts.forEach((d, k) => {
        const dd = Math.hypot(x - d.x_m, y - d.y_m);
        if (dd < dist) {
          dist = dd;
          best = k;
        }
      });
      plots.push({ cell: r * cols + c, dist, district: best });
    }
  }
  if (plots.length < count) throw new Error(`synthetic city: room for ${plots.length} buildings, ${count} asked`);
  plots.sort((a, b) => a.dist - b.dist || a.cell - b.cell);
  const buildings: CityBuilding[] = [];
  for (const plot of plots.slice(0, count)) {
    const district = districts[plot.district];
    let r = rand();
    let type: (typeof USES)[number] = USES[0];
    for (const u of USES) {
      r -= u.weight;
      if (r <= 0) {
        type = u;
        break;
      }
    }
    const cx = x0 + ((plot.cell % cols) + 0.5) * PLOT_M + between(-5, 5);
    const cy = y0 + (Math.floor(plot.cell / cols) + 0.5) * PLOT_M + between(-5, 5);
    // capped below the plot spacing minus the jitter, so neighbours never overlap
    const w = Math.min(PLOT_M - 12, Math.round(between(type.w[0], type.w[1])));
    const d = Math.min(PLOT_M - 12, Math.round(between(type.d[0], type.d[1])));
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
    districts,
    synthetic: true,
    note: `Synthetic city of ${count} generated buildings (seed ${seed}) for scale tests.`,
    buildings,
  };
}
