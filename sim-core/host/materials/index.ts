// Public host API of the materials module: the circular city as a stock-and-flow model.
export const materialsModuleVersion = 1;
export {
  BUILDING_MATERIALS,
  CD_ROUTES,
  DESTINATIONS,
  FRACTIONS,
  PROCESSES,
  type BufferName,
  type BuildingMaterial,
  type Destination,
  type Fraction,
  type MaterialsBuffers,
  type Process,
} from "./layout.ts";
export type {
  Archetype,
  BuildingStock,
  Businesses,
  Collection,
  FractionValues,
  Households,
  Incineration,
  MaterialsParams,
  TransferTable,
  Treatment,
} from "./params.ts";
export { validateParams } from "./params.ts";
export { computeIndicators, type MaterialsIndicators, type TreatmentTonnes } from "./indicators.ts";
export { MaterialsCore, type MaterialsExports } from "./MaterialsCore.ts";
export { MaterialsReference } from "./model.ts";
export {
  alesundPlantEfficiencies,
  buildingStockFor,
  businessesFor,
  deriveNorwayWaste,
  householdsFor,
  type NorwayOptions,
  norwayDefaultParams,
  residualBinLhv_MJ_kg,
} from "./defaults.ts";
export {
  type CalibrationRow,
  alesundPlantCalibrationParams,
  calibrationRows,
  norwayCalibrationParams,
  type YearRunner,
} from "./calibration.ts";
