// Scenario runs: base-year inputs from a municipality dataset, lever → model-input mapping per year,
// and the multi-year runner (see ../README.md).
export {
  type MunicipalityFacts,
  type ScenarioBase,
  DEFAULT_PERSONS_PER_DWELLING,
  dwellingsOf,
  scenarioBase,
} from "./baseline.ts";
export { SALT, draw } from "./draw.ts";
export {
  baseValue,
  buildingValue,
  type LeverBase,
  leverValue,
  matchesWhere,
  municipalValue,
  periodOf,
} from "./where.ts";
export {
  type BuildingOverrides,
  BUSES_PER_INHABITANT,
  busesFor,
  inputsForYear,
  type LeverUnits,
  type YearInputs,
} from "./inputsForYear.ts";
export { applyOverrides } from "./overrides.ts";
export { finishYear, type SimulatedYear, simulateYear } from "./simulateYear.ts";
export { YearSimulator, type YearSimulatorOptions } from "./yearSimulator.ts";
export {
  DEFAULT_MIN_PART_BUILDINGS,
  DistrictParts,
  type DistrictRunStats,
  districtGroups,
} from "./districtParts.ts";
export { type EnergyYearView, viewOfModel } from "./yearView.ts";
export {
  type YearMetrics,
  yearMetrics,
  ICE_KG_CO2_PER_KM,
  ICE_KWH_FUEL_PER_KM,
  BIOGAS_AVOIDED_T_PER_MWH,
} from "./yearMetrics.ts";
export { yearIndicators, ghgBySector, GRID_RENEWABLE_SHARE, DH_RENEWABLE } from "./yearIndicators.ts";
export { energyFlows, materialFlows } from "./flows.ts";
export { interpolate, milestoneYears, yearsBetween } from "./milestones.ts";
export {
  baselineOf,
  interventionUnits,
  interventionsCost,
  type Progress,
  type RunOptions,
  runScenario,
  runScenarios,
} from "./runScenario.ts";
