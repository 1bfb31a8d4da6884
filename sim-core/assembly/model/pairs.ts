// A layout for the year mode's pair kernels, derived from the model buffers at every modelYearStart
// (so inputs written between runs take effect): the three use profiles interleaved per use-hour
// (gains, DHW, appliances in one 32-byte row), with each building's row address; and each pair's
// inputs to the fused thermal step in the thermal kernel's pair record, beside its coefficients
// (slots C_MODEL_FIRST…: one stream per pair instead of four, fewer pointers in registers). Values
// are copied, never recomputed, so the kernels see the same numbers as the per-building paths.
import { C_MODEL_FIRST, PAIR_BYTES, thermalCoefPtr, thermalMassTempPtr } from "../thermal/kernel";
import * as M from "./state";

// Byte offsets in a pair's record (f64x2 slots: building 2j in the low lane, 2j+1 in the high one).
export const R_MASS: usize = (<usize>C_MODEL_FIRST) << 4; // mass temperature [°C] while the pair's block runs
export const R_WINDOW: usize = R_MASS + 16; // five planes' window areas [m²], roof first
export const R_FACTOR: usize = R_WINDOW + 5 * 16; // window factor g·(1 − F_F)·F_sh
export const R_AREA: usize = R_FACTOR + 16; // floor area [m²]
export const R_ROWS: usize = R_AREA + 16; // u32 each: the two buildings' use-row addresses (hour 0)

/** Fills useRows and useRowOf from the use profiles and the buildings' use indices, then the pair records. */
export function preparePairs(): void {
  const n = M.buildingCount;
  const hours = M.hourCount;
  const rows = <usize>M.useCount * <usize>hours;
  for (let r: usize = 0; r < rows; r++) {
    const o = M.useRows + r * ((<usize>M.USE_ROW_F64) << 3);
    store<f64>(o, load<f64>(M.gains_W_m2 + (r << 3)));
    store<f64>(o, load<f64>(M.dhw_W_m2 + (r << 3)), 8);
    store<f64>(o, load<f64>(M.appliances_W_m2 + (r << 3)), 16);
  }
  for (let i = 0; i < n; i++) {
    const use = <usize>load<i32>(M.useIndex + ((<usize>i) << 2));
    store<u32>(M.useRowOf + ((<usize>i) << 2), <u32>(M.useRows + use * <usize>hours * ((<usize>M.USE_ROW_F64) << 3)));
  }
  if (M.planeCount === 5) preparePairRecords(n);
}

/** The fused step's inputs of every full pair (five planes) into its record. */
function preparePairRecords(n: i32): void {
  const records = thermalCoefPtr();
  const paired = n & ~1; // the odd last building takes the separate gains pass (run.ts)
  for (let i = 0; i < paired; i++) {
    const pair = records + <usize>(i >> 1) * PAIR_BYTES;
    const rec = pair + ((<usize>(i & 1)) << 3);
    const win = M.windowArea_m2 + ((<usize>(i >> 1) * 10 + <usize>(i & 1)) << 3);
    for (let p: usize = 0; p < 5; p++) store<f64>(rec + R_WINDOW + (p << 4), load<f64>(win + (p << 4)));
    const o = (<usize>i) << 3;
    store<f64>(rec + R_FACTOR, load<f64>(M.windowFactor + o));
    store<f64>(rec + R_AREA, load<f64>(M.floorArea_m2 + o));
    store<u32>(pair + R_ROWS + ((<usize>(i & 1)) << 2), load<u32>(M.useRowOf + ((<usize>i) << 2)));
  }
}

/** Pairs firstPair … firstPair+pairs−1: their mass temperatures from the thermal state into their records. */
export function massToRecords(firstPair: i32, pairs: i32): void {
  const mass = thermalMassTempPtr();
  const records = thermalCoefPtr();
  for (let j = firstPair; j < firstPair + pairs; j++)
    memory.copy(records + <usize>j * PAIR_BYTES + R_MASS, mass + ((<usize>j) << 4), 16);
}

/** Pairs firstPair … firstPair+pairs−1: their mass temperatures from their records back into the thermal state. */
export function massFromRecords(firstPair: i32, pairs: i32): void {
  const mass = thermalMassTempPtr();
  const records = thermalCoefPtr();
  for (let j = firstPair; j < firstPair + pairs; j++)
    memory.copy(mass + ((<usize>j) << 4), records + <usize>j * PAIR_BYTES + R_MASS, 16);
}

/** Address of hour h in building i's use row (gains at +0, DHW at +8, appliances at +16; next hour +32). */
export function useRowAt(i: i32, h: i32): usize {
  return <usize>load<u32>(M.useRowOf + ((<usize>i) << 2)) + ((<usize>h) << 5);
}
