// Runs the coupled model. Two orders, identical results:
// - hour-major (modelStepHour): every building for one hour, then the supply step with the grid
//   areas and district-heat dispatch of that hour (interactive clock; per-building hourly flows);
// - block-major (modelYearBlock): a block of buildings through every hour, a day at a time (gains →
//   thermal step → the block's supply inputs for the day, then supply's kernel per building over the
//   day); after the last block the per-hour network dispatch. A building's hour depends only on its own previous hour and on the
//   weather, never on other buildings; both orders run supply's one kernel, and the networks only sum
//   buildings (in building order in both orders), so every number is the same, bit for bit, while
//   the block's state stays in cache.
import * as S from "../supply/state";
import { supplyFinalize, supplyStep, supplyYearFinish } from "../supply/exports";
import { setRunInputs, supplyRun } from "../supply/buildings";
import { supplyRunPair, supplyRunPairable } from "../supply/pairRun";
import { prepareYear, runEnd, setYearRun, yearMonth } from "../supply/year";
import { thermalCoolingPtr, thermalHeatingPtr, thermalMassTempPtr, thermalStepRange } from "../thermal/kernel";
import * as Solar from "../solar/kernel";
import { appliancesAt, dhwAt, fillGains, fillGains5, pvAt } from "./hour";
import * as M from "./state";

/** Thermal mass back to its start temperatures (the supply module resets itself with supplyReset). */
export function resetThermal(): void {
  memory.copy(thermalMassTempPtr(), M.tMassStart_C, (<usize>M.buildingCount) << 3);
}

/** One hour of every building and the networks; returns the next hour or −1 past the end. */
export function stepHour(): i32 {
  const h = S.hour;
  if (h >= S.hourCount) return -1;
  const n = M.buildingCount;
  fillGains(0, n, h);
  thermalStepRange(0, n, load<f64>(S.outdoor_C + ((<usize>h) << 3)));
  const bytes = (<usize>n) << 3;
  memory.copy(S.spaceHeat_W, thermalHeatingPtr(), bytes);
  memory.copy(S.spaceCool_W, thermalCoolingPtr(), bytes);
  for (let i = 0; i < n; i++) {
    const o = (<usize>i) << 3;
    store<f64>(S.dhw_W + o, dhwAt(i, h));
    store<f64>(S.appliances_W + o, appliancesAt(i, h));
    store<f64>(S.pv_W + o, pvAt(i, h));
  }
  return supplyStep();
}

/** Hours a block runs through the gains and the thermal kernel before supply runs over them. */
const RUN_HOURS: i32 = 24;

/** Year mode: blocks of up to `block` buildings; prepares supply's per-hour tables; 0 or an error code. */
export function yearStart(block: i32): i32 {
  if (block < 1 || block > 4096) return 1;
  if (S.hour !== 0) return 6;
  prepareYear();
  M.allocateRun(block, RUN_HOURS);
  return 0;
}

/**
 * Year mode: buildings first … first+n−1 through every hour, RUN_HOURS at a time (within a month):
 * hour by hour, gains → the thermal kernel (both across the block) → the block's space heat and
 * cooling into the run buffers; then supply's kernel for each building over the run, with DHW,
 * appliances and PV as its use profiles × floor area and its roof plane's output × kWp (the same
 * products as dhwAt, appliancesAt, pvAt). The run buffers (2 · RUN_HOURS · block f64) stay in L1/L2;
 * 0 or an error code.
 */
export function yearBlock(first: i32, n: i32): i32 {
  if (first !== S.nextBuilding || n < 0 || n > M.blockMax || first + n > M.buildingCount) return 6;
  const hours = M.hourCount;
  const end = first + n;
  const o = (<usize>first) << 3;
  const heat = thermalHeatingPtr() + o;
  const cool = thermalCoolingPtr() + o;
  const rowBytes = (<usize>M.blockMax) << 3; // one hour of the block in a run buffer
  const runHeat = M.runIn;
  const runCool = runHeat + rowBytes * <usize>RUN_HOURS;
  const blockBytes = (<usize>n) << 3;
  for (let h0 = 0; h0 < hours; ) {
    const h1 = runEnd(h0, RUN_HOURS);
    for (let h = h0; h < h1; h++) {
      if (M.planeCount === 5) fillGains5(first, n, h);
      else fillGains(first, n, h);
      thermalStepRange(first, n, load<f64>(S.outdoor_C + ((<usize>h) << 3)));
      const r = <usize>(h - h0) * rowBytes;
      memory.copy(runHeat + r, heat, blockBytes);
      memory.copy(runCool + r, cool, blockBytes);
    }
    setYearRun(h0);
    setRunInputs(first, runHeat, runCool, rowBytes, 8);
    const month = yearMonth(h0);
    for (let i = first; i < end; ) {
      if (i + 1 < end && supplyRunPairable(i) && supplyRunPairable(i + 1)) {
        supplyPair(i, h0, h1 - h0, month);
        i += 2;
      } else {
        supplySingle(i, h0, h1 - h0, month);
        i++;
      }
    }
    h0 = h1;
  }
  S.setNextBuilding(end);
  return 0;
}

/** Supply's kernel for building i over hours h0 … h0+count−1 of month `month` (DHW, appliances, PV from its rows). */
function supplySingle(i: i32, h0: i32, count: i32, month: i32): void {
  const o8 = (<usize>i) << 3;
  const row = useRow(i, h0);
  const area = load<f64>(M.floorArea_m2 + o8);
  supplyRun(
    i,
    count,
    month,
    M.dhw_W_m2 + row,
    area,
    M.appliances_W_m2 + row,
    area,
    pvRow(i, h0),
    load<f64>(M.pv_kWp + o8),
  );
}

/** Buildings i and i+1 on supply's pair kernel (the same results as supplySingle for each). */
function supplyPair(i: i32, h0: i32, count: i32, month: i32): void {
  const o8 = (<usize>i) << 3;
  const rowA = useRow(i, h0);
  const rowB = useRow(i + 1, h0);
  supplyRunPair(
    i,
    i + 1,
    count,
    month,
    M.dhw_W_m2 + rowA,
    M.dhw_W_m2 + rowB,
    M.appliances_W_m2 + rowA,
    M.appliances_W_m2 + rowB,
    load<f64>(M.floorArea_m2 + o8),
    load<f64>(M.floorArea_m2 + o8, 8),
    pvRow(i, h0),
    pvRow(i + 1, h0),
    load<f64>(M.pv_kWp + o8),
    load<f64>(M.pv_kWp + o8, 8),
  );
}

/** Byte offset of hour h in building i's use-profile rows. */
function useRow(i: i32, h: i32): usize {
  return (<usize>load<i32>(M.useIndex + ((<usize>i) << 2)) * <usize>M.hourCount + <usize>h) << 3;
}

/** Address of hour h in building i's roof-plane PV row [W per kWp]. */
function pvRow(i: i32, h: i32): usize {
  const plane = <usize>load<i32>(M.roofPlane + ((<usize>i) << 2));
  return Solar.pv_W_per_kWp + ((plane * <usize>M.hourCount + <usize>h) << 3);
}

/** Year mode: network dispatch for every hour, then the monthly and yearly results; 0 or an error code. */
export function yearFinish(): i32 {
  const code = supplyYearFinish();
  if (code !== 0) return code;
  supplyFinalize();
  return 0;
}
