// Linear aggregation of the model's year mode for buildings without PV and without a battery (~80 % of a
// city's buildings). Every electricity term of such a building is ≥ 0 (electric heat and cooling, appliances,
// EV), so its net is ≥ 0 every hour: import = net, export = +0. Its net is elHeat (elSpace + elDhw + elCool,
// nonlinear in the thermal output: summed per building-hour by the heat and cool passes) + appliances
// (floor area × its use's W/m² row) + EV (daily energy × its mode's hourly share). The last two are linear
// in per-building scalars, so they are summed per grid area and hour once per year (prepareLinear: Σ floor
// area per (area, use), Σ daily EV energy per (area, mode), times the rows) and per building and month
// from per-(use, month) and per-(mode, month) sums (addLinearMonth, when the month is completed; its import
// is Σ elSpace + Σ elDhw + Σ elCool + appliances + EV from the month's sums, its DHW demand floor area × the
// use's DHW month sum). The kernels add only elHeat to the area's hour and elHeat · ef to the month's CO2:
// supplyRunPair's heat pass for a pair of linear buildings without cooling in one area (nearly all), its
// linearPass after the cool pass for the others, supplyRun and gridPass with the appliances' and EV's
// scales 0 on a linear building (net = elHeat, bit for bit the same numbers). One predicate
// (linearBuilding) decides for both kernels and for the month records, so a building gives the same bits
// on either kernel (results independent of the block size). Off outside the model's year mode
// (supplyStep, the supply-only year mode): those run every term per building-hour as before.
import { allocF64, allocZeroed } from "../buffers";
import { HS_EF_EL, HS_EL_PER_COOL, HS_EV_S, HS_EV_U, HS_STRIDE } from "./buildings";
import {
  A_IMPORT,
  A_STRIDE,
  EV_UNCONTROLLED,
  M_CO2_EL_G,
  M_DHW,
  M_EL_APPLIANCES,
  M_EL_COOL,
  M_EL_DHW,
  M_EL_SPACE,
  M_IMPORT,
  SP_DHW_ON_SYSTEM,
  SP_STRIDE,
  SYS_COUNT,
} from "./layout";
import * as S from "./state";

let floor_m2: usize = 0; // f64[N]: the model's floor areas (scale of the appliance rows)
let useOf: usize = 0; // i32[N]: the model's use index per building
let kWp: usize = 0; // f64[N]: the model's PV sizes
let useCapacity: i32 = 0;
let useOk: usize = 0; // i32[uses]: 1 where the use's appliance and DHW rows are ≥ 0 every hour
// f64[uses · 12 · 4]: Σ appliances [W/m² · h], Σ appliances · ef [g/m²], Σ DHW [W/m² · h], 0 per month
let useMonth: usize = 0;
let evMonth: usize = 0; // f64[2 · 12 · 2]: Σ EV share, Σ share · ef per mode and month
let coefCapacity: i32 = 0;
let coef: usize = 0; // f64[areas · (uses + 2)]: Σ floor area per (area, use), Σ EV daily energy per (area, mode)
let entryArea: usize = 0; // i32[entries]: the non-zero coefficients' area
let entryRow: usize = 0; // usize-as-u32[entries]: the row (appliances of a use, or an EV share) they scale
let entryCoef: usize = 0; // f64[entries]
let entryStep: usize = 0; // u32[entries]: bytes from the row's hour to the next

/**
 * True when building i runs the linear path: the model's year mode (S.linearOn), no PV, no battery, and
 * non-negative floor area, EV energy, primary capacity and use rows (so every electricity term is ≥ 0).
 */
export function linearBuilding(i: i32): bool {
  if (!S.linearOn) return false;
  const o8 = (<usize>i) << 3;
  return (
    !(load<f64>(S.batCapacity_Wh + o8) > 0) &&
    load<f64>(kWp + o8) === 0 &&
    load<f64>(floor_m2 + o8) >= 0 &&
    load<f64>(S.evDaily_Wh + o8) >= 0 &&
    load<f64>(S.primaryCapacity_W + o8) >= 0 &&
    load<i32>(useOk + ((<usize>load<i32>(useOf + ((<usize>i) << 2))) << 2)) !== 0
  );
}

/** EV mode of building i as 0 (uncontrolled) or 1 (smart). */
function modeOf(i: i32): i32 {
  return load<i32>(S.evMode + ((<usize>i) << 2)) === EV_UNCONTROLLED ? 0 : 1;
}

/**
 * Building i's (linear) month m: its appliances and DHW demand (floor area × the use's month sums), its
 * import (Σ elSpace + Σ elDhw + Σ elCool + appliances + EV: every hour's net, imported whole) and the
 * appliances' and EV's CO2 (the kernels summed elHeat · ef per hour). Called once per month, when its
 * record is completed (months.ts).
 */
export function addLinearMonth(rec: usize, i: i32, m: i32): void {
  const o8 = (<usize>i) << 3;
  const floor = load<f64>(floor_m2 + o8);
  const ev = load<f64>(S.evDaily_Wh + o8);
  const use = load<i32>(useOf + ((<usize>i) << 2));
  const u = useMonth + ((<usize>((use * 12 + m) * 4)) << 3);
  const e = evMonth + ((<usize>((modeOf(i) * 12 + m) * 2)) << 3);
  const appliances = floor * load<f64>(u);
  const evEnergy = ev * load<f64>(e);
  store<f64>(rec + ((<usize>M_EL_APPLIANCES) << 3), appliances);
  // DHW demand is linear too (floor area × the use's W/m² row): the pair kernel's heat pass does not sum it
  store<f64>(rec + ((<usize>M_DHW) << 3), floor * load<f64>(u, 16));
  const elHeat =
    load<f64>(rec + ((<usize>M_EL_SPACE) << 3)) +
    load<f64>(rec + ((<usize>M_EL_DHW) << 3)) +
    load<f64>(rec + ((<usize>M_EL_COOL) << 3));
  store<f64>(rec + ((<usize>M_IMPORT) << 3), elHeat + appliances + evEnergy);
  const co2 = rec + ((<usize>M_CO2_EL_G) << 3);
  store<f64>(co2, load<f64>(co2) + floor * load<f64>(u, 8) + ev * load<f64>(e, 8));
}

/**
 * True when every per-hour factor of electricity is ≥ 0 (systems' electricity per W, cooling, EV shares) and
 * each system's DHW share of the primary unit is in [0, 1] (so the electric DHW rest is ≥ 0).
 */
function factorsNonNegative(): bool {
  const hours = S.hourCount;
  for (let sys = 0; sys < SYS_COUNT; sys++) {
    const dhwOn = load<f64>(S.systemParams + ((<usize>(sys * SP_STRIDE + SP_DHW_ON_SYSTEM)) << 3));
    if (!(dhwOn >= 0 && dhwOn <= 1)) return false;
  }
  for (let h = 0; h < hours; h++) {
    const sc = S.hourScalars + ((<usize>(h * HS_STRIDE)) << 3);
    if (!(load<f64>(sc, HS_EL_PER_COOL << 3) >= 0)) return false;
    if (!(load<f64>(sc, HS_EV_U << 3) >= 0) || !(load<f64>(sc, HS_EV_S << 3) >= 0)) return false;
    for (let sys = 0; sys < SYS_COUNT; sys++) {
      const row = S.systemHours + ((<usize>sys * <usize>hours + <usize>h) << 5);
      if (!(load<f64>(row, 8) >= 0) || !(load<f64>(row, 16) >= 0)) return false;
    }
  }
  return true;
}

/**
 * Use u's month sums (appliances, appliances · ef, DHW; in hour order, in locals until the month ends) and
 * whether its rows are ≥ 0 every hour (else useOk 0: its buildings take the exact path).
 */
function sumUse(u: i32, appliances: usize, dhw: usize): void {
  const hours = S.hourCount;
  const rowApp = appliances + ((<usize>u * <usize>hours) << 3);
  const rowDhw = dhw + ((<usize>u * <usize>hours) << 3);
  let ok = 1;
  let month = load<i32>(S.hourMonth);
  let sApp: f64 = 0;
  let sAppEf: f64 = 0;
  let sDhw: f64 = 0;
  for (let h = 0; h < hours; h++) {
    const m = load<i32>(S.hourMonth + ((<usize>h) << 2));
    if (m !== month) {
      addUseMonth(u, month, sApp, sAppEf, sDhw);
      month = m;
      sApp = 0;
      sAppEf = 0;
      sDhw = 0;
    }
    const o = (<usize>h) << 3;
    const app = load<f64>(rowApp + o);
    const dhwHere = load<f64>(rowDhw + o);
    if (!(app >= 0) || !(dhwHere >= 0)) ok = 0;
    sApp += app;
    sAppEf += app * load<f64>(S.hourScalars + ((<usize>(h * HS_STRIDE + HS_EF_EL)) << 3));
    sDhw += dhwHere;
  }
  addUseMonth(u, month, sApp, sAppEf, sDhw);
  store<i32>(useOk + ((<usize>u) << 2), ok);
}

function addUseMonth(u: i32, m: i32, app: f64, appEf: f64, dhwSum: f64): void {
  const sum = useMonth + ((<usize>((u * 12 + m) * 4)) << 3);
  store<f64>(sum, load<f64>(sum) + app);
  store<f64>(sum, load<f64>(sum, 8) + appEf, 8);
  store<f64>(sum, load<f64>(sum, 16) + dhwSum, 16);
}

/** Each EV mode's month sums of its hourly share and share · ef. */
function sumEv(): void {
  const hours = S.hourCount;
  for (let h = 0; h < hours; h++) {
    const sc = S.hourScalars + ((<usize>(h * HS_STRIDE)) << 3);
    const ef = load<f64>(sc, HS_EF_EL << 3);
    const m = load<i32>(S.hourMonth + ((<usize>h) << 2));
    for (let mode = 0; mode < 2; mode++) {
      const share = load<f64>(sc + ((<usize>(mode === 0 ? HS_EV_U : HS_EV_S)) << 3));
      const sum = evMonth + ((<usize>((mode * 12 + m) * 2)) << 3);
      store<f64>(sum, load<f64>(sum) + share);
      store<f64>(sum, load<f64>(sum, 8) + share * ef, 8);
    }
  }
}

/**
 * The model's year mode, after prepareYear: turns the linear path on (where every factor allows it), sums
 * the use rows and EV shares per month, and writes each grid area's hourly import of its linear buildings'
 * appliances and EV into the area series (stored, so the buildings' exchange adds to it). From the current
 * inputs (floor areas, uses, PV, EV, batteries), so a lever written between years takes effect. floor, use,
 * pv: the model's per-building arrays; appliances, dhw: f64[uses · hours] rows [W/m²].
 */
export function prepareLinear(floor: usize, use: usize, uses: i32, pv: usize, appliances: usize, dhw: usize): void {
  floor_m2 = floor;
  useOf = use;
  kWp = pv;
  const hours = S.hourCount;
  const areas = S.areaCount;
  const width = uses + 2;
  if (uses > useCapacity) {
    useCapacity = uses;
    useOk = allocZeroed((<usize>uses) << 2);
    useMonth = allocF64(uses * 48);
  }
  if (evMonth === 0) evMonth = allocF64(48);
  if (areas * width > coefCapacity) {
    coefCapacity = areas * width;
    coef = allocF64(coefCapacity);
    entryArea = allocZeroed((<usize>coefCapacity) << 2);
    entryRow = allocZeroed((<usize>coefCapacity) << 2);
    entryCoef = allocF64(coefCapacity);
    entryStep = allocZeroed((<usize>coefCapacity) << 2);
  }
  S.setLinearOn(false);
  if (!factorsNonNegative()) return;
  // per (use, month) and (mode, month): the sums in hour order, with the hour's grid factor [g/Wh]
  memory.fill(useMonth, 0, (<usize>(uses * 48)) << 3);
  memory.fill(evMonth, 0, 48 << 3);
  // only the uses of some building (a district's model has a few of the city's uses); the others stay off
  memory.fill(useOk, 0, (<usize>uses) << 2);
  const n = S.buildingCount;
  for (let i = 0; i < n; i++) store<i32>(useOk + ((<usize>load<i32>(useOf + ((<usize>i) << 2))) << 2), 1);
  for (let u = 0; u < uses; u++) if (load<i32>(useOk + ((<usize>u) << 2)) !== 0) sumUse(u, appliances, dhw);
  sumEv();
  S.setLinearOn(true);
  // Σ floor area per (area, use) and Σ daily EV energy per (area, mode) of the linear buildings, in building order
  memory.fill(coef, 0, (<usize>(areas * width)) << 3);
  for (let i = 0; i < n; i++) {
    if (!linearBuilding(i)) continue;
    const o8 = (<usize>i) << 3;
    const base = load<i32>(S.gridArea + ((<usize>i) << 2)) * width;
    const cu = coef + ((<usize>(base + load<i32>(useOf + ((<usize>i) << 2)))) << 3);
    store<f64>(cu, load<f64>(cu) + load<f64>(floor_m2 + o8));
    const ce = coef + ((<usize>(base + uses + modeOf(i))) << 3);
    store<f64>(ce, load<f64>(ce) + load<f64>(S.evDaily_Wh + o8));
  }
  // the non-zero coefficients as a list (a district's model has a few, whatever the city's areas and uses)
  let entries = 0;
  for (let a = 0; a < areas; a++) {
    for (let k = 0; k < width; k++) {
      const c = load<f64>(coef + ((<usize>(a * width + k)) << 3));
      if (c === 0) continue;
      // a use's appliance row (f64 per hour), or an EV share in the hour-scalar rows (HS_STRIDE f64 per hour)
      const row =
        k < uses
          ? appliances + ((<usize>k * <usize>hours) << 3)
          : S.hourScalars + ((<usize>(k === uses ? HS_EV_U : HS_EV_S)) << 3);
      const e = (<usize>entries) << 2;
      store<i32>(entryArea + e, a);
      store<u32>(entryRow + e, <u32>row);
      store<u32>(entryStep + e, k < uses ? 8 : (<u32>HS_STRIDE) << 3);
      store<f64>(entryCoef + ((<usize>entries) << 3), c);
      entries++;
    }
  }
  // per hour and area: Σ coefficient × row (entries in order), stored as the area's import (the buildings
  // then add elHeat); entry by entry over the hours, so each inner loop walks two rows at fixed strides
  const rowBytes = (<usize>(areas * A_STRIDE)) << 3;
  const column = S.areaSeries + ((<usize>A_IMPORT) << 3);
  for (let h = 0; h < hours; h++) {
    const areaRow = column + <usize>h * rowBytes;
    for (let a = 0; a < areas; a++) store<f64>(areaRow + ((<usize>(a * A_STRIDE)) << 3), 0.0);
  }
  for (let k = 0; k < entries; k++) {
    const e = (<usize>k) << 2;
    const c = load<f64>(entryCoef + ((<usize>k) << 3));
    const step = <usize>load<u32>(entryStep + e);
    let x = <usize>load<u32>(entryRow + e);
    let at = column + ((<usize>(load<i32>(entryArea + e) * A_STRIDE)) << 3);
    const end = at + <usize>hours * rowBytes;
    for (; at < end; ) {
      store<f64>(at, load<f64>(at) + c * load<f64>(x));
      x += step;
      at += rowBytes;
    }
  }
}
