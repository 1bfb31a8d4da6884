// Runs one municipality for the calibration report: the materials model's year at the municipality's
// population (its plant's hourly heat feeds the district-heat dispatch), then the full energy model's year
// with the generated weather, as `tvilling simulate` builds it.
import { readFile } from "node:fs/promises";
import { municipalityDataset } from "../../server/cli/buildings.ts";
import { MUNICIPALITY_STATION, stationWeather } from "../../server/cli/weather.ts";
import {
  type CityDataset,
  EnergyModel,
  MaterialsCore,
  type MaterialsIndicators,
  norwayDefaultParams,
} from "../../sim-core/index.ts";
import { wasteData } from "../../sim-core/host/materials/defaults.ts";
import { wasmPath } from "../../sim-core/node.ts";

export interface MunicipalityRun {
  city: CityDataset;
  model: EnergyModel;
  waste: MaterialsIndicators;
  weatherSource: string;
}

export async function runMunicipality(key: "baerum" | "alesund"): Promise<MunicipalityRun> {
  const bytes = await readFile(wasmPath);
  const city = await municipalityDataset(key);
  const population = city.buildings.reduce((s, b) => s + (b.residents ?? 0), 0);
  const materials = await MaterialsCore.load(bytes);
  // Ålesund's plant burns the ÅRIM region's residual waste to its verified capacity; Bærum's residual waste
  // leaves the municipality (no plant of its own), so only its household-waste indicators are used.
  const capacity = wasteData.alesundPlant.capacity_t_yr;
  materials.setup(norwayDefaultParams({ population, importedToPlant_t_yr: key === "alesund" ? capacity : 0 }));
  const waste = materials.runYear();
  const weather = await stationWeather(MUNICIPALITY_STATION[key]);
  const model = await EnergyModel.create(
    bytes,
    city,
    weather,
    key === "alesund" ? { wasteHeatAvailable_W: materials.wasteHeatAvailable_W() } : {},
  );
  model.runYear();
  return { city, model, waste, weatherSource: weather.source };
}
