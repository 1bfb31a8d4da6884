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
