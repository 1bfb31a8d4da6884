// The one public entry of sim-core for hosts (server, client, tests, CLI).
export { SimCore, type BuildingInputs } from "./host/SimCore.ts";
export { SimInputError } from "./host/errors.ts";
export { buildingHeatLossCoeff_W_K, type Envelope } from "./host/envelope.ts";
export { hourlyTemperatureFromNormals } from "./host/weather/index.ts";
export {
  cityHeatLossCoeffs_W_K,
  periodForYear,
  type ArchetypePeriod,
  type CityBuilding,
  type CityDataset,
} from "./host/city.ts";
export { polygonArea_m2, polygonPerimeter_m } from "./host/polygon.ts";
export { formatSimTime } from "./host/simTime.ts";
export * from "./host/solar/index.ts";
export * from "./host/thermal/index.ts";
export * from "./host/supply/index.ts";
export * from "./host/materials/index.ts";
export * from "./host/import/index.ts";
export * from "./host/model/index.ts";
