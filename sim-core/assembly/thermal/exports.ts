// Public WASM exports of the thermal module (ISO 13790 5R1C): one zone-hour for validation, and the
// city kernel (init, parameters, prepare, step, buffer accessors).
export const THERMAL_MODULE_VERSION: i32 = 1;
export { thermalSolveZoneHour, thermalZoneHourBufPtr } from "./zoneHour";
export {
  thermalAirTempPtr,
  thermalCoolingPtr,
  thermalCount,
  thermalHeatingPtr,
  thermalInit,
  thermalInternalGainsPtr,
  thermalMassTempPtr,
  thermalOutdoorPtr,
  thermalParamPtr,
  thermalPrepare,
  thermalPrepareBuilding,
  thermalRunBlocks,
  thermalSolarGainsPtr,
  thermalStep,
  thermalStepRange,
} from "./kernel";
