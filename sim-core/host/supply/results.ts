// Readers over the result buffers of a SupplyModel (WASM or reference): one field of a record.
import * as L from "./layout.ts";
import type { SupplyModel } from "./model.ts";

/** Flow `field` (OUT_*) of building i in the last step [W]. */
export function buildingFlow(m: SupplyModel, i: number, field: number): number {
  return m.buildingOut[i * L.OUT_STRIDE + field];
}
/** Quantity `q` (M_*) of building i in month 0-11 [Wh or g]. */
export function buildingMonthly(m: SupplyModel, i: number, month: number, q: number): number {
  return m.monthly[(month * m.buildings + i) * L.M_STRIDE + q];
}
/** Yearly quantity `q` (M_*) of building i [Wh or g]; valid after finalize(). */
export function buildingYearly(m: SupplyModel, i: number, q: number): number {
  return m.yearly[i * L.M_STRIDE + q];
}
/** Field `k` (A_*) of grid area a in hour h [W or g]. */
export function areaHourly(m: SupplyModel, h: number, a: number, k: number): number {
  return m.areaSeries[(h * m.areas + a) * L.A_STRIDE + k];
}
/** Field `k` (D_*) of the district-heat network in hour h [W or g]. */
export function districtHourly(m: SupplyModel, h: number, k: number): number {
  return m.dhSeries[h * L.D_STRIDE + k];
}
/** Heat output of plant p in hour h [W]. */
export function plantHourly(m: SupplyModel, h: number, p: number): number {
  return m.plantOut_W[h * m.plants + p];
}
