// Year mode: the same model run building-major. Each building's whole year runs in one loop with its
// monthly sums and battery state in locals, so per building-hour only the inputs are read and the
// grid-area and district-heat sums written. Results are bit-identical to stepping hour by hour
// (every sum is taken in the same order). Per-building hourly flows (detail) are not written here.
import { dispatchDistrictHeat } from "./district";
import { finishAreas } from "./grid";
import { coolingElectricPerW, fillTypeTable } from "./hourly";
import { monthOfHour } from "./calendar";
import {
  A_EXPORT,
  A_IMPORT,
  A_STRIDE,
  BAT_PEAK_SHAVING,
  D_CO2_G,
  D_STRIDE,
  EV_UNCONTROLLED,
  GP_DH_GRID_AREA,
  M_BAT_LOSS,
  M_CO2_EL_G,
  M_COOLING,
  M_DHW,
  M_EL_APPLIANCES,
  M_EL_COOL,
  M_EL_DHW,
  M_EL_SPACE,
  M_EXPORT,
  M_IMPORT,
  M_PRIMARY_HEAT,
  M_PV,
  M_SPACE_HEAT,
  M_STRIDE,
  SYS_COUNT,
} from "./layout";
import * as S from "./state";

function f(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}
function addTo(rec: usize, q: i32, value: f64): void {
  const p = rec + ((<usize>q) << 3);
  store<f64>(p, load<f64>(p) + value);
}

/** Precomputes the per-hour tables (COP per system type, cooling, emission factor, EV shares, month). */
export function prepareYear(): void {
  const hours = S.hourCount;
  for (let h = 0; h < hours; h++) {
    const tOut_C = f(S.outdoor_C, h);
    fillTypeTable(S.typeTable, S.systemParams, S.globalParams, tOut_C);
    for (let s = 0; s < SYS_COUNT; s++) {
      const src = S.typeTable + ((<usize>(s * S.T_STRIDE)) << 3);
      const dst = S.hourTypeTable + ((<usize>(s * hours + h) * 4) << 3);
      store<f64>(dst, f(src, S.T_ON));
      store<f64>(dst, f(src, S.T_E_SPACE), 8);
      store<f64>(dst, f(src, S.T_E_DHW), 16);
    }
    const row = S.hourScalars + ((<usize>h * 4) << 3);
    const hourOfDay = h % 24;
    store<f64>(row, coolingElectricPerW(S.globalParams, tOut_C));
    store<f64>(row, f(S.gridEf_g_kWh, h) / 1000, 8);
    store<f64>(row, f(S.evProfile, hourOfDay), 16);
    store<f64>(row, f(S.evProfile, 24 + hourOfDay), 24);
    store<i32>(S.hourMonth + ((<usize>h) << 2), monthOfHour(h));
  }
}

/** Runs buildings first … first+count−1 (inputs in yearIn rows 0 … count−1) over every hour. */
export function runBlock(first: i32, count: i32): void {
  const hours = S.hourCount;
  for (let b = 0; b < count; b++) {
    const i = first + b;
    const o8 = (<usize>i) << 3;
    const o4 = (<usize>i) << 2;
    const sys = load<i32>(S.system + o4);
    const t = S.typeTable + ((<usize>(sys * S.T_STRIDE)) << 3);
    const dhwOn = f(t, S.T_DHW_ON);
    const fDh = f(t, S.T_DH);
    const ht = S.hourTypeTable + ((<usize>sys * <usize>hours * 4) << 3);
    const capacityOn = load<f64>(S.primaryCapacity_W + o8);
    const evDaily = load<f64>(S.evDaily_Wh + o8);
    const evSmart = load<i32>(S.evMode + o4) !== EV_UNCONTROLLED;
    const batCap = load<f64>(S.batCapacity_Wh + o8);
    const power = load<f64>(S.batPower_W + o8);
    const etaC = load<f64>(S.batEtaCharge + o8);
    const etaD = load<f64>(S.batEtaDischarge + o8);
    const target = load<i32>(S.batMode + o4) === BAT_PEAK_SHAVING ? load<f64>(S.batThreshold_W + o8) : 0.0;
    let soc = load<f64>(S.soc_Wh + o8);
    // area-major sums: this building's contributions are contiguous over the hours
    const areaBase = S.areaYear + ((<usize>load<i32>(S.gridArea + o4) * <usize>hours * 2) << 3);
    const inSpace = S.yearIn + ((<usize>0 * <usize>S.yearInStride + <usize>b * <usize>hours) << 3);
    const inCool = S.yearIn + ((<usize>1 * <usize>S.yearInStride + <usize>b * <usize>hours) << 3);
    const inDhw = S.yearIn + ((<usize>2 * <usize>S.yearInStride + <usize>b * <usize>hours) << 3);
    const inApp = S.yearIn + ((<usize>3 * <usize>S.yearInStride + <usize>b * <usize>hours) << 3);
    const inPv = S.yearIn + ((<usize>4 * <usize>S.yearInStride + <usize>b * <usize>hours) << 3);
    let month = -1;
    let rec: usize = 0; // this building's record of the current month (stays in L1 over the year)
    for (let h = 0; h < hours; h++) {
      const mo = load<i32>(S.hourMonth + ((<usize>h) << 2));
      if (mo !== month) {
        month = mo;
        rec = S.monthly + (((<usize>month * <usize>S.buildingCount + <usize>i) * <usize>M_STRIDE) << 3);
      }
      const h8 = (<usize>h) << 3;
      const qSpace = load<f64>(inSpace + h8);
      const qCool = load<f64>(inCool + h8);
      const qDhw = load<f64>(inDhw + h8);
      const appliances = load<f64>(inApp + h8);
      const pv = load<f64>(inPv + h8);
      const th = ht + (h8 << 2);
      const sc = S.hourScalars + (h8 << 2);
      const capacity = load<f64>(th) > 0 ? capacityOn : 0.0;
      const primSpace = Math.min(qSpace, capacity);
      const primDhw = Math.min(qDhw, capacity - primSpace) * dhwOn;
      const prim = primSpace + primDhw;
      const elSpace = primSpace * load<f64>(th, 8) + (qSpace - primSpace);
      const elDhw = primDhw * load<f64>(th, 16) + (qDhw - primDhw);
      const districtHeat = prim * fDh;
      const elCool = -qCool * load<f64>(sc);
      const ev = evDaily * (evSmart ? load<f64>(sc, 24) : load<f64>(sc, 16));
      const net = elSpace + elDhw + elCool + appliances + ev - pv;
      let charge: f64 = 0;
      let discharge: f64 = 0;
      let batLoss: f64 = 0;
      if (batCap > 0) {
        const gap = net - target;
        if (gap < 0) charge = Math.max(0, Math.min(Math.min(-gap, power), (batCap - soc) / etaC));
        else discharge = Math.min(Math.min(gap, power), soc * etaD);
        const socNew = soc + charge * etaC - discharge / etaD;
        soc = Math.min(Math.max(socNew, 0), batCap);
        batLoss = charge * (1 - etaC) + discharge * (1 / etaD - 1);
      }
      const grid = net + charge - discharge;
      const imported = Math.max(grid, 0);
      const exported = Math.max(-grid, 0);
      const area = areaBase + (h8 << 1);
      store<f64>(area, load<f64>(area) + imported);
      store<f64>(area, load<f64>(area, 8) + exported, 8);
      const dh = S.dhDemandYear + h8;
      store<f64>(dh, load<f64>(dh) + districtHeat);
      addTo(rec, M_SPACE_HEAT, qSpace);
      addTo(rec, M_DHW, qDhw);
      addTo(rec, M_COOLING, -qCool);
      addTo(rec, M_EL_SPACE, elSpace);
      addTo(rec, M_EL_DHW, elDhw);
      addTo(rec, M_EL_COOL, elCool);
      addTo(rec, M_EL_APPLIANCES, appliances);
      addTo(rec, M_PV, pv);
      addTo(rec, M_IMPORT, imported);
      addTo(rec, M_EXPORT, exported);
      addTo(rec, M_PRIMARY_HEAT, prim);
      addTo(rec, M_BAT_LOSS, batLoss);
      addTo(rec, M_CO2_EL_G, imported * load<f64>(sc, 8));
    }
    store<f64>(S.soc_Wh + o8, soc);
  }
}

/** After every building: district-heat dispatch and grid-area totals for each hour. */
export function finishYear(): void {
  const hours = S.hourCount;
  const dhArea = <i32>f(S.globalParams, GP_DH_GRID_AREA);
  for (let h = 0; h < hours; h++) {
    const sc = S.hourScalars + ((<usize>h * 4) << 3);
    const efEl = load<f64>(sc, 8);
    const evU = load<f64>(sc, 16);
    const evS = load<f64>(sc, 24);
    const demand = f(S.dhDemandYear, h);
    const dhElectric = dispatchDistrictHeat(h, demand, efEl);
    const areaRow = S.areaSeries + ((<usize>h * <usize>S.areaCount * <usize>A_STRIDE) << 3);
    for (let a = 0; a < S.areaCount; a++) {
      const src = S.areaYear + ((<usize>(a * hours + h) * 2) << 3);
      const dst = areaRow + ((<usize>(a * A_STRIDE)) << 3);
      store<f64>(dst + ((<usize>A_IMPORT) << 3), load<f64>(src));
      store<f64>(dst + ((<usize>A_EXPORT) << 3), load<f64>(src, 8));
    }
    finishAreas(areaRow, dhArea, dhElectric, efEl, evU, evS);
    const month = load<i32>(S.hourMonth + ((<usize>h) << 2));
    const mo = (<usize>month) << 3;
    store<f64>(S.dhMonthCo2_g + mo, load<f64>(S.dhMonthCo2_g + mo) + f(S.dhSeries, h * D_STRIDE + D_CO2_G));
    store<f64>(S.dhMonthDelivered_Wh + mo, load<f64>(S.dhMonthDelivered_Wh + mo) + demand);
    const ev = S.evMonthShare + ((<usize>(month * 2)) << 3);
    store<f64>(ev, load<f64>(ev) + evU);
    store<f64>(ev, load<f64>(ev, 8) + evS, 8);
  }
}
