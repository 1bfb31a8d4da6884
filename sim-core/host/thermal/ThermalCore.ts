import { SimInputError } from "../errors.ts";
import { coreImports } from "../exports.ts";
import type { ThermalExports } from "./exports.ts";
import { validateHour, validateZone } from "./validate.ts";
import { type ThermalHour, type ThermalHourResult, type ThermalZone, ZONE_HOUR_SLOTS, ZONE_KEYS } from "./zone.ts";

/**
 * Typed host over the thermal part of tvilling.wasm: one zone-hour (solveZoneHour) and the city
 * kernel (setup, then per hour: write gains, step, read results). Buffers are zero-copy views,
 * rebuilt on each access so they stay valid after memory growth.
 */
export class ThermalCore {
  private constructor(private readonly wasm: ThermalExports) {}

  /** Wraps an existing instance's exports (the model orchestrator shares one instance between modules). */
  static attach(wasm: ThermalExports): ThermalCore {
    return new ThermalCore(wasm);
  }

  /** Instantiates the core from the .wasm bytes or a compiled module (Node and browser alike). */
  static async load(source: BufferSource | WebAssembly.Module): Promise<ThermalCore> {
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new ThermalCore(instance.exports as unknown as ThermalExports);
  }

  /** ISO 13790 5R1C, one hour of one zone, solved in WASM (C.13 trial, clipped to capacity). */
  solveZoneHour(zone: ThermalZone, hour: ThermalHour): ThermalHourResult {
    validateZone(zone);
    validateHour(hour);
    const io = new Float64Array(this.wasm.memory.buffer, this.wasm.thermalZoneHourBufPtr(), 32);
    for (let k = 0; k < ZONE_KEYS.length; k++) io[k] = zone[ZONE_KEYS[k]];
    io[ZONE_HOUR_SLOTS.tOut_C] = hour.tOut_C;
    io[ZONE_HOUR_SLOTS.internalGains_W] = hour.internalGains_W;
    io[ZONE_HOUR_SLOTS.solarGains_W] = hour.solarGains_W;
    io[ZONE_HOUR_SLOTS.tMassPrev_C] = hour.tMassPrev_C;
    this.wasm.thermalSolveZoneHour();
    return {
      heating_W: io[ZONE_HOUR_SLOTS.heating_W],
      cooling_W: io[ZONE_HOUR_SLOTS.cooling_W],
      tAir_C: io[ZONE_HOUR_SLOTS.tAir_C],
      tSurface_C: io[ZONE_HOUR_SLOTS.tSurface_C],
      tMassEnd_C: io[ZONE_HOUR_SLOTS.tMassEnd_C],
    };
  }

  /** Sizes the city kernel for `zones` and sets every building's initial mass temperature. */
  setupCity(zones: readonly ThermalZone[], initialMassTemp_C: number | ArrayLike<number>): void {
    if (!Array.isArray(zones)) throw new SimInputError("zones: expected an array of thermal zones");
    for (let i = 0; i < zones.length; i++) validateZone(zones[i], `zones[${i}]`);
    const n = zones.length;
    const initial =
      typeof initialMassTemp_C === "number" ? new Float64Array(n).fill(initialMassTemp_C) : initialMassTemp_C;
    if (initial.length !== n)
      throw new SimInputError(`initialMassTemp_C has ${initial.length} entries, expected ${n} (one per building)`);
    for (let i = 0; i < n; i++)
      if (!Number.isFinite(initial[i]))
        throw new SimInputError(`initialMassTemp_C[${i}]: ${initial[i]} is not a finite number`);
    const code = this.wasm.thermalInit(n);
    if (code !== 0) throw new SimInputError(`building count ${n} must be between 0 and 10,000,000`);
    for (let k = 0; k < ZONE_KEYS.length; k++) {
      const column = this.view(this.wasm.thermalParamPtr(k));
      const key = ZONE_KEYS[k];
      for (let i = 0; i < n; i++) column[i] = zones[i][key];
    }
    this.wasm.thermalPrepare();
    this.tMass_C.set(initial);
  }

  /** Replaces building i's zone; takes effect at the next step. */
  updateZone(i: number, zone: ThermalZone): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.buildingCount)
      throw new SimInputError(`building index ${i} is outside 0–${this.buildingCount - 1}`);
    validateZone(zone, `zones[${i}]`);
    for (let k = 0; k < ZONE_KEYS.length; k++) this.view(this.wasm.thermalParamPtr(k))[i] = zone[ZONE_KEYS[k]];
    this.wasm.thermalPrepareBuilding(i);
  }

  /** Simulates one hour of every building with the gains currently in the gain buffers. */
  step(tOut_C: number): void {
    if (!Number.isFinite(tOut_C)) throw new SimInputError(`tOut_C: ${tOut_C} is not a finite number`);
    this.wasm.thermalStep(tOut_C);
  }

  /** Calls the WASM step directly: no checks (for benchmarks and trusted inner loops). */
  stepUnchecked(tOut_C: number): void {
    this.wasm.thermalStep(tOut_C);
  }

  /**
   * Block-major run as the model does it (blocks of `block` buildings through every hour of tOut_C,
   * gains held); the same per building-hour results as step() hour by hour. For benchmarks.
   */
  runBlocksUnchecked(tOut_C: Float64Array, block = 64): void {
    const ptr = this.wasm.thermalOutdoorPtr(tOut_C.length);
    new Float64Array(this.wasm.memory.buffer, ptr, tOut_C.length).set(tOut_C);
    this.wasm.thermalRunBlocks(block, tOut_C.length);
  }

  /** Size of the WASM linear memory [bytes] (all modules share it). */
  get memoryBytes(): number {
    return this.wasm.memory.buffer.byteLength;
  }
  get buildingCount(): number {
    return this.wasm.thermalCount();
  }
  /** Input: internal gains of the next step per building [W]. */
  get internalGains_W(): Float64Array {
    return this.view(this.wasm.thermalInternalGainsPtr());
  }
  /** Input: solar gains of the next step per building [W]. */
  get solarGains_W(): Float64Array {
    return this.view(this.wasm.thermalSolarGainsPtr());
  }
  /** State: mass temperature at the end of the last step [°C]. */
  get tMass_C(): Float64Array {
    return this.view(this.wasm.thermalMassTempPtr());
  }
  /** Output: heating power of the last step [W], ≥ 0. */
  get heating_W(): Float64Array {
    return this.view(this.wasm.thermalHeatingPtr());
  }
  /** Output: cooling power of the last step [W], ≤ 0. */
  get cooling_W(): Float64Array {
    return this.view(this.wasm.thermalCoolingPtr());
  }
  /** Output: air temperature of the last step [°C]. */
  get tAir_C(): Float64Array {
    return this.view(this.wasm.thermalAirTempPtr());
  }

  private view(ptr: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, ptr, this.wasm.thermalCount());
  }
}
