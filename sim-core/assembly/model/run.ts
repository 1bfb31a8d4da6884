// Runs the coupled model. Two orders, identical results:
// - hour-major (modelStepHour): every building for one hour, then the supply step with the grid
//   areas and district-heat dispatch of that hour (interactive clock; per-building hourly flows);
// - block-major (modelYearBlock): a block of buildings through every hour, a day at a time (gains →
//   thermal step → the block's supply inputs for the day, then supply's kernel per building over the
//   day); after the last block the per-hour network dispatch. A building's hour depends only on its own previous hour and on the
//   weather, never on other buildings; both orders run supply's one kernel, and the networks only sum
//   buildings (in building order in both orders), so every number is the same while the block's state
//   stays in cache: bit for bit for any block size; to rounding (1e-12 relative) between the two orders,
//   since the block-major year sums the appliances and EV of buildings without PV and battery per grid
//   area and month (supply/linear.ts) where hour stepping sums them per building-hour.
import * as S from "../supply/state";
import { supplyFinalize, supplyStep, supplyYearFinish } from "../supply/exports";
import { setRunInputs, supplyRun } from "../supply/buildings";
import { supplyRunPair, supplyRunPairable } from "../supply/pairRun";
import { prepareYear, runEnd, setYearRun, yearMonth } from "../supply/year";
import { prepareLinear } from "../supply/linear";
import {
  C_MAX_COOL,
  PAIR_BYTES,
  thermalCoefPtr,
  thermalCoolingPtr,
  thermalHeatingPtr,
  thermalMassTempPtr,
  thermalStepRange,
} from "../thermal/kernel";
import * as Solar from "../solar/kernel";
import { appliancesAt, dhwAt, fillGains, fillGains5, pvAt } from "./hour";
import { massFromRecords, massToRecords, preparePairs, useRowAt } from "./pairs";
import { thermalHour } from "./thermalHour";
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
const RUN_HOURS: i32 = 168;

/** Year mode: blocks of up to `block` buildings; prepares supply's per-hour tables; 0 or an error code. */
export function yearStart(block: i32): i32 {
  if (block < 1 || block > 4096) return 1;
  if (S.hour !== 0) return 6;
  prepareYear();
  M.allocateRun(block, RUN_HOURS);
  preparePairs();
  // buildings without PV and battery: appliances and EV per grid area and month from the current inputs
  prepareLinear(M.floorArea_m2, M.useIndex, M.useCount, M.pv_kWp, M.appliances_W_m2, M.dhw_W_m2);
  return 0;
}

/** Bytes of one hour of a block in the run buffer: pair slots of 32 bytes (heat f64x2, cooling f64x2). */
function runRowBytes(): usize {
  return (<usize>((M.blockMax >> 1) + 1)) << 5;
}

/** Building i's space heat in the run row of a block starting at `first` (cooling 16 bytes on). */
function slotOf(i: i32, first: i32): usize {
  return ((<usize>((i >> 1) - (first >> 1))) << 5) + ((<usize>(i & 1)) << 3);
}

/**
 * Year mode: buildings first … first+n−1 through every hour, RUN_HOURS at a time (within a month):
 * hour by hour the thermal kernel across the block with the gains inside its step (thermalHour.ts;
 * the separate gains pass where a block does not start on a pair or the planes are not five), space
 * heat and cooling into the run buffer (pair slots); then supply's kernel over the run, two buildings
 * per step where both have no battery (pairRun.ts), with DHW, appliances and PV as their use profiles
 * × floor area and roof plane's output × kWp (the products of dhwAt, appliancesAt, pvAt). The run
 * buffer (RUN_HOURS rows of 32 bytes per pair) stays in L1/L2; 0 or an error code.
 */
export function yearBlock(first: i32, n: i32): i32 {
  if (first !== S.nextBuilding || n < 0 || n > M.blockMax || first + n > M.buildingCount) return 6;
  const hours = M.hourCount;
  const end = first + n;
  const rowBytes = runRowBytes();
  const fused = ASC_FEATURE_SIMD && (first & 1) === 0 && M.planeCount === 5;
  const pairs = n >> 1;
  const roofWindows = fused && pairsHaveRoofWindows(first >> 1, pairs);
  const sameUse = fused && pairsShareUses(first >> 1, pairs);
  const cooling = fused && pairsHaveCooling(first >> 1, pairs);
  if (fused) massToRecords(first >> 1, pairs);
  for (let h0 = 0; h0 < hours; ) {
    const h1 = runEnd(h0, RUN_HOURS);
    for (let h = h0; h < h1; h++) {
      const row = M.runIn + <usize>(h - h0) * rowBytes;
      const tOut_C = load<f64>(S.outdoor_C + ((<usize>h) << 3));
      if (fused) {
        thermalHour(first >> 1, pairs, h, tOut_C, row, h === hours - 1, roofWindows, sameUse, cooling);
        if (n & 1) stepSingles(end - 1, 1, first, h, tOut_C, row);
      } else stepSingles(first, n, first, h, tOut_C, row);
    }
    setYearRun(h0);
    const month = yearMonth(h0);
    const count = h1 - h0;
    let i = first;
    if (i & 1) supplySingle(i++, first, rowBytes, h0, count, month);
    for (; i < end; i += 2) {
      if (i + 1 < end && supplyRunPairable(i) && supplyRunPairable(i + 1)) {
        supplyPair(i, first, rowBytes, h0, count, month);
      } else {
        supplySingle(i, first, rowBytes, h0, count, month);
        if (i + 1 < end) supplySingle(i + 1, first, rowBytes, h0, count, month);
      }
    }
    h0 = h1;
  }
  if (fused) massFromRecords(first >> 1, pairs);
  S.setNextBuilding(end);
  return 0;
}

/** True when a building of pairs firstPair … firstPair+pairs−1 has window area on plane 0 (the roof; five planes). */
function pairsHaveRoofWindows(firstPair: i32, pairs: i32): bool {
  for (let j = firstPair; j < firstPair + pairs; j++) {
    const win = M.windowArea_m2 + <usize>j * 80;
    if (load<f64>(win) !== 0 || load<f64>(win, 8) !== 0) return true;
  }
  return false;
}

/** True unless every building of pairs firstPair … firstPair+pairs−1 has a cooling capacity of exactly +0. */
function pairsHaveCooling(firstPair: i32, pairs: i32): bool {
  for (let i = firstPair << 1; i < (firstPair + pairs) << 1; i++) if (reinterpret<u64>(maxCool(i)) !== 0) return true;
  return false;
}

/** True when the two buildings of each of pairs firstPair … firstPair+pairs−1 have one use. */
function pairsShareUses(firstPair: i32, pairs: i32): bool {
  for (let j = firstPair; j < firstPair + pairs; j++) {
    const uses = M.useIndex + ((<usize>j) << 3);
    if (load<i32>(uses) !== load<i32>(uses, 4)) return false;
  }
  return true;
}

/** Buildings i … i+n−1 of the block at `first` for hour h: gains pass, the kernel's step, into their run slots. */
function stepSingles(i: i32, n: i32, first: i32, h: i32, tOut_C: f64, row: usize): void {
  if (M.planeCount === 5) fillGains5(i, n, h);
  else fillGains(i, n, h);
  thermalStepRange(i, n, tOut_C);
  const heat = thermalHeatingPtr();
  const cool = thermalCoolingPtr();
  for (let k = i; k < i + n; k++) {
    const slot = row + slotOf(k, first);
    const o = (<usize>k) << 3;
    store<f64>(slot, load<f64>(heat + o));
    store<f64>(slot, load<f64>(cool + o), 16);
  }
}

/** Supply's kernel for building i over hours h0 … h0+count−1 of month `month` (DHW, appliances, PV from its rows). */
function supplySingle(i: i32, first: i32, rowBytes: usize, h0: i32, count: i32, month: i32): void {
  const slot = M.runIn + slotOf(i, first);
  setRunInputs(i, slot, slot + 16, rowBytes, 8);
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

/** Buildings i (even) and i+1 on supply's pair kernel (the same results as supplySingle for each). */
function supplyPair(i: i32, first: i32, rowBytes: usize, h0: i32, count: i32, month: i32): void {
  const slot = M.runIn + slotOf(i, first);
  setRunInputs(i, slot, slot + 16, rowBytes, 8);
  const o8 = (<usize>i) << 3;
  supplyRunPair(
    i,
    count,
    month,
    useRowAt(i, h0) + 8,
    useRowAt(i + 1, h0) + 8,
    (<usize>M.USE_ROW_F64) << 3,
    M.floorArea_m2 + o8,
    pvRow(i, h0),
    pvRow(i + 1, h0),
    M.pv_kWp + o8,
    maxCool(i) !== 0 || maxCool(i + 1) !== 0,
  );
}

/** Building i's cooling capacity (≤ 0, 0 where it has no cooling) in the thermal kernel's coefficients. */
function maxCool(i: i32): f64 {
  const pair = thermalCoefPtr() + <usize>(i >> 1) * PAIR_BYTES + ((<usize>(i & 1)) << 3);
  return load<f64>(pair + ((<usize>C_MAX_COOL) << 4));
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
