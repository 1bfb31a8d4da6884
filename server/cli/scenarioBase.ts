// The base-year inputs of a scenario's municipality from assets/: the stock (loadCity) and the municipality
// dataset's facts (population, dwellings, car fleet, district heating, waste-to-energy plant). The 240-building
// Bærum sample takes Bærum's facts (its cars per dwelling, network rule, inhabitants per dwelling).
import { readFile } from "node:fs/promises";
import { wasteData } from "../../sim-core/host/materials/defaults.ts";
import type { CompactMunicipality } from "../../sim-core/host/import/index.ts";
import { type MunicipalityFacts, type ScenarioBase, scenarioBase } from "../../sim-core/scenario/index.ts";
import { ASSETS_DIR, loadCity } from "../city/loadCity.ts";

const FACTS_FILE: Record<string, string> = {
  baerum: "baerum/municipality.json",
  "baerum-stock": "baerum/municipality.json",
  alesund: "alesund/municipality.json",
};

export async function municipalityFacts(municipality: string): Promise<MunicipalityFacts> {
  const file = FACTS_FILE[municipality];
  if (!file) return {};
  const raw = JSON.parse(await readFile(new URL(file, ASSETS_DIR), "utf8")) as CompactMunicipality;
  const dwellings = raw.stock.dwellings.reduce((a, b) => a + b, 0);
  const waste = raw.districtHeating.some((n) => n.plants.some((p) => p.kind === "waste-chp"));
  return {
    population: raw.population,
    dwellings,
    carFleet: raw.carFleet,
    districtHeating: raw.districtHeating,
    // Grautneset burns the ÅRIM region's residual waste up to its verified capacity (assets/materials).
    wasteToEnergy: waste ? { capacity_t_yr: wasteData.alesundPlant.capacity_t_yr } : undefined,
  };
}

const cache = new Map<string, Promise<ScenarioBase>>();

/** Cached per municipality and base year (the base is read-only). */
export function loadScenarioBase(municipality: string, baseYear = 2025): Promise<ScenarioBase> {
  const key = `${municipality}@${baseYear}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const [{ city }, facts] = await Promise.all([loadCity(municipality), municipalityFacts(municipality)]);
      return scenarioBase(city, facts, baseYear);
    })();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
