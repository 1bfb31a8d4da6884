// Typed host over the supply exports of tvilling.wasm (SimCore's pattern): buffers live in WASM memory
// and are read through zero-copy views, rebuilt on every access so they survive memory growth.
import { SimInputError } from "../errors.ts";
import { coreImports } from "../exports.ts";
import { type PackedSupply, type SupplyConfig, packSupply } from "./config.ts";
import * as L from "./layout.ts";
import { type DemandInputs, checkDemandInputs } from "./inputs.ts";
import type { SupplyModel } from "./model.ts";

/** The raw supply exports (see sim-core/assembly/supply/exports.ts for each contract). */
export interface SupplyExports {
  memory: WebAssembly.Memory;
  supplyInit(buildings: number, areas: number, plants: number, hours: number): number;
  supplyStep(): number;
  supplyFinalize(): void;
  supplyReset(): void;
  supplyCurrentHour(): number;
  supplyStride(which: number): number;
  supplyYearInit(block: number): number;
  supplyYearBlock(first: number, count: number): number;
  supplyYearFinish(): number;
  supplyYearInputStride(): number;
  [ptr: `supply${string}Ptr`]: () => number;
}

const INIT_ERRORS: Record<number, string> = {
  1: "building count must be between 0 and 1,000,000",
  2: "grid-area count must be between 1 and 10,000",
  3: "district-heat plant count must be between 0 and 64",
  4: "hour count must be between 1 and 100,000",
  5: "the supply buffers would exceed 3 GB of WASM memory",
  6: "year mode: run from hour 0 (call reset() first) with blocks in building order",
};

/** One block's hourly inputs in year mode: f64[count · hours] each, index b·hours + h [W]. */
export interface YearInputs {
  spaceHeat_W: Float64Array;
  spaceCool_W: Float64Array;
  dhw_W: Float64Array;
  appliances_W: Float64Array;
  pv_W: Float64Array;
}

export class SupplyCore implements SupplyModel {
  readonly buildings: number;
  readonly areas: number;
  readonly plants: number;
  readonly hours: number;

  private constructor(
    private readonly wasm: SupplyExports,
    packed: PackedSupply,
  ) {
    this.buildings = packed.buildings;
    this.areas = packed.areas;
    this.plants = packed.plants;
    this.hours = packed.hours;
    const code = wasm.supplyInit(packed.buildings, packed.areas, packed.plants, packed.hours);
    if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `supplyInit failed with code ${code}`);
    const f = (name: string, n: number) => new Float64Array(wasm.memory.buffer, this.ptr(name), n);
    const i = (name: string, n: number) => new Int32Array(wasm.memory.buffer, this.ptr(name), n);
    const { buildings: nb, areas: na, hours: nh } = packed;
    f("SystemParams", L.SYS_COUNT * L.SP_STRIDE).set(packed.systemParams);
    f("GlobalParams", L.GP_COUNT).set(packed.globalParams);
    f("EvProfile", 48).set(packed.evProfile);
    i("System", nb).set(packed.system);
    i("GridArea", nb).set(packed.gridArea);
    f("PrimaryCapacity", nb).set(packed.primaryCapacity_W);
    f("EvDaily", nb).set(packed.evDaily_Wh);
    i("EvMode", nb).set(packed.evMode);
    f("BatCapacity", nb).set(packed.batCapacity_Wh);
    f("BatPower", nb).set(packed.batPower_W);
    f("BatEtaCharge", nb).set(packed.batEtaCharge);
    f("BatEtaDischarge", nb).set(packed.batEtaDischarge);
    i("BatMode", nb).set(packed.batMode);
    f("BatThreshold", nb).set(packed.batThreshold_W);
    f("AreaCapacity", na).set(packed.areaCapacity_W);
    f("AreaEvDaily", na).set(packed.areaEvDaily_Wh);
    i("AreaEvMode", na).set(packed.areaEvMode);
    f("Plants", packed.plants * L.P_STRIDE).set(packed.plantParams);
    f("Outdoor", nh).set(packed.outdoor_C);
    f("GridEf", nh).set(packed.gridEf_g_kWh);
    f("WasteHeatAvailable", nh).set(packed.wasteHeatAvailable_W);
  }

  /** Instantiates the core from .wasm bytes or a module and sets up the supply model. */
  static async load(source: BufferSource | WebAssembly.Module, config: SupplyConfig): Promise<SupplyCore> {
    const packed = packSupply(config);
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new SupplyCore(instance.exports as unknown as SupplyExports, packed);
  }

  /** Sets up the supply model in an existing instance (the model orchestrator shares one instance). */
  static attach(wasm: SupplyExports, config: SupplyConfig): SupplyCore {
    return new SupplyCore(wasm, packSupply(config));
  }

  /** Checks the host's mirror of the record layouts against the compiled core. */
  layoutMatches(): boolean {
    const expected = [L.OUT_STRIDE, L.M_STRIDE, L.A_STRIDE, L.D_STRIDE, L.P_STRIDE, L.SP_STRIDE, L.GP_COUNT];
    return expected.every((v, k) => this.wasm.supplyStride(k) === v);
  }

  /**
   * Year mode: runs the whole period building-major, `block` buildings at a time. `fill` writes the
   * hourly inputs of buildings first … first+count−1 (index b·hours + h); results are bit-identical to
   * calling step() for every hour. Per-building hourly flows (buildingOut) are not written. `validate`
   * checks every input value (finite, signs) with building and hour in the message; pass false where the
   * inputs come from the trusted in-WASM kernels and speed matters.
   */
  runYear(fill: (first: number, count: number, inputs: YearInputs) => void, block = 64, validate = true): void {
    const check = (code: number) => {
      if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `supply year mode failed with code ${code}`);
    };
    if (!Number.isInteger(block) || block < 1 || block > 4096)
      throw new SimInputError(`block ${block} must be an integer in 1…4096`);
    check(this.wasm.supplyYearInit(block));
    const stride = this.wasm.supplyYearInputStride();
    for (let first = 0; first < this.buildings; first += block) {
      const count = Math.min(block, this.buildings - first);
      const base = this.ptr("YearInput");
      const view = (q: number) => new Float64Array(this.wasm.memory.buffer, base + q * stride * 8, count * this.hours);
      const inputs = {
        spaceHeat_W: view(0),
        spaceCool_W: view(1),
        dhw_W: view(2),
        appliances_W: view(3),
        pv_W: view(4),
      };
      fill(first, count, inputs);
      if (validate)
        checkDemandInputs(
          inputs,
          count * this.hours,
          (k) => `building ${first + Math.floor(k / this.hours)}, hour ${k % this.hours}`,
        );
      check(this.wasm.supplyYearBlock(first, count));
    }
    check(this.wasm.supplyYearFinish());
  }

  /** Validates and writes the demand of the current hour (one value per building), then steps. */
  stepWith(inputs: DemandInputs): number {
    const hour = this.hour;
    checkDemandInputs(inputs, this.buildings, (i) => `building ${i}, hour ${hour}`);
    this.spaceHeat_W.set(Array.from({ length: this.buildings }, (_, i) => inputs.spaceHeat_W[i]));
    this.spaceCool_W.set(Array.from({ length: this.buildings }, (_, i) => inputs.spaceCool_W[i]));
    this.dhw_W.set(Array.from({ length: this.buildings }, (_, i) => inputs.dhw_W[i]));
    this.appliances_W.set(Array.from({ length: this.buildings }, (_, i) => inputs.appliances_W[i]));
    this.pv_W.set(Array.from({ length: this.buildings }, (_, i) => inputs.pv_W[i]));
    return this.step();
  }

  get hour(): number {
    return this.wasm.supplyCurrentHour();
  }
  step(): number {
    const next = this.wasm.supplyStep();
    if (next < 0) throw new SimInputError(`supply: hour ${this.hour} is past the last of ${this.hours} hours`);
    return next;
  }
  finalize(): void {
    this.wasm.supplyFinalize();
  }
  reset(): void {
    this.wasm.supplyReset();
  }

  get spaceHeat_W(): Float64Array {
    return this.f64("SpaceHeat", this.buildings);
  }
  get spaceCool_W(): Float64Array {
    return this.f64("SpaceCool", this.buildings);
  }
  get dhw_W(): Float64Array {
    return this.f64("Dhw", this.buildings);
  }
  get appliances_W(): Float64Array {
    return this.f64("Appliances", this.buildings);
  }
  get pv_W(): Float64Array {
    return this.f64("Pv", this.buildings);
  }
  get soc_Wh(): Float64Array {
    return this.f64("Soc", this.buildings);
  }
  /** Writable: the materials model (or the host) sets the waste plant's hourly heat [W]. */
  get wasteHeatAvailable_W(): Float64Array {
    return this.f64("WasteHeatAvailable", this.hours);
  }
  /** Writable: hourly grid emission factor [g/kWh]. */
  get gridEf_g_kWh(): Float64Array {
    return this.f64("GridEf", this.hours);
  }
  get buildingOut(): Float64Array {
    return this.f64("BuildingOut", this.buildings * L.OUT_STRIDE);
  }
  /** f32 (completed months; see assembly/supply/months.ts): 7 significant digits, half the memory. */
  get monthly(): Float32Array {
    return new Float32Array(this.wasm.memory.buffer, this.ptr("Monthly"), 12 * this.buildings * L.M_STRIDE);
  }
  get yearly(): Float64Array {
    return this.f64("Yearly", this.buildings * L.M_STRIDE);
  }
  get areaSeries(): Float64Array {
    return this.f64("AreaSeries", this.hours * this.areas * L.A_STRIDE);
  }
  get areaPeakImport_W(): Float64Array {
    return this.f64("AreaPeakImport", this.areas);
  }
  get areaPeakExport_W(): Float64Array {
    return this.f64("AreaPeakExport", this.areas);
  }
  get areaHoursOver(): Float64Array {
    return this.f64("AreaHoursOver", this.areas);
  }
  get dhSeries(): Float64Array {
    return this.f64("DhSeries", this.hours * L.D_STRIDE);
  }
  get plantOut_W(): Float64Array {
    return this.f64("PlantOut", this.hours * this.plants);
  }
  /** Year mode split over instances (model/split.ts): Σ district heat delivered per hour, before the dispatch. */
  get dhDemandYear_W(): Float64Array {
    return this.f64("DhDemandYear", this.hours);
  }
  /** After the dispatch: district-heat emissions [g] and delivered heat [Wh] per month, EV shares per month. */
  get dhMonthCo2_g(): Float64Array {
    return this.f64("DhMonthCo2", 12);
  }
  get dhMonthDelivered_Wh(): Float64Array {
    return this.f64("DhMonthDelivered", 12);
  }
  get evMonthShare(): Float64Array {
    return this.f64("EvMonthShare", 24);
  }
  /** Year mode without buildings (a network instance): prepares the hourly tables, then finishYear() dispatches. */
  startNetworkYear(): void {
    const code = this.wasm.supplyYearInit(1);
    if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `supply year mode failed with code ${code}`);
  }
  /** Year mode: dispatches district heat and totals the grid areas for every hour. */
  finishYear(): void {
    const code = this.wasm.supplyYearFinish();
    if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `supply year mode failed with code ${code}`);
  }

  private ptr(name: string): number {
    const fn = this.wasm[`supply${name}Ptr`];
    if (typeof fn !== "function") throw new Error(`tvilling.wasm lacks supply${name}Ptr: rebuild the core`);
    return fn();
  }
  private f64(name: string, length: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, this.ptr(name), length);
  }
}
