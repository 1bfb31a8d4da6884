// Typed host over the materials exports of tvilling.wasm. It runs in its own instance of the module
// (its own memory), so no other module's heap.reset can touch its buffers.
import { coreImports } from "../exports.ts";
import { SimInputError } from "../errors.ts";
import { computeIndicators, type MaterialsIndicators } from "./indicators.ts";
import { BUF, type BufferName, bufferLength, DAYS_PER_YEAR, type Dimensions, type MaterialsBuffers } from "./layout.ts";
import { assertSameDimensions, dimensionsOf, type MaterialsParams, validateParams, writeInputs } from "./params.ts";

/** The raw materials exports (see sim-core/assembly/materials/exports.ts). */
export interface MaterialsExports {
  memory: WebAssembly.Memory;
  materialsInit(dwellings: number, uses: number, buildings: number, archetypes: number): number;
  materialsPrepare(): void;
  materialsUpdateGeneration(): void;
  materialsStepDay(): number;
  materialsStepDays(days: number): number;
  materialsDay(): number;
  materialsDaysCounted(): number;
  materialsClearTotals(): void;
  materialsBufferPtr(id: number): number;
  materialsBufferLength(id: number): number;
}

const INIT_ERRORS: Record<number, string> = {
  1: "dimensions out of range (dwelling types and use types ≤ 1000, buildings ≤ 5,000,000, 1-1000 archetypes)",
};

export class MaterialsCore implements MaterialsBuffers {
  private params: MaterialsParams | null = null;
  private dimensions: Dimensions = { dwellings: 0, uses: 0, buildings: 0, archetypes: 0 };

  private constructor(private readonly wasm: MaterialsExports) {}

  /** Instantiates a private copy of the core from the .wasm bytes or a compiled module. */
  static async load(source: BufferSource | WebAssembly.Module): Promise<MaterialsCore> {
    const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
    const instance = await WebAssembly.instantiate(module, coreImports());
    return new MaterialsCore(instance.exports as unknown as MaterialsExports);
  }

  /** Validates the parameters, allocates the buffers, writes the inputs; clock to day 0. */
  setup(params: MaterialsParams): void {
    validateParams(params);
    const dims = dimensionsOf(params);
    const code = this.wasm.materialsInit(dims.dwellings, dims.uses, dims.buildings, dims.archetypes);
    if (code !== 0) throw new SimInputError(INIT_ERRORS[code] ?? `materialsInit failed with code ${code}`);
    this.dimensions = dims;
    this.params = params;
    writeInputs(this, params);
    this.wasm.materialsPrepare();
  }

  /** Applies changed inputs (rates, coefficients, plant, construction) at the next step boundary;
   *  stocks, ages and surviving areas stay. The dimensions must not change. */
  applyInputs(params: MaterialsParams): void {
    validateParams(params);
    assertSameDimensions(this.dimensions, dimensionsOf(params));
    this.params = params;
    writeInputs(this, params, false);
    this.wasm.materialsUpdateGeneration();
  }

  get dims(): Dimensions {
    return this.dimensions;
  }
  get day(): number {
    return this.wasm.materialsDay();
  }

  /** Days in the accumulated totals (since setup or the last clearTotals). */
  get daysCounted(): number {
    return this.wasm.materialsDaysCounted();
  }
  /** Zeroes the accumulated totals but keeps every stock (bunker, landfill, buildings): per-year indicators. */
  clearTotals(): void {
    this.wasm.materialsClearTotals();
  }

  /** Simulates `days` days; returns the days simulated since setup. */
  step(days = 1): number {
    if (!this.params) throw new SimInputError("materials model not set up: call setup(params) first");
    return this.wasm.materialsStepDays(days);
  }

  /** Simulates one year (365 days) and returns the indicators counted since setup or the last clearTotals. */
  runYear(): MaterialsIndicators {
    this.step(DAYS_PER_YEAR);
    return this.indicators();
  }

  indicators(): MaterialsIndicators {
    if (!this.params) throw new SimInputError("materials model not set up: call setup(params) first");
    return computeIndicators(this, this.params, this.daysCounted);
  }

  /** Recovered heat per hour of the simulated year [W]: the district-heat dispatch's wasteHeatAvailable_W.
   *  Hour h of the year is written on day ⌊h/24⌋ of that year; read it after a whole year (runYear). */
  wasteHeatAvailable_W(): Float64Array {
    return this.buf("heatW").slice();
  }
  /** Electricity of the CHP per hour of the simulated year [W]. */
  wasteElectricity_W(): Float64Array {
    return this.buf("elecW").slice();
  }

  /** Zero-copy view of a buffer (rebuilt per access, so valid after memory growth). */
  buf(name: BufferName): Float64Array {
    const id = BUF[name];
    const length = bufferLength(name, this.dimensions);
    return new Float64Array(this.wasm.memory.buffer, this.wasm.materialsBufferPtr(id), length);
  }
}
