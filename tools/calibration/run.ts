// Runs one municipality for the calibration report: the materials model's year at the municipality's
// population (its plant's hourly heat feeds the district-heat dispatch), then the full energy model's year
// with the generated weather, as `tvilling simulate` builds it.
import { readFile } from "node:fs/promises";
import { municipalityDataset } from "../../server/cli/buildings.ts";
import { MUNICIPALITY_STATION, stationWeather } from "../../server/cli/weather.ts";
import { type CityDataset, EnergyModel, MaterialsCore, type MaterialsIndicators } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { applyOverrides, inputsForYear, scenarioBase } from "../../sim-core/scenario/index.ts";
import { municipalityFacts } from "../../server/cli/scenarioBase.ts";

export interface MunicipalityRun {
  city: CityDataset;
  model: EnergyModel;
  waste: MaterialsIndicators;
  weatherSource: string;
  /** Electric and all cars of the stock (the base-year inputs). */
  fleet: { evs: number; cars: number; evsPerDwelling: number };
}

/** The base year as every scenario starts from it: the scenario runner's baseline inputs (sim-core/scenario). */
const BASE_YEAR = 2025;

export async function runMunicipality(key: "baerum" | "alesund"): Promise<MunicipalityRun> {
  const bytes = await readFile(wasmPath);
  const base = scenarioBase(await municipalityDataset(key), await municipalityFacts(key), BASE_YEAR);
  const baseline = {
    formatVersion: 1,
    name: "calibration",
    municipality: key,
    weather: "normals",
    baseYear: BASE_YEAR,
    horizon: BASE_YEAR,
    seed: 0,
    interventions: [],
  };
  const inputs = inputsForYear(base, baseline, BASE_YEAR);
  const materials = await MaterialsCore.load(bytes);
  // Ålesund's plant burns the ÅRIM region's residual waste to its verified capacity; Bærum's residual waste
  // leaves the municipality (no plant of its own), so only its household-waste indicators are used.
  materials.setup(inputs.materials);
  const waste = materials.runYear();
  const weather = await stationWeather(MUNICIPALITY_STATION[key]);
  const options = base.wasteToEnergy
    ? { ...inputs.options, wasteHeatAvailable_W: materials.wasteHeatAvailable_W() }
    : inputs.options;
  const model = await EnergyModel.create(bytes, inputs.city, weather, options);
  applyOverrides(model, inputs.city, inputs.buildings);
  model.runYear();
  const { evs, cars } = inputs.transport;
  const dwellings = base.dwellings.reduce((a, b) => a + b, 0);
  return {
    city: inputs.city,
    model,
    waste,
    weatherSource: weather.source,
    fleet: { evs, cars, evsPerDwelling: evs / dwellings },
  };
}
