// Weather normals for the in-browser model, from the same asset files the server and CLI read
// (server/cli/weather.ts builds the same WeatherNormals for `tvilling simulate`).
import irradiation from "../../assets/weather/irradiation-normals.json";
import normals from "../../assets/weather/monthly-normals.json";
import type { WeatherNormals } from "../../sim-core/host/model/weather.ts";

interface TemperatureRow {
  monthlyMean_C: number[];
  diurnalAmplitude_K: number[];
}
interface IrradiationRow {
  latitude: number;
  longitude: number;
  timeZone_h: number;
  monthlyGhi_kWh_m2: number[];
}

export function stationNormals(station: string): WeatherNormals {
  const t = (normals.stations as Record<string, TemperatureRow>)[station];
  const g = (irradiation.stations as Record<string, IrradiationRow>)[station];
  if (!t || !g) throw new Error(`weather station "${station}" is missing in assets/weather/*-normals.json`);
  return {
    name: station,
    site: { latitude_deg: g.latitude, longitude_deg: g.longitude, timeZone_h: g.timeZone_h },
    monthlyMean_C: t.monthlyMean_C,
    diurnalAmplitude_K: t.diurnalAmplitude_K,
    monthlyGhi_kWh_m2: g.monthlyGhi_kWh_m2,
  };
}
