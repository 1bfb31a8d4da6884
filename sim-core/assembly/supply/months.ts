// Monthly records. A building's month in progress is summed in f64 (monthWork, one record per
// building, tagged with its month); when its next month starts, or at supplyFinalize, the record is
// completed (district heat, bio fuel and loss, ambient heat, bio emissions: exact functions of the sums),
// added to the f64 yearly totals and stored as f32 in `monthly` (7 significant digits: ample for a
// monthly energy, and half the memory: 96 MB instead of 192 MB for 100,000 buildings). EV energy and
// district-heat emissions need the whole network's month (dispatch), so supplyFinalize adds them.
// The yearly totals receive the months in month order, as when they were summed from f64 months.
import {
  EV_UNCONTROLLED,
  GP_EF_BIO_G_KWH,
  KIND_BOILER,
  KIND_DISTRICT,
  KIND_HEAT_PUMP,
  M_AMBIENT,
  M_BIO_FUEL,
  M_BIO_LOSS,
  M_CO2_BIO_G,
  M_CO2_DH_G,
  M_DHW,
  M_DISTRICT_HEAT,
  M_EL_DHW,
  M_EL_EV,
  M_EL_SPACE,
  M_PRIMARY_HEAT,
  M_SPACE_HEAT,
  M_STRIDE,
  SP_EFFICIENCY,
  SP_KIND,
  SP_STRIDE,
} from "./layout";
import { addLinearMonth, linearBuilding } from "./linear";
import * as S from "./state";

function get(rec: usize, q: i32): f64 {
  return load<f64>(rec + ((<usize>q) << 3));
}
function set(rec: usize, q: i32, value: f64): void {
  store<f64>(rec + ((<usize>q) << 3), value);
}
function kindOf(i: i32): usize {
  return S.systemParams + ((<usize>(load<i32>(S.system + ((<usize>i) << 2)) * SP_STRIDE)) << 3);
}

/** Building i's f64 record of the month in progress. */
export function workRecord(i: i32): usize {
  return S.monthWork + ((<usize>i * <usize>M_STRIDE) << 3);
}

/** Makes `month` building i's month in progress, completing the previous one first. */
export function enterMonth(i: i32, month: i32): void {
  const tag = S.monthTag + ((<usize>i) << 2);
  const current = load<i32>(tag);
  if (current === month) return;
  if (current >= 0) completeMonth(i, current);
  store<i32>(tag, month);
}

/** Completes every building's month in progress (supplyFinalize). */
export function completeAll(): void {
  const n = S.buildingCount;
  for (let i = 0; i < n; i++) {
    const tag = S.monthTag + ((<usize>i) << 2);
    const current = load<i32>(tag);
    if (current >= 0) completeMonth(i, current);
    store<i32>(tag, -1);
  }
}

function completeMonth(i: i32, m: i32): void {
  const rec = workRecord(i);
  // a building on the linear path: appliances, DHW demand, import and the CO2 of appliances and EV from
  // the month sums (linear.ts), before the derived quantities below read them
  if (linearBuilding(i)) addLinearMonth(rec, i, m);
  const sp = kindOf(i);
  const kind = load<f64>(sp + ((<usize>SP_KIND) << 3));
  const prim = get(rec, M_PRIMARY_HEAT);
  const dh = kind === KIND_DISTRICT ? prim * 1.0 : 0.0;
  const fuelPerW = kind === KIND_BOILER ? 1 / load<f64>(sp + ((<usize>SP_EFFICIENCY) << 3)) : 0.0;
  const bio = prim * fuelPerW;
  set(rec, M_DISTRICT_HEAT, dh);
  set(rec, M_BIO_FUEL, bio);
  set(rec, M_BIO_LOSS, kind === KIND_BOILER ? prim * (fuelPerW - 1) : 0.0);
  set(
    rec,
    M_AMBIENT,
    kind === KIND_HEAT_PUMP
      ? get(rec, M_SPACE_HEAT) + get(rec, M_DHW) - get(rec, M_EL_SPACE) - get(rec, M_EL_DHW)
      : 0.0,
  );
  set(rec, M_CO2_BIO_G, bio * (load<f64>(S.globalParams + ((<usize>GP_EF_BIO_G_KWH) << 3)) / 1000));
  if (kind === KIND_DISTRICT) {
    const slotAt = S.dhSlot + ((<usize>i) << 2);
    let slot = load<i32>(slotAt);
    if (slot < 0) {
      slot = S.takeDhSlot();
      store<i32>(slotAt, slot);
    }
    const p = S.monthPrim + ((<usize>(slot * 12 + m)) << 3);
    store<f64>(p, load<f64>(p) + prim);
  }
  // a month completed before (supplyFinalize, then more steps without a reset) continues its record
  const done = S.monthDone + ((<usize>i) << 2);
  const again = (load<i32>(done) & (1 << m)) !== 0;
  store<i32>(done, load<i32>(done) | (1 << m));
  const y = S.yearly + ((<usize>i * <usize>M_STRIDE) << 3);
  const out = S.monthly + (((<usize>m * <usize>S.buildingCount + <usize>i) * <usize>M_STRIDE) << 2);
  for (let q = 0; q < M_STRIDE; q++) {
    if (q === M_EL_EV || q === M_CO2_DH_G) continue; // supplyFinalize's, from the network's month
    const v = get(rec, q);
    set(y, q, get(y, q) + v);
    const o = out + ((<usize>q) << 2);
    store<f32>(o, again ? <f32>(<f64>load<f32>(o) + v) : <f32>v);
    set(rec, q, 0.0);
  }
}

/**
 * EV energy and district-heat emissions of every building and month (the latter allocated by each
 * building's share of the month's delivered heat); their yearly totals in month order.
 */
export function finishNetworkMonths(): void {
  const n = S.buildingCount;
  // building by building (its constants and yearly record loaded once), its months in order: the same
  // values and the same yearly sums (month 0 first) as month by month, with a twelfth of the record traffic
  for (let i = 0; i < n; i++) {
    const isDh = load<f64>(kindOf(i) + ((<usize>SP_KIND) << 3)) === KIND_DISTRICT;
    const slot = load<i32>(S.dhSlot + ((<usize>i) << 2));
    const prims = S.monthPrim + ((<usize>(slot * 12)) << 3);
    const evDaily = load<f64>(S.evDaily_Wh + ((<usize>i) << 3));
    const evShare = S.evMonthShare + (load<i32>(S.evMode + ((<usize>i) << 2)) === EV_UNCONTROLLED ? 0 : 8);
    let evYear: f64 = 0.0;
    let co2Year: f64 = 0.0;
    for (let m = 0; m < 12; m++) {
      const mo = (<usize>m) << 3;
      const delivered = load<f64>(S.dhMonthDelivered_Wh + mo);
      const perWh = delivered > 0 ? load<f64>(S.dhMonthCo2_g + mo) / delivered : 0.0;
      const prim = isDh && slot >= 0 ? load<f64>(prims + mo) : 0.0;
      const dh = isDh ? prim * 1.0 : 0.0;
      const ev = evDaily * load<f64>(evShare + (mo << 1));
      const co2 = dh * perWh;
      evYear += ev;
      co2Year += co2;
      const out = S.monthly + (((<usize>m * <usize>n + <usize>i) * <usize>M_STRIDE) << 2);
      store<f32>(out + ((<usize>M_EL_EV) << 2), <f32>ev);
      store<f32>(out + ((<usize>M_CO2_DH_G) << 2), <f32>co2);
    }
    const y = S.yearly + ((<usize>i * <usize>M_STRIDE) << 3);
    set(y, M_EL_EV, evYear);
    set(y, M_CO2_DH_G, co2Year);
  }
}
