// What a simulated energy year is read through: the per-building yearly records (dataset order) and the
// whole city's network results (grid areas, district-heat dispatch, plants). One EnergyModel gives it
// zero-copy (viewOfModel); a stock run in district parts (districtParts.ts) assembles it from its parts and
// its network instance. yearMetrics, finishYear and the client's result read only this.
import type { EnergyModel } from "../../host/model/EnergyModel.ts";
import type { DhPlant } from "../../host/supply/defaults.ts";

export interface EnergyYearView {
  buildings: number;
  hours: number;
  /** Per-building yearly records, SupplyLayout.M_STRIDE per building, dataset order [Wh, g]. */
  yearly: Float64Array;
  /** Heated floor per building, dataset order [m²]. */
  floorArea_m2: ArrayLike<number>;
  areas: number;
  /** Grid-area records per hour (SupplyLayout.A_*), after the dispatch. */
  areaSeries: Float64Array;
  /** District-heat records per hour (SupplyLayout.D_*). */
  dhSeries: Float64Array;
  /** Heat per plant and hour [W]. */
  plantOut_W: Float64Array;
  plants: readonly DhPlant[];
  /** Grid-area capacities in force (scenario overrides included) [W]. */
  areaCapacity_W: Float64Array;
}

/** One model's results as a view (the capacities are copied: scenario overrides may have raised them). */
export function viewOfModel(model: EnergyModel): EnergyYearView {
  const s = model.supply;
  const wasm = (model as unknown as { wasm: Record<string, unknown> & { memory: WebAssembly.Memory } }).wasm;
  const ptr = (wasm.supplyAreaCapacityPtr as () => number)();
  return {
    buildings: model.buildings,
    hours: model.hours,
    yearly: s.yearly,
    floorArea_m2: model.inputs.floorArea_m2,
    areas: s.areas,
    areaSeries: s.areaSeries,
    dhSeries: s.dhSeries,
    plantOut_W: s.plantOut_W,
    plants: model.inputs.supply.plants ?? [],
    areaCapacity_W: new Float64Array(wasm.memory.buffer, ptr, s.areas).slice(),
  };
}

/** Σ of yearly quantity q over the buildings, in building order (as EnergyModel.total) [Wh or g]. */
export function totalOf(view: EnergyYearView, q: number, stride: number): number {
  const y = view.yearly;
  let s = 0;
  for (let i = 0; i < view.buildings; i++) s += y[i * stride + q];
  return s;
}
