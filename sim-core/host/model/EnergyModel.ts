// The integrated hourly energy model of a municipality: solar, thermal and supply modules coupled in
// ONE instance of tvilling.wasm (shared heap), run by the `model*` orchestrator without copying
// per-building arrays through JS. Results are zero-copy views of the supply module's buffers.
import type { CityDataset } from "../city.ts";
import { SimInputError } from "../errors.ts";
import { coreImports } from "../exports.ts";
import { SolarCore } from "../solar/SolarCore.ts";
import type { SolarExports } from "../solar/solarExports.ts";
import { SupplyCore, type SupplyExports } from "../supply/SupplyCore.ts";
import * as L from "../supply/layout.ts";
import { ThermalCore } from "../thermal/ThermalCore.ts";
import type { ThermalExports } from "../thermal/exports.ts";
import { MODEL_DEFAULTS, type ModelOptions } from "./options.ts";
import { PLANES, buildModelInputs, type ModelInputs } from "./inputs.ts";
import { type ModelWeather, validateWeather } from "./weather.ts";

export interface ModelExports {
  memory: WebAssembly.Memory;
  modelInit(n: number, uses: number): number;
  modelPrepare(startMass: number): number;
  modelReset(): void;
  modelStepHour(): number;
  modelYearStart(block: number): number;
  modelYearBlock(first: number, n: number): number;
  modelYearFinish(): number;
  modelUseIndexPtr(): number;
  modelFloorAreaPtr(): number;
  modelRoofPlanePtr(): number;
  modelPvKwpPtr(): number;
  modelWindowAreaPtr(): number;
  modelWindowGPtr(): number;
  modelWindowFramePtr(): number;
  modelWindowShadingPtr(): number;
  modelGainsProfilePtr(): number;
  modelAppliancesProfilePtr(): number;
  modelDhwProfilePtr(): number;
}

const ERRORS: Record<number, string> = {
  1: "building count must be between 1 and 1,000,000",
  2: "use-profile count must be between 1 and 1,000",
  3: "solar module not set up in this instance",
  4: "supply module not set up for the same buildings and hours",
  5: "thermal module not set up for the same buildings",
  6: "year mode: blocks must run from hour 0, in building order",
  7: "a building's use or roof-plane index is out of range",
};

/** Default number of buildings run together through the year (see run.ts in assembly/model). */
export const DEFAULT_BLOCK = 64;

/** Equal element by element, −0 apart from +0 (a sign can reach a result). */
function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

export class EnergyModel {
  readonly buildings: number;
  readonly hours: number;
  readonly solar: SolarCore;
  readonly thermal: ThermalCore;
  readonly supply: SupplyCore;
  /** finalizeWithNetwork ran last (no run, step or other finalisation since; a run also zeroes the supply's
   *  network figures, and this covers figures that are all zero): its figures are in the supply buffers. */
  private networkFinal = false;

  private constructor(
    private readonly wasm: ModelExports,
    readonly inputs: ModelInputs,
    weather: ModelWeather,
    options: ModelOptions,
  ) {
    this.buildings = inputs.n;
    this.hours = inputs.hours;
    const exportsAny = wasm as unknown;
    this.solar = new SolarCore(exportsAny as SolarExports);
    this.solar.setup(weather, inputs.planes);
    this.solar.compute({
      ...weather.site,
      albedo: options.albedo ?? MODEL_DEFAULTS.albedo,
      year: options.year ?? MODEL_DEFAULTS.year,
    });
    this.solar.computePv();
    this.thermal = ThermalCore.attach(exportsAny as ThermalExports);
    this.thermal.setupCity(inputs.zones, options.initialMassTemp_C ?? MODEL_DEFAULTS.initialMassTemp_C);
    this.supply = SupplyCore.attach(exportsAny as SupplyExports, inputs.supply);
    const uses = inputs.profiles.gains_W_m2.length;
    this.check(wasm.modelInit(inputs.n, uses));
    const n = inputs.n;
    const f64 = (ptr: number, len: number) => new Float64Array(wasm.memory.buffer, ptr, len);
    const i32 = (ptr: number, len: number) => new Int32Array(wasm.memory.buffer, ptr, len);
    i32(wasm.modelUseIndexPtr(), n).set(inputs.useIndex);
    f64(wasm.modelFloorAreaPtr(), n).set(inputs.floorArea_m2);
    i32(wasm.modelRoofPlanePtr(), n).set(inputs.roofPlane);
    f64(wasm.modelPvKwpPtr(), n).set(inputs.pv_kWp);
    const windows = f64(wasm.modelWindowAreaPtr(), ((n + 1) >> 1) * PLANES * 2); // pair-interleaved (model/state.ts)
    for (let i = 0; i < n; i++)
      for (let p = 0; p < PLANES; p++)
        windows[((i >> 1) * PLANES + p) * 2 + (i & 1)] = inputs.windowArea_m2[i * PLANES + p];
    f64(wasm.modelWindowGPtr(), n).set(inputs.g);
    f64(wasm.modelWindowFramePtr(), n).set(inputs.frameFraction);
    f64(wasm.modelWindowShadingPtr(), n).set(inputs.shadingFactor);
    const h = inputs.hours;
    for (let u = 0; u < uses; u++) {
      f64(wasm.modelGainsProfilePtr() + 8 * u * h, h).set(inputs.profiles.gains_W_m2[u]);
      f64(wasm.modelAppliancesProfilePtr() + 8 * u * h, h).set(inputs.profiles.appliances_W_m2[u]);
      f64(wasm.modelDhwProfilePtr() + 8 * u * h, h).set(inputs.profiles.dhw_W_m2[u]);
    }
    this.check(wasm.modelPrepare(1));
  }

  /**
   * Builds the model from a city, its weather and options, in a fresh instance of the core (.wasm
   * bytes or a compiled module). Throws SimInputError naming the building, series or option at fault.
   */
  static async create(
    source: BufferSource | WebAssembly.Module,
    city: CityDataset,
    weather: ModelWeather,
    options: ModelOptions = {},
  ): Promise<EnergyModel> {
    const hours = validateWeather(weather);
    const inputs = buildModelInputs(city, hours, weather.tAir_C, options);
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new EnergyModel(instance.exports as unknown as ModelExports, inputs, weather, options);
  }

  /**
   * The whole period block-major (a block of buildings through every hour, then the network dispatch per
   * hour); results identical to stepping hour by hour. onProgress(doneBuildings, total) after each block.
   */
  runYear(onProgress?: (done: number, total: number) => void, block = DEFAULT_BLOCK): void {
    this.runBuildings(onProgress, block);
    this.check(this.wasm.modelYearFinish());
  }

  /**
   * The year of every building without the network dispatch (a part of a stock split over workers,
   * see split.ts): afterwards the grid-area rows hold Σ building import/export per hour and
   * supply.dhDemandYear_W the district heat; finish with finalizeWithNetwork.
   */
  runBuildings(onProgress?: (done: number, total: number) => void, block = DEFAULT_BLOCK): void {
    if (!Number.isInteger(block) || block < 1 || block > 4096)
      throw new SimInputError(`block ${block} must be an integer in 1…4096`);
    this.restart();
    this.check(this.wasm.modelYearStart(block));
    for (let first = 0; first < this.buildings; first += block) {
      const count = Math.min(block, this.buildings - first);
      this.check(this.wasm.modelYearBlock(first, count));
      onProgress?.(first + count, this.buildings);
    }
  }

  /**
   * After runBuildings and a dispatch elsewhere: the monthly/yearly records with that network's figures.
   * Where this model was already finalised with the same figures and has not run since (a part a lever
   * did not touch, after a re-dispatch that left its months as they were), its records stand as they are:
   * the finalisation is a function of the buildings' months and these figures only.
   */
  finalizeWithNetwork(network: {
    dhMonthCo2_g: ArrayLike<number>;
    dhMonthDelivered_Wh: ArrayLike<number>;
    evMonthShare: ArrayLike<number>;
  }): void {
    const s = this.supply;
    const co2 = s.dhMonthCo2_g;
    const delivered = s.dhMonthDelivered_Wh;
    const ev = s.evMonthShare;
    if (
      this.networkFinal &&
      sameValues(co2, network.dhMonthCo2_g) &&
      sameValues(delivered, network.dhMonthDelivered_Wh) &&
      sameValues(ev, network.evMonthShare)
    )
      return;
    co2.set(network.dhMonthCo2_g);
    delivered.set(network.dhMonthDelivered_Wh);
    ev.set(network.evMonthShare);
    s.finalize();
    this.networkFinal = true;
  }

  /** Hour-major stepping: one hour of every building and both networks; returns the next hour. */
  stepHour(): number {
    this.networkFinal = false;
    const next = this.wasm.modelStepHour();
    if (next < 0) throw new SimInputError(`hour ${this.supply.hour} is past the last of ${this.hours} hours`);
    return next;
  }

  /** Thermal mass and supply state back to the start (a fresh run). */
  restart(): void {
    this.networkFinal = false;
    this.wasm.modelReset();
  }

  /** Monthly/yearly records after hour stepping (runYear does this itself). */
  finalize(): void {
    this.networkFinal = false;
    this.supply.finalize();
  }

  /** Per building yearly quantity q (SupplyLayout.M_*) [Wh or g]. */
  yearly(i: number, q: number): number {
    return this.supply.yearly[i * L.M_STRIDE + q];
  }
  /** Per building monthly quantity q [Wh or g]. */
  monthly(i: number, month: number, q: number): number {
    return this.supply.monthly[(month * this.buildings + i) * L.M_STRIDE + q];
  }
  /** Σ of quantity q over buildings and the year [Wh or g]. */
  total(q: number): number {
    const y = this.supply.yearly;
    let s = 0;
    for (let i = 0; i < this.buildings; i++) s += y[i * L.M_STRIDE + q];
    return s;
  }
  /** Emissions of the year [g]: buildings' electricity, bio and district heat, area EV and DH plants' electricity
   *  counted once (DH electricity emissions are inside the DH series' CO2). */
  emissions_g(): { electricity: number; bio: number; districtHeat: number; total: number } {
    const electricity = this.total(L.M_CO2_EL_G);
    const bio = this.total(L.M_CO2_BIO_G);
    const districtHeat = this.total(L.M_CO2_DH_G);
    return { electricity, bio, districtHeat, total: electricity + bio + districtHeat };
  }
  /** FNV-1a over every result buffer's bytes: equal hashes ⇔ bit-identical results. */
  stateHash(): string {
    let h = 0x811c9dc5;
    const views = [
      this.supply.monthly,
      this.supply.yearly,
      this.supply.areaSeries,
      this.supply.dhSeries,
      this.supply.plantOut_W,
      this.thermal.tMass_C,
    ];
    for (const v of views) {
      const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      for (let k = 0; k < bytes.length; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, "0");
  }
  /** WASM linear memory of this instance [bytes]. */
  get memoryBytes(): number {
    return this.wasm.memory.buffer.byteLength;
  }

  private check(code: number): void {
    if (code !== 0) throw new SimInputError(ERRORS[code] ?? `model failed with code ${code}`);
  }
}
