// A layout for the year mode's pair kernels, derived from the model buffers at every modelYearStart
// (so profiles written between runs take effect): the three use profiles interleaved per use-hour
// (gains, DHW, appliances in one 32-byte row), with each building's row address. Values are copied,
// never recomputed, so the kernels see the same numbers as the per-building paths. (Window areas are
// stored pair-interleaved in the first place, state.ts.)
import * as M from "./state";

/** Fills useRows and useRowOf from the use profiles and the buildings' use indices. */
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
}

/** Address of hour h in building i's use row (gains at +0, DHW at +8, appliances at +16; next hour +32). */
export function useRowAt(i: i32, h: i32): usize {
  return <usize>load<u32>(M.useRowOf + ((<usize>i) << 2)) + ((<usize>h) << 5);
}
