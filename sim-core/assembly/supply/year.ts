// Year mode: buildings through runs of hours. The per-hour tables (type table, cooling, emission
// factor, EV shares, month) are computed once for the year; then each building runs supply's one
// kernel (supplyRun, as supplyStep does for one hour) over a run of hours within a month, adding to
// the same monthly records, grid-area rows and district-heat sums. Every (area, hour) and DH sum
// receives the buildings in building order and every monthly sum its hours in order, so the results
// are bit-identical to stepping hour by hour. Per-building hourly flows (detail) are not written here.
import { allocF64 } from "../buffers";
import { HS_EV_PAIRS, HS_STRIDE, setRunHours, setRunInputs, supplyRun } from "./buildings";
import { dispatchDistrictHeat } from "./district";
import { finishAreas } from "./grid";
import { coolingElectricPerW, fillTypeTable } from "./hourly";
import { monthOfHour } from "./calendar";
import {
  A_STRIDE,
  D_CO2_G,
  D_STRIDE,
  EV_UNCONTROLLED,
  GP_COUNT,
  GP_DH_GRID_AREA,
  GP_EF_BIO_G_KWH,
  SP_STRIDE,
  SYS_COUNT,
} from "./layout";
import * as S from "./state";

function f(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}

const HOUR_TABLE_BYTES: usize = (<usize>(SYS_COUNT * S.T_STRIDE)) << 3;

/** Allocates (once) and fills the per-hour tables; the next block must be building 0. */
export function prepareYear(): void {
  S.allocateYearTables();
  S.setDetail(false); // the year mode writes no per-building hourly flows
  if (!tableInputsChanged()) {
    S.setNextBuilding(0);
    return;
  }
  const hours = S.hourCount;
  for (let h = 0; h < hours; h++) {
    const tOut_C = f(S.outdoor_C, h);
    const table = S.hourTypeTable + <usize>h * HOUR_TABLE_BYTES;
    fillTypeTable(table, S.systemParams, S.globalParams, tOut_C);
    for (let sys = 0; sys < SYS_COUNT; sys++) {
      const t = table + ((<usize>(sys * S.T_STRIDE)) << 3);
      const row = S.systemHours + ((<usize>sys * <usize>hours + <usize>h) << 5);
      // T_ON as a lane mask (all bits set where the primary unit runs): pairRun's heat pass ANDs the capacity
      store<u64>(row, load<f64>(t, S.T_ON << 3) > 0 ? u64.MAX_VALUE : 0);
      store<f64>(row, load<f64>(t, S.T_E_SPACE << 3), 8);
      store<f64>(row, load<f64>(t, S.T_E_DHW << 3), 16);
      // the hour's grid factor [g/Wh] (as HS_EF_EL): pairRun's linear heat pass reads it beside the system's values
      store<f64>(row, f(S.gridEf_g_kWh, h) / 1000, 24);
    }
    const row = S.hourScalars + ((<usize>(h * HS_STRIDE)) << 3);
    const hourOfDay = h % 24;
    store<f64>(row, coolingElectricPerW(S.globalParams, tOut_C));
    store<f64>(row, f(S.gridEf_g_kWh, h) / 1000, 8);
    const evU = f(S.evProfile, hourOfDay);
    const evS = f(S.evProfile, 24 + hourOfDay);
    store<f64>(row, evU, 16);
    store<f64>(row, evS, 24);
    for (let m = 0; m < 4; m++) {
      const lanes = row + ((<usize>(HS_EV_PAIRS + 2 * m)) << 3);
      store<f64>(lanes, m >> 1 === EV_UNCONTROLLED ? evU : evS);
      store<f64>(lanes, (m & 1) === EV_UNCONTROLLED ? evU : evS, 8);
    }
    store<i32>(S.hourMonth + ((<usize>h) << 2), monthOfHour(h));
  }
  S.setNextBuilding(0);
}

// The tables are a function of these inputs only (the weather's outdoor temperatures, the grid's emission
// factors, the system types', global and EV parameters): a run with the same inputs — a district re-run after
// a lever on its buildings, the network instance's re-dispatch — keeps the tables of the last fill (~0.9 ms a
// run) instead of recomputing the same bits. Any input may be written between runs (zero-copy views), so
// the check compares every input's bits with a copy taken at the last fill.
let lastInputs: usize = 0; // f64[SYS_COUNT·SP_STRIDE + GP_COUNT + 48 + 2·hours]: the inputs of the last fill
let lastTables: usize = 0; // the tables filled from them (a new supply state allocates new tables)

/** True (and the copy updated) unless every input of the tables has the bits of the last fill. */
function tableInputsChanged(): bool {
  const hours = S.hourCount;
  const nSystem = SYS_COUNT * SP_STRIDE;
  const fresh = lastTables !== S.hourTypeTable;
  if (fresh) {
    lastInputs = allocF64(nSystem + GP_COUNT + 48 + 2 * hours);
    lastTables = S.hourTypeTable;
  }
  let at = lastInputs;
  let changed = syncBits(at, S.systemParams, nSystem);
  at += (<usize>nSystem) << 3;
  changed = syncBits(at, S.globalParams, GP_COUNT) || changed;
  at += (<usize>GP_COUNT) << 3;
  changed = syncBits(at, S.evProfile, 48) || changed;
  at += 48 << 3;
  changed = syncBits(at, S.outdoor_C, hours) || changed;
  at += (<usize>hours) << 3;
  changed = syncBits(at, S.gridEf_g_kWh, hours) || changed;
  return changed || fresh;
}

/** Copies n f64 from src to copy; true where any differed in its bits. */
function syncBits(copy: usize, src: usize, n: i32): bool {
  let differ = false;
  for (let k: usize = 0; k < (<usize>n) << 3; k += 8) {
    const v = load<u64>(src + k);
    if (v !== load<u64>(copy + k)) {
      store<u64>(copy + k, v);
      differ = true;
    }
  }
  return differ;
}

/** Month of hour h (from the year tables). */
export function yearMonth(h: i32): i32 {
  return load<i32>(S.hourMonth + ((<usize>h) << 2));
}

/** End (exclusive) of the run from h0: at most maxLen hours, all in h0's month. */
export function runEnd(h0: i32, maxLen: i32): i32 {
  const month = yearMonth(h0);
  const last = min<i32>(S.hourCount, h0 + maxLen);
  let h = h0 + 1;
  while (h < last && yearMonth(h) === month) h++;
  return h;
}

/** Points supply's kernel at hours h0 … of the year tables. */
export function setYearRun(h0: i32): void {
  S.setYearRunHour(h0);
  const rowBytes = (<usize>(S.areaCount * A_STRIDE)) << 3;
  setRunHours(
    S.hourTypeTable + <usize>h0 * HOUR_TABLE_BYTES,
    HOUR_TABLE_BYTES,
    S.hourScalars + ((<usize>(h0 * HS_STRIDE)) << 3),
    S.areaSeries + <usize>h0 * rowBytes,
    rowBytes,
    S.dhDemandYear + ((<usize>h0) << 3),
    f(S.globalParams, GP_EF_BIO_G_KWH) / 1000,
  );
}

/** Supply-only year mode: buildings first … first+count−1, inputs in yearIn rows 0 … count−1. */
export function runBlock(first: i32, count: i32): void {
  const hours = S.hourCount;
  const q = (<usize>S.yearInStride) << 3;
  const rowBytes = (<usize>hours) << 3;
  for (let h0 = 0; h0 < hours; ) {
    const h1 = runEnd(h0, hours);
    setYearRun(h0);
    const base = S.yearIn + ((<usize>h0) << 3);
    setRunInputs(first, base, base + q, 8, rowBytes);
    const month = yearMonth(h0);
    for (let i = first; i < first + count; i++) {
      const b = base + <usize>(i - first) * rowBytes;
      supplyRun(i, h1 - h0, month, b + 2 * q, 1.0, b + 3 * q, 1.0, b + 4 * q, 1.0);
    }
    h0 = h1;
  }
}

/** After every building: district-heat dispatch and grid-area totals for each hour. */
export function finishYear(): void {
  const hours = S.hourCount;
  const dhArea = <i32>f(S.globalParams, GP_DH_GRID_AREA);
  for (let h = 0; h < hours; h++) {
    const sc = S.hourScalars + ((<usize>(h * HS_STRIDE)) << 3);
    const efEl = load<f64>(sc, 8);
    const evU = load<f64>(sc, 16);
    const evS = load<f64>(sc, 24);
    const demand = f(S.dhDemandYear, h);
    const dhElectric = dispatchDistrictHeat(h, demand, efEl);
    const areaRow = S.areaSeries + ((<usize>h * <usize>S.areaCount * <usize>A_STRIDE) << 3);
    finishAreas(areaRow, dhArea, dhElectric, efEl, evU, evS);
    const month = yearMonth(h);
    const mo = (<usize>month) << 3;
    store<f64>(S.dhMonthCo2_g + mo, load<f64>(S.dhMonthCo2_g + mo) + f(S.dhSeries, h * D_STRIDE + D_CO2_G));
    store<f64>(S.dhMonthDelivered_Wh + mo, load<f64>(S.dhMonthDelivered_Wh + mo) + demand);
    const ev = S.evMonthShare + ((<usize>(month * 2)) << 3);
    store<f64>(ev, load<f64>(ev) + evU);
    store<f64>(ev, load<f64>(ev, 8) + evS, 8);
  }
}
