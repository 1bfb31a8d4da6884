// Archetypes and weather normals for the in-browser core, from the same asset files the server reads.
import archetypes from "../../assets/archetypes/envelope-by-period.json";
import normals from "../../assets/weather/monthly-normals.json";
import type { ArchetypePeriod } from "../../sim-core/host/city.ts";
import type { WeatherNormals } from "./core/simProtocol.ts";

export const PERIODS = archetypes.periods as ArchetypePeriod[];

export function stationNormals(station: string): WeatherNormals {
  const s = (normals.stations as Record<string, WeatherNormals>)[station];
  if (!s) throw new Error(`weather station "${station}" is missing in assets/weather/monthly-normals.json`);
  return s;
}
