// Reads a municipality's city dataset, archetypes and weather normals from assets/ and prepares the
// core inputs. Cached per municipality: rooms of the same city share the parsed data.
import { readFile } from "node:fs/promises";
import {
  type ArchetypePeriod,
  type CityDataset,
  cityHeatLossCoeffs_W_K,
  hourlyTemperatureFromNormals,
} from "../../sim-core/index.ts";
import { type CompactMunicipality, expandMunicipality } from "../../sim-core/host/import/index.ts";

export const ASSETS_DIR = new URL("../../assets/", import.meta.url);
// "baerum" stays the 240-building sample (the server's default) until the default is switched to "baerum-stock".
const DATASETS: Record<string, string> = {
  baerum: "baerum/sample-city.json",
  "baerum-stock": "baerum/municipality.json",
  alesund: "alesund/municipality.json",
};

export interface LoadedCity {
  city: CityDataset;
  heatLossCoeff_W_K: Float64Array;
  outdoorTemp_C: Float64Array;
}

const cache = new Map<string, Promise<LoadedCity>>();

async function readJson<T>(relative: string): Promise<T> {
  return JSON.parse(await readFile(new URL(relative, ASSETS_DIR), "utf8")) as T;
}

export function knownMunicipalities(): string[] {
  return Object.keys(DATASETS);
}

export function loadCity(municipality = "baerum"): Promise<LoadedCity> {
  const file = DATASETS[municipality];
  if (!file) {
    return Promise.reject(
      new Error(`unknown municipality "${municipality}"; known: ${knownMunicipalities().join(", ")}`),
    );
  }
  let pending = cache.get(municipality);
  if (!pending) {
    pending = (async () => {
      const raw = await readJson<CityDataset | CompactMunicipality>(file);
      // Municipality datasets are stored as compact columns (tools/generate-municipality.ts) and expanded here.
      const city: CityDataset = "format" in raw ? expandMunicipality(raw) : raw;
      const { periods } = await readJson<{ periods: ArchetypePeriod[] }>("archetypes/envelope-by-period.json");
      const normals = await readJson<{
        stations: Record<string, { monthlyMean_C: number[]; diurnalAmplitude_K: number[] }>;
      }>("weather/monthly-normals.json");
      const station = normals.stations[city.weatherStation];
      if (!station) throw new Error(`weather station "${city.weatherStation}" missing in monthly-normals.json`);
      return {
        city,
        heatLossCoeff_W_K: cityHeatLossCoeffs_W_K(city, periods),
        outdoorTemp_C: hourlyTemperatureFromNormals(station.monthlyMean_C, station.diurnalAmplitude_K),
      };
    })();
    cache.set(municipality, pending);
    pending.catch(() => cache.delete(municipality));
  }
  return pending;
}
