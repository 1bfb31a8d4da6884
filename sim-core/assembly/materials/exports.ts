// Public WASM exports of the materials module: init, prepare, step and buffer accessors.
// Clock: the waste network steps daily, the incineration bunker hourly within each day (its heat
// and power fill an 8760-hour series per year), the building stock once per year (on day 365).
import { BUF_B_YEAR, BUF_FLOW_TOTAL, BUF_PLANT_OUT, DAYS_PER_YEAR } from "./layout";
import { clearBuildingBalance, initBuildingStock, stepBuildingYear } from "./buildingStock";
import { computeDailyGeneration } from "./generation";
import { advanceDay, allocate, bufferLength, clearCounted, day, daysCounted } from "./state";
import { ptr } from "./state";
import { stepWasteDay } from "./wasteFlows";

export const MATERIALS_MODULE_VERSION: i32 = 1;

/** Error codes of materialsInit (0 = ok). */
export const MATERIALS_ERR_DIMENSIONS: i32 = 1;

/** Allocates the zero-filled buffers for the given counts; clock to day 0. Returns 0 or an error code. */
export function materialsInit(dwellings: i32, uses: i32, buildings: i32, archetypes: i32): i32 {
  if (dwellings < 0 || uses < 0 || buildings < 0 || archetypes < 1) return MATERIALS_ERR_DIMENSIONS;
  if (dwellings > 1000 || uses > 1000 || buildings > 5_000_000 || archetypes > 1000) return MATERIALS_ERR_DIMENSIONS;
  allocate(dwellings, uses, buildings, archetypes);
  return 0;
}

/** After the host has filled the inputs: daily generation and each building's material stock. */
export function materialsPrepare(): void {
  computeDailyGeneration();
  initBuildingStock();
}

/** Recomputes the daily generation after the host changed generation inputs (at a step boundary). */
export function materialsUpdateGeneration(): void {
  computeDailyGeneration();
}

/** Simulates one day; returns the number of days simulated since init. */
export function materialsStepDay(): i32 {
  const dayOfYear = day % DAYS_PER_YEAR;
  stepWasteDay(dayOfYear);
  clearBuildingBalance();
  if (dayOfYear === DAYS_PER_YEAR - 1) stepBuildingYear();
  advanceDay();
  return day;
}

/** Simulates `days` days; returns the number of days simulated since init. */
export function materialsStepDays(days: i32): i32 {
  for (let i = 0; i < days; i++) materialsStepDay();
  return day;
}

/** Days simulated since init. */
export function materialsDay(): i32 {
  return day;
}

/** Days in the accumulated totals (since init or the last materialsClearTotals). */
export function materialsDaysCounted(): i32 {
  return daysCounted;
}

/** Zeroes the accumulated totals (flows, plant output, building-stock year) and keeps every stock:
 *  call at a year boundary to count each scenario year on its own. */
export function materialsClearTotals(): void {
  memory.fill(ptr(BUF_FLOW_TOTAL), 0, (<usize>bufferLength(BUF_FLOW_TOTAL)) << 3);
  memory.fill(ptr(BUF_PLANT_OUT), 0, (<usize>bufferLength(BUF_PLANT_OUT)) << 3);
  memory.fill(ptr(BUF_B_YEAR), 0, (<usize>bufferLength(BUF_B_YEAR)) << 3);
  clearCounted();
}

/** Byte pointer of buffer `id` (see layout.ts BUF_*); 0 for an unknown id. */
export function materialsBufferPtr(id: i32): usize {
  return ptr(id);
}

/** Number of f64 in buffer `id` for the current dimensions. */
export function materialsBufferLength(id: i32): i32 {
  return bufferLength(id);
}
