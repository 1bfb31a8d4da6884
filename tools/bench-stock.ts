// The benchmarks' Bærum-scale stock: the Bærum municipality stock (assets/baerum/municipality.json) repeated
// with new ids until it has n buildings (repeats keep their district, so districts grow with n), and the
// Oslo-Blindern normals weather (the station's normals as the client and the tests read them: stationNormals).
import { readFileSync } from "node:fs";
import { stationNormals } from "../client/src/weatherNormals.ts";
import { type CompactMunicipality, expandMunicipality } from "../sim-core/host/import/index.ts";
import { type CityDataset, type ModelWeather, weatherFromNormals } from "../sim-core/index.ts";

export const osloWeather = (): ModelWeather => weatherFromNormals(stationNormals("oslo-blindern"));

/** The Bærum municipality stock repeated (new ids) until it has n buildings. */
export function stock(n: number): CityDataset {
  const base = expandMunicipality(
    JSON.parse(readFileSync("assets/baerum/municipality.json", "utf8")) as CompactMunicipality,
  );
  const buildings = Array.from({ length: n }, (_, i) => {
    const b = base.buildings[i % base.buildings.length];
    return i < base.buildings.length ? b : { ...b, id: `${b.id}-r${Math.floor(i / base.buildings.length)}` };
  });
  return { ...base, buildings };
}
