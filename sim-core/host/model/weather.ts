// The model's weather: hourly series plus the site, from an EPW file or generated from monthly normals.
import { SimInputError, assertFiniteArray } from "../errors.ts";
import type { EpwWeather } from "../weather/epw.ts";
import { hourlyTemperatureFromNormals } from "../weather/fromNormals.ts";
import { hourlyGhiFromNormals } from "../weather/ghiFromNormals.ts";

export interface ModelSite {
  latitude_deg: number;
  /** East positive. */
  longitude_deg: number;
  /** Standard time zone, hours from UTC. */
  timeZone_h: number;
}

export interface ModelWeather {
  site: ModelSite;
  tAir_C: Float64Array;
  ghi_W_m2: Float64Array;
  /** Both or neither; without them Erbs derives DNI and DHI from GHI. */
  dni_W_m2?: Float64Array;
  dhi_W_m2?: Float64Array;
  windSpeed_m_s?: Float64Array;
  /** Where the weather came from (EPW file name or "normals: station"). */
  source: string;
}

export function weatherFromEpw(epw: EpwWeather): ModelWeather {
  return {
    site: {
      latitude_deg: epw.location.latitude_deg,
      longitude_deg: epw.location.longitude_deg,
      timeZone_h: epw.location.timeZone_h,
    },
    tAir_C: epw.tAir_C,
    ghi_W_m2: epw.ghi_W_m2,
    dni_W_m2: epw.dni_W_m2,
    dhi_W_m2: epw.dhi_W_m2,
    windSpeed_m_s: epw.windSpeed_m_s,
    source: epw.sourceName,
  };
}

export interface WeatherNormals {
  name: string;
  site: ModelSite;
  monthlyMean_C: readonly number[];
  diurnalAmplitude_K: readonly number[];
  monthlyGhi_kWh_m2: readonly number[];
}

/** Deterministic weather from monthly normals (temperature and GHI generators; wind 3 m/s). */
export function weatherFromNormals(n: WeatherNormals): ModelWeather {
  return {
    site: n.site,
    tAir_C: hourlyTemperatureFromNormals(n.monthlyMean_C, n.diurnalAmplitude_K),
    ghi_W_m2: hourlyGhiFromNormals(n.monthlyGhi_kWh_m2, n.site),
    windSpeed_m_s: new Float64Array(8760).fill(3),
    source: `normals: ${n.name}`,
  };
}

/** Throws a SimInputError naming the series and hour of the first bad value. */
export function validateWeather(w: ModelWeather): number {
  const hours = w.tAir_C.length;
  if (hours < 1) throw new SimInputError("weather: tAir_C is empty");
  const series: [string, ArrayLike<number> | undefined, number][] = [
    ["tAir_C", w.tAir_C, -90],
    ["ghi_W_m2", w.ghi_W_m2, 0],
    ["dni_W_m2", w.dni_W_m2, 0],
    ["dhi_W_m2", w.dhi_W_m2, 0],
    ["windSpeed_m_s", w.windSpeed_m_s, 0],
  ];
  for (const [name, values, min] of series) {
    if (values === undefined) continue;
    if (values.length !== hours)
      throw new SimInputError(`weather.${name} has ${values.length} hours, expected ${hours} (as tAir_C)`);
    assertFiniteArray(`weather.${name}`, values, min);
  }
  for (const key of ["latitude_deg", "longitude_deg", "timeZone_h"] as const)
    if (!Number.isFinite(w.site[key])) throw new SimInputError(`weather.site.${key} ${w.site[key]} is not finite`);
  return hours;
}
