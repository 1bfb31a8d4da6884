// Public host API of the supply module (heat supply, EVs, batteries, grid areas, district heat,
// results) and the building-stock builder (re-exported here: the aggregate sim-core/index.ts
// re-exports this file).
export * from "../stock/index.ts";
export { packSupply, type PackedSupply, type SupplyBuildings, type SupplyConfig } from "./config.ts";
export * from "./defaults.ts";
export * as SupplyLayout from "./layout.ts";
export { checkDemandInputs, type DemandInputs } from "./inputs.ts";
export type { SupplyModel } from "./model.ts";
export { SupplyCore, type SupplyExports, type YearInputs } from "./SupplyCore.ts";
export { SupplyReference, carnotCop, carnotCoolingCop, monthOfHour } from "./reference.ts";
export * from "./results.ts";
