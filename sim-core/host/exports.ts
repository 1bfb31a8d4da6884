/** The raw exports of tvilling.wasm (see sim-core/assembly/index.ts for each contract). */
export interface CoreExports {
  memory: WebAssembly.Memory;
  init(buildings: number, hours: number): number;
  step(): number;
  currentHour(): number;
  setHour(hour: number): void;
  getBuildingCount(): number;
  getHourCount(): number;
  getTotalLoad_W(): number;
  getTotalEnergy_kWh(): number;
  heatLossCoeffPtr(): number;
  setpointPtr(): number;
  outdoorTempPtr(): number;
  heatLoadPtr(): number;
  heatEnergyPtr(): number;
}

/** Imports the module needs: AssemblyScript's abort, turned into a JS error instead of a silent trap. */
export function coreImports(): WebAssembly.Imports {
  return {
    env: {
      abort(_message: number, _file: number, line: number, column: number): never {
        throw new Error(`sim-core aborted at ${line}:${column}`);
      },
    },
  };
}
