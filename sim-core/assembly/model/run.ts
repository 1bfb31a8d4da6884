// Runs the coupled model. Two orders, identical results:
// - hour-major (modelStepHour): every building for one hour, then the supply step with the grid
//   areas and district-heat dispatch of that hour (interactive clock; per-building hourly flows);
// - block-major (modelYearBlock): a block of buildings through every hour (gains → thermal step →
//   the block's supply inputs), then supply's year mode for the block; after the last block the
//   per-hour network dispatch. A building's hour depends only on its own previous hour and on the
//   weather, never on other buildings; the networks only sum buildings (in building order in both
//   orders), so every number is the same, bit for bit, while the block's state stays in cache.
import * as S from "../supply/state";
import { supplyFinalize, supplyStep, supplyYearBlock, supplyYearFinish, supplyYearInit } from "../supply/exports";
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

/** Year mode: sizes supply's block inputs; 0 or supply's error code. */
export function yearStart(block: i32): i32 {
  return supplyYearInit(block);
}

/** Year mode: buildings first … first+n−1 through every hour, then supply's year block; 0 or an error code. */
export function yearBlock(first: i32, n: i32): i32 {
  if (first !== S.nextBuilding || n < 0 || n > S.blockMax || first + n > M.buildingCount) return 6;
  const hours = M.hourCount;
  const heat = thermalHeatingPtr();
  const cool = thermalCoolingPtr();
  const stride = (<usize>S.yearInStride) << 3;
  const inHeat = S.yearIn;
  const inCool = inHeat + stride;
  const inDhw = inCool + stride;
  const inApp = inDhw + stride;
  const inPv = inApp + stride;
  const uses = M.useIndex;
  const areas = M.floorArea_m2;
  const hours8 = (<usize>hours) << 3;
  for (let h = 0; h < hours; h++) {
    const h8 = (<usize>h) << 3;
    if (M.planeCount === 5) fillGains5(first, n, h);
    else fillGains(first, n, h);
    thermalStepRange(first, n, load<f64>(S.outdoor_C + h8));
    const dhwRow = M.dhw_W_m2 + h8;
    const appRow = M.appliances_W_m2 + h8;
    const pvRow = Solar.pv_W_per_kWp + h8;
    let dst = h8;
    for (let i = first; i < first + n; i++) {
      const o = (<usize>i) << 3;
      const row = <usize>load<i32>(uses + ((<usize>i) << 2)) * hours8;
      const area = load<f64>(areas + o);
      store<f64>(inHeat + dst, load<f64>(heat + o));
      store<f64>(inCool + dst, load<f64>(cool + o));
      store<f64>(inDhw + dst, load<f64>(dhwRow + row) * area);
      store<f64>(inApp + dst, load<f64>(appRow + row) * area);
      const plane = <usize>load<i32>(M.roofPlane + ((<usize>i) << 2)) * hours8;
      store<f64>(inPv + dst, load<f64>(M.pv_kWp + o) * load<f64>(pvRow + plane));
      dst += hours8;
    }
  }
  return supplyYearBlock(first, n);
}

/** Year mode: network dispatch for every hour, then the monthly and yearly results; 0 or an error code. */
export function yearFinish(): i32 {
  const code = supplyYearFinish();
  if (code !== 0) return code;
  supplyFinalize();
  return 0;
}
