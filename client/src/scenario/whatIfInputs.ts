// The ONE place where a scenario becomes model inputs for a year: the scenario runner's pure
// `inputsForYear(base, scenario, year)` (sim-core/scenario/run), on the base the runner derives from the
// loaded dataset and the facts it carries (population, car fleet, district heating, waste-to-energy plant).
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { wasteData } from "../../../sim-core/host/materials/defaults.ts";
import {
  inputsForYear,
  type MunicipalityFacts,
  type ScenarioBase,
  scenarioBase,
  type YearInputs,
} from "../../../sim-core/scenario/run/index.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import { BASE_YEAR } from "./leverState.ts";

/** The year the what-if shows: levers in force from the scenario's base year until then. */
export const WHAT_IF_YEAR = 2035;

/** The municipality facts a served or imported dataset carries (an imported file has none: defaults). */
export function factsOf(city: CityDataset): MunicipalityFacts {
  const c = city as CityDataset & MunicipalityFacts & { districtHeating?: MunicipalityFacts["districtHeating"] };
  const networks = c.districtHeating ?? [];
  const waste = networks.some((n) => n.plants?.some((p) => p.kind === "waste-chp"));
  return {
    population: c.population,
    carFleet: c.carFleet,
    districtHeating: networks,
    wasteToEnergy: waste ? { capacity_t_yr: wasteData.alesundPlant.capacity_t_yr } : undefined,
  };
}

export function baseOf(city: CityDataset): ScenarioBase {
  return scenarioBase(city, factsOf(city), BASE_YEAR);
}

/** Model inputs of `year` under a scenario. */
export function whatIfInputs(base: ScenarioBase, scenario: Scenario, year = WHAT_IF_YEAR): YearInputs {
  return inputsForYear(base, scenario, year);
}
