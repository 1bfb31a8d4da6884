import { assertFiniteArray, SimInputError } from "./errors.ts";
import { type CoreExports, coreImports } from "./exports.ts";

const INIT_ERRORS: Record<number, string> = {
  1: "building count must be between 0 and 10,000,000",
  2: "hour count must be between 1 and 1,000,000",
};

/** Building inputs of the thin-slice heat-loss model, one entry per building. */
export interface BuildingInputs {
  heatLossCoeff_W_K: ArrayLike<number>;
  setpoint_C: ArrayLike<number>;
}

/**
 * Typed host over tvilling.wasm. Buffers live in WASM memory and are read through zero-copy
 * Float64Array views; views are rebuilt whenever memory has grown (its ArrayBuffer changes).
 */
export class SimCore {
  private constructor(private readonly wasm: CoreExports) {}

  /** Instantiates the core from the .wasm bytes or a compiled module (Node and browser alike). */
  static async load(source: BufferSource | WebAssembly.Module): Promise<SimCore> {
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new SimCore(instance.exports as unknown as CoreExports);
  }

  /** Allocates a city of `buildings` and `outdoorTemp_C.length` hours and fills its inputs. */
  setup(inputs: BuildingInputs, outdoorTemp_C: ArrayLike<number>): void {
    const n = inputs.heatLossCoeff_W_K.length;
    if (inputs.setpoint_C.length !== n)
      throw new SimInputError(`setpoint_C has ${inputs.setpoint_C.length} entries, expected ${n} (one per building)`);
    if (outdoorTemp_C.length === 0)
      throw new SimInputError("outdoorTemp_C is empty: the weather series needs at least one hour");
    assertFiniteArray("heatLossCoeff_W_K", inputs.heatLossCoeff_W_K, 0);
    assertFiniteArray("setpoint_C", inputs.setpoint_C, -50);
    assertFiniteArray("outdoorTemp_C", outdoorTemp_C, -90);
    const code = this.wasm.init(n, outdoorTemp_C.length);
    if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `init failed with code ${code}`);
    this.heatLossCoeff_W_K.set(inputs.heatLossCoeff_W_K);
    this.setpoint_C.set(inputs.setpoint_C);
    this.outdoorTemp_C.set(outdoorTemp_C);
  }

  /** Sets one heating setpoint for every building; takes effect at the next step. */
  setAllSetpoints(value_C: number): void {
    if (!Number.isFinite(value_C) || value_C < 5 || value_C > 30)
      throw new SimInputError(`setpoint ${value_C} °C is outside 5-30 °C`);
    this.setpoint_C.fill(value_C);
  }

  /** Simulates `hours` hours; returns the hour index the next step will simulate. */
  step(hours = 1): number {
    let h = this.wasm.currentHour();
    for (let i = 0; i < hours; i++) h = this.wasm.step();
    return h;
  }

  get hour(): number {
    return this.wasm.currentHour();
  }
  set hour(h: number) {
    this.wasm.setHour(h);
  }
  get buildingCount(): number {
    return this.wasm.getBuildingCount();
  }
  get hourCount(): number {
    return this.wasm.getHourCount();
  }
  /** City heat load of the last simulated hour [W]. */
  get totalLoad_W(): number {
    return this.wasm.getTotalLoad_W();
  }
  /** City heat energy since setup [kWh]. */
  get totalEnergy_kWh(): number {
    return this.wasm.getTotalEnergy_kWh();
  }

  get heatLossCoeff_W_K(): Float64Array {
    return this.view(this.wasm.heatLossCoeffPtr(), this.buildingCount);
  }
  get setpoint_C(): Float64Array {
    return this.view(this.wasm.setpointPtr(), this.buildingCount);
  }
  get outdoorTemp_C(): Float64Array {
    return this.view(this.wasm.outdoorTempPtr(), this.hourCount);
  }
  /** Per-building heat load of the last step [W] (zero-copy; valid until memory grows). */
  get heatLoad_W(): Float64Array {
    return this.view(this.wasm.heatLoadPtr(), this.buildingCount);
  }
  /** Per-building heat energy since setup [kWh] (zero-copy; valid until memory grows). */
  get heatEnergy_kWh(): Float64Array {
    return this.view(this.wasm.heatEnergyPtr(), this.buildingCount);
  }

  private view(ptr: number, length: number): Float64Array {
    // A fresh view per access is cheap and always on the current buffer after growth.
    return new Float64Array(this.wasm.memory.buffer, ptr, length);
  }
}
