// Shared fixtures of the model tests: the .wasm bytes, a small Bærum stock and weather from normals.
import { readFileSync } from "node:fs";
import { type CityDataset, type ModelWeather, weatherFromNormals } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";

export const wasmBytes = (): Buffer => readFileSync(wasmPath);

/** The first n buildings of the 240-building Bærum sample. */
export function smallCity(n: number): CityDataset {
  const city = JSON.parse(readFileSync("assets/baerum/sample-city.json", "utf8")) as CityDataset;
  return { ...city, buildings: city.buildings.slice(0, n) };
}

/** Oslo-Blindern normals (temperature and GHI generators), as the CLI uses without --epw. */
export function osloWeather(): ModelWeather {
  const t = JSON.parse(readFileSync("assets/weather/monthly-normals.json", "utf8")).stations["oslo-blindern"];
  const g = JSON.parse(readFileSync("assets/weather/irradiation-normals.json", "utf8")).stations["oslo-blindern"];
  return weatherFromNormals({
    name: "oslo-blindern",
    site: { latitude_deg: g.latitude, longitude_deg: g.longitude, timeZone_h: g.timeZone_h },
    monthlyMean_C: t.monthlyMean_C,
    diurnalAmplitude_K: t.diurnalAmplitude_K,
    monthlyGhi_kWh_m2: g.monthlyGhi_kWh_m2,
  });
}
