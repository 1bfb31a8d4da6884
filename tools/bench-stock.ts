// The benchmarks' Bærum-scale stock: the Bærum municipality stock (assets/baerum/municipality.json) repeated
// with new ids until it has n buildings (repeats keep their district, so districts grow with n), and the
// Oslo-Blindern normals weather.
import { readFileSync } from "node:fs";
import { type CompactMunicipality, expandMunicipality } from "../sim-core/host/import/index.ts";
import { type CityDataset, type ModelWeather, weatherFromNormals } from "../sim-core/index.ts";

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
