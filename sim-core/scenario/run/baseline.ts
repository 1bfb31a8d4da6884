// Base-year inputs of a municipality (issue #6): the dataset's car fleet, district-heating network, grid areas
// and population → the state every scenario year starts from. Each value names its source; where the dataset
// has none the model's documented default (an assumption) stays.
import type { CityBuilding, CityDataset } from "../../host/city.ts";
import type { CarFleet, DistrictHeatingNetwork } from "../../host/import/municipalityStock.ts";
import { MODEL_DEFAULTS } from "../../host/model/options.ts";
import { polygonArea_m2 } from "../../host/polygon.ts";
import { useArchetype } from "../../host/stock/archetypes.ts";
import type { LeverBase } from "./where.ts";

/** What a municipality dataset states beyond its buildings (assets/<m>/municipality.json header). */
export interface MunicipalityFacts {
  /** Inhabitants of the whole municipality (SSB). */
  population?: number;
  /** Dwellings of the whole municipality (Σ of the generated stock, calibrated to SSB dwelling counts). */
  dwellings?: number;
  carFleet?: Pick<CarFleet, "cars" | "evShare" | "evShareYear" | "meanKmPerCar">;
  districtHeating?: Pick<DistrictHeatingNetwork, "name" | "plants" | "districts">[];
  /** A waste-to-energy plant feeds the district heat (Ålesund's Grautneset); its residual waste burns there. */
  wasteToEnergy?: { capacity_t_yr: number };
}

export interface ScenarioBase {
  /** The stock (a copy; district-heat connections filled in from the dataset's rule where missing). */
  city: CityDataset;
  baseYear: number;
  /** Inhabitants living in this stock. */
  population: number;
  /** Dwellings per building as the energy model counts them (residential: stated or floor/100 m²). */
  dwellings: Float64Array;
  /** Cars per dwelling: the municipality's cars ÷ its dwellings (SSB/OFV via the dataset). */
  carsPerDwelling: number;
  /** Driving per car and day [km]: the dataset's mean km per car and year ÷ 365 (SSB kjørelengder). */
  km_day: number;
  /** Base values of levers the dataset states (EV share); the others take the catalogue's default. */
  leverBase: LeverBase;
  districtHeating: MunicipalityFacts["districtHeating"];
  wasteToEnergy?: { capacity_t_yr: number };
  /** Where each base value came from (shown in the README and the report). */
  sources: Record<string, string>;
}

/** Persons per dwelling where the dataset gives neither residents nor a municipal ratio (SSB 2023, Norway ≈ 2.1). */
export const DEFAULT_PERSONS_PER_DWELLING = 2.1;
/** Use types the network rule of the dataset connects (assets/baerum/municipality.json districtHeating.rule). */
const DH_RULE_USES = new Set([
  "apartment",
  "office",
  "school",
  "kindergarten",
  "nursinghome",
  "retail",
  "hotel",
  "sports",
]);

/** Dwellings of a building as the energy model counts them (sim-core/host/model/inputs.ts). */
export function dwellingsOf(b: CityBuilding): number {
  if (!useArchetype(b.use).residential) return 0;
  const floor_m2 = (b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m)) * b.floors;
  return b.dwellings ?? Math.max(1, Math.round(floor_m2 / 100));
}

export function scenarioBase(dataset: CityDataset, facts: MunicipalityFacts = {}, baseYear = 2025): ScenarioBase {
  const sources: Record<string, string> = {};
  const networks = facts.districtHeating ?? [];
  const anyConnected = dataset.buildings.some((b) => b.districtHeating !== undefined);
  // A sample stock without connections gets the dataset's own rule (non-house buildings in the network's districts).
  const buildings = dataset.buildings.map((b) => {
    const net = networks.find((n) => n.districts.includes(b.district));
    if (anyConnected || !net || !DH_RULE_USES.has(b.use) || b.districtHeating) return b;
    return { ...b, districtHeating: net.name };
  });
  if (!anyConnected && networks.length) sources.districtHeating = "dataset network rule applied to the sample stock";
  // The network description travels with the stock: the model sizes the plants from it (model/plants.ts).
  const city = { ...dataset, buildings, districtHeating: networks } as CityDataset;
  const dwellings = Float64Array.from(buildings, dwellingsOf);
  const stockDwellings = dwellings.reduce((a, b) => a + b, 0);
  const residents = buildings.reduce((s, b) => s + (b.residents ?? 0), 0);
  let population: number;
  if (residents > 0) {
    population = residents;
    sources.population = "Σ residents of the stock (dataset, calibrated to SSB population)";
  } else {
    const perDwelling =
      facts.population && facts.dwellings ? facts.population / facts.dwellings : DEFAULT_PERSONS_PER_DWELLING;
    population = stockDwellings * perDwelling;
    sources.population = facts.dwellings
      ? "dwellings × the municipality's inhabitants per dwelling (SSB via dataset)"
      : `dwellings × ${DEFAULT_PERSONS_PER_DWELLING} persons (assumption)`;
  }
  const fleet = facts.carFleet;
  const municipalDwellings = facts.dwellings ?? stockDwellings;
  const carsPerDwelling =
    fleet && municipalDwellings > 0 ? fleet.cars / municipalDwellings : MODEL_DEFAULTS.ev.carsPerDwelling;
  const km_day = fleet ? fleet.meanKmPerCar / 365 : MODEL_DEFAULTS.ev.km_day;
  const leverBase: Record<string, number> = {};
  if (fleet) {
    leverBase.evShare = 100 * fleet.evShare;
    sources.evShare = `dataset carFleet.evShare ${fleet.evShare} (${fleet.evShareYear})`;
    sources.cars = "dataset carFleet.cars ÷ the municipality's dwellings";
    sources.km_day = "dataset carFleet.meanKmPerCar ÷ 365";
  }
  return {
    city,
    baseYear,
    population,
    dwellings,
    carsPerDwelling,
    km_day,
    leverBase,
    districtHeating: networks,
    wasteToEnergy: facts.wasteToEnergy,
    sources,
  };
}
