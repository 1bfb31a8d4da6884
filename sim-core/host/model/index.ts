// Public host API of the integrated energy model (solar + thermal + supply in one WASM instance).
export { DEFAULT_BLOCK, EnergyModel, type ModelExports } from "./EnergyModel.ts";
export { PLANES, buildModelInputs, facadeShares, type ModelInputs } from "./inputs.ts";
export { DH_DESIGN_PEAK_W_M2, plantsFromDataset } from "./plants.ts";
export { type NetworkMonths, type PartSums, createNetwork, dispatchParts, partSums } from "./split.ts";
export { QUANTITIES, buildingCsv, buildingRows, summary } from "./results.ts";
export { DEFAULT_SYSTEM_MIX, MODEL_DEFAULTS, type ModelOptions } from "./options.ts";
export {
  type ModelSite,
  type ModelWeather,
  type WeatherNormals,
  validateWeather,
  weatherFromEpw,
  weatherFromNormals,
} from "./weather.ts";
