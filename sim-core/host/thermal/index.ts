// Public host API of the thermal module: ISO 13790 5R1C in WASM (ThermalCore) and its plain-TypeScript
// reference. Node code loads the core with sim-core/host/thermal/node.ts (loadThermalCore).
export { ThermalCore } from "./ThermalCore.ts";
export {
  demandRc5,
  type Rc5Network,
  type Rc5Temperatures,
  rc5Network,
  type ReferenceSeries,
  referenceBuildingHours,
  referenceZoneHour,
  solveRc5,
} from "./reference.ts";
export { validateHour, validateZone } from "./validate.ts";
export { type ThermalHour, type ThermalHourResult, type ThermalZone, ZONE_KEYS } from "./zone.ts";
