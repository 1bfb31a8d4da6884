/** The raw thermal exports of tvilling.wasm (contracts in sim-core/assembly/thermal/). */
export interface ThermalExports {
  memory: WebAssembly.Memory;
  thermalZoneHourBufPtr(): number;
  thermalSolveZoneHour(): void;
  thermalInit(n: number): number;
  thermalPrepare(): void;
  thermalPrepareBuilding(i: number): void;
  thermalStep(tOut_C: number): void;
  thermalOutdoorPtr(hours: number): number;
  thermalRunBlocks(block: number, hours: number): void;
  thermalCount(): number;
  thermalParamPtr(k: number): number;
  thermalInternalGainsPtr(): number;
  thermalSolarGainsPtr(): number;
  thermalMassTempPtr(): number;
  thermalHeatingPtr(): number;
  thermalCoolingPtr(): number;
  thermalAirTempPtr(): number;
}
