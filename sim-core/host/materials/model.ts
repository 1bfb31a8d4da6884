// The plain-TS reference model behind the same API as MaterialsCore.
import { computeIndicators, type MaterialsIndicators } from "./indicators.ts";
import { type BufferName, DAYS_PER_YEAR, type Dimensions, type MaterialsBuffers } from "./layout.ts";
import { assertSameDimensions, dimensionsOf, type MaterialsParams, validateParams, writeInputs } from "./params.ts";
import { ReferenceModel } from "./reference.ts";

export class MaterialsReference implements MaterialsBuffers {
  private readonly model: ReferenceModel;
  constructor(private params: MaterialsParams) {
    validateParams(params);
    this.model = new ReferenceModel(dimensionsOf(params));
    writeInputs(this.model.buffers, params);
    this.model.prepare();
  }
  applyInputs(params: MaterialsParams): void {
    validateParams(params);
    assertSameDimensions(this.dims, dimensionsOf(params));
    this.params = params;
    writeInputs(this.model.buffers, params, false);
    this.model.updateGeneration();
  }
  get dims(): Dimensions {
    return this.model.buffers.dims;
  }
  get day(): number {
    return this.model.day;
  }
  get daysCounted(): number {
    return this.model.daysCounted;
  }
  clearTotals(): void {
    this.model.clearTotals();
  }
  step(days = 1): number {
    return this.model.stepDays(days);
  }
  runYear(): MaterialsIndicators {
    this.step(DAYS_PER_YEAR);
    return this.indicators();
  }
  indicators(): MaterialsIndicators {
    return computeIndicators(this, this.params, this.model.daysCounted);
  }
  wasteHeatAvailable_W(): Float64Array {
    return this.buf("heatW").slice();
  }
  wasteElectricity_W(): Float64Array {
    return this.buf("elecW").slice();
  }
  buf(name: BufferName): Float64Array {
    return this.model.buffers.buf(name);
  }
}
