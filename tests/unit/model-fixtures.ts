// Shared fixtures of the model tests: the .wasm bytes, a small Bærum stock and weather from normals.
import { readFileSync } from "node:fs";
import type { CityDataset } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";

export const wasmBytes = (): Buffer => readFileSync(wasmPath);

/** The first n buildings of the 240-building Bærum sample. */
export function smallCity(n: number): CityDataset {
  const city = JSON.parse(readFileSync("assets/baerum/sample-city.json", "utf8")) as CityDataset;
  return { ...city, buildings: city.buildings.slice(0, n) };
}

/** Oslo-Blindern normals (temperature and GHI generators), as the CLI uses without --epw; the benchmarks'
 *  stock uses the same (tools/bench-stock.ts). */
export { osloWeather } from "../../tools/bench-stock.ts";

/** Result buffers of a model or a supply core compared by closeResults (f32 monthly records first). */
const RESULT_KEYS = ["monthly", "yearly", "areaSeries", "dhSeries", "plantOut_W"] as const;
type Results = Record<(typeof RESULT_KEYS)[number], Float32Array | Float64Array>;

/**
 * The largest relative difference per result buffer, |a − b| / max(1, |b|) (1 W, 1 Wh or 1 g as the floor
 * of the scale). The model's year mode sums a linear building's appliances and EV per grid area and month
 * (supply/linear.ts) where hour stepping sums every term per building-hour: the same quantities added in
 * another order, so f64 results differ by rounding (~1e-16 relative per addition); the monthly records
 * are f32, where such a difference may move the last bit (2^−24 relative). The area series are netted
 * (import − export of the area's buildings): where they nearly cancel, the rounding of the gross sums is
 * relative to the gross flow, not to the small net (the 240-building sample with 40 % PV: 1.5e-11 W on a
 * net export of 9.8 W, 1.5e-12 of it); the stocks of these tests stay below 1e-13.
 */
export function resultDifferences(a: Results, b: Results): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of RESULT_KEYS) {
    const x = a[key];
    const y = b[key];
    if (x.length !== y.length) throw new Error(`${key}: lengths ${x.length} and ${y.length}`);
    let worst = 0;
    for (let k = 0; k < x.length; k++) worst = Math.max(worst, Math.abs(x[k] - y[k]) / Math.max(1, Math.abs(y[k])));
    out[key] = worst;
  }
  return out;
}
