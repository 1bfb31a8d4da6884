// A building's supply over a run of hours within one month: heat and DHW by system, cooling,
// appliances, EV charging, battery and the electricity exchanged with the grid. The one kernel of
// every mode: supplyStep (each building for one hour), the supply year mode and the model's year
// (a building over a day or a month), so the modes are bit-identical by construction. The building's
// constants, battery charge and sums of its month in progress (months.ts) stay in locals over the run;
// per hour only the inputs and the hour's tables are read and the grid-area and district-heat sums
// written. Allocation-free.
// Building energy balance (each hour, W = Wh per hour):
//   electricity: import + pv = elSpace + elDhw + elCool + appliances + ev + export + ΔSOC + batteryLoss
//   heat:        elSpace + elDhw + ambient + districtHeat + bioFuel − bioLoss = spaceHeat + dhw
import {
  A_STRIDE,
  BAT_PEAK_SHAVING,
  EV_UNCONTROLLED,
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
  OUT_AMBIENT,
  OUT_BAT_CHARGE,
  OUT_BAT_DISCHARGE,
  OUT_BAT_LOSS,
  OUT_BIO_FUEL,
  OUT_BIO_LOSS,
  OUT_CO2_G,
  OUT_DISTRICT_HEAT,
  OUT_EL_COOL,
  OUT_EL_DHW,
  OUT_EL_EV,
  OUT_EL_SPACE,
  OUT_EXPORT,
  OUT_IMPORT,
  OUT_STRIDE,
} from "./layout";
import { linearBuilding } from "./linear";
import { enterMonth, workRecord } from "./months";
import * as S from "./state";

// Per-hour scalars, f64[12] per hour: cooling electricity per W, grid factor [g/Wh], EV shares (U, S), then
// (year mode, pairRun.ts) the EV shares of a pair of buildings by their modes as four f64x2 (U,U), (U,S),
// (S,U), (S,S) at HS_EV_PAIRS + 2·(2·mode_a + mode_b), so a pair loads its lanes in one load.
export const HS_EL_PER_COOL: i32 = 0;
export const HS_EF_EL: i32 = 1;
export const HS_EV_U: i32 = 2;
export const HS_EV_S: i32 = 3;
export const HS_EV_PAIRS: i32 = 4;
export const HS_STRIDE: i32 = 12;

// Where the run's hours are (module globals, set by setRunHours / setRunInputs before supplyRun).
export let rTable: usize = 0; // type table (SYS_COUNT · T_STRIDE f64) of the first hour
export let rTableStride: usize = 0; // bytes to the next hour's type table
export let rScalars: usize = 0; // HS_* of the first hour; next hour HS_STRIDE f64 on
export let rAreaRow: usize = 0; // grid-area row (areas · A_STRIDE f64) of the first hour
export let rAreaStride: usize = 0; // bytes to the next hour's row
export let rDh: usize = 0; // f64 per hour: Σ district heat delivered (next hour 8 bytes on)
let rEfBio_g_Wh: f64 = 0;
// Space heat and cooling of building `first` at the first hour; the next hour `inHourStride` bytes on,
// the next building `inBuildingStride` bytes on. (DHW, appliances and PV come with each supplyRun.)
export let first0: i32 = 0;
export let inHeat: usize = 0;
export let inCool: usize = 0;
export let inHourStride: usize = 8;
export let inBuildingStride: usize = 8;

export function setRunHours(
  table: usize,
  tableStride: usize,
  scalars: usize,
  areaRow: usize,
  areaStride: usize,
  dh: usize,
  efBio_g_Wh: f64,
): void {
  rTable = table;
  rTableStride = tableStride;
  rScalars = scalars;
  rAreaRow = areaRow;
  rAreaStride = areaStride;
  rDh = dh;
  rEfBio_g_Wh = efBio_g_Wh;
}

export function setRunInputs(first: i32, heat: usize, cool: usize, hourStride: usize, buildingStride: usize): void {
  first0 = first;
  inHeat = heat;
  inCool = cool;
  inHourStride = hourStride;
  inBuildingStride = buildingStride;
}

/**
 * The smaller of a and b as f64x2.pmin takes it per lane (b < a ? b : a), so the pair kernel
 * (pairRun.ts) matches this one bit for bit; equal to Math.min for the non-negative numbers here.
 */
export function minOf(a: f64, b: f64): f64 {
  return b < a ? b : a;
}

function out(rec: usize, k: i32, value: f64): void {
  store<f64>(rec + ((<usize>k) << 3), value);
}
function get(rec: usize, q: i32): f64 {
  return load<f64>(rec + ((<usize>q) << 3));
}

/**
 * Building i over `count` hours of month `month` (the hours set by setRunHours, space heat and cooling
 * by setRunInputs; DHW, appliances and PV of hour k are load(dhw + 8k)·dhwScale etc.: the model passes
 * its per-m² and per-kWp profile rows with floor area and kWp, the other modes W with scale 1): adds its grid exchange to its area's rows, its district heat to the hourly sums and
 * its flows to its monthly record; with S.detail, writes the last hour's flows to buildingOut.
 */
export function supplyRun(
  i: i32,
  count: i32,
  month: i32,
  dhw: usize,
  dhwScale: f64,
  app: usize,
  appScale: f64,
  pv: usize,
  pvScale: f64,
): void {
  const o8 = (<usize>i) << 3;
  const o4 = (<usize>i) << 2;
  const sysOffset = (<usize>(load<i32>(S.system + o4) * S.T_STRIDE)) << 3;
  const t0 = rTable + sysOffset;
  const dhwOn = load<f64>(t0, S.T_DHW_ON << 3);
  const fDh = load<f64>(t0, S.T_DH << 3);
  const capacityOn = load<f64>(S.primaryCapacity_W + o8);
  // on the linear path (linear.ts) the appliances and EV are summed per area and month, not here: their
  // scales are 0, so net = elSpace + elDhw + elCool (+ (+0) changes no bit), as on the pair kernel
  const linear = linearBuilding(i);
  const appScaleHere = linear ? 0.0 : appScale;
  const evDaily = linear ? 0.0 : load<f64>(S.evDaily_Wh + o8);
  const evOffset: usize = load<i32>(S.evMode + o4) === EV_UNCONTROLLED ? HS_EV_U << 3 : HS_EV_S << 3;
  const batCap = load<f64>(S.batCapacity_Wh + o8);
  const power = load<f64>(S.batPower_W + o8);
  const etaC = load<f64>(S.batEtaCharge + o8);
  const etaD = load<f64>(S.batEtaDischarge + o8);
  const target = load<i32>(S.batMode + o4) === BAT_PEAK_SHAVING ? load<f64>(S.batThreshold_W + o8) : 0.0;
  let soc = load<f64>(S.soc_Wh + o8);
  const detail = S.detail;
  const tableStride = rTableStride;
  const areaStride = rAreaStride;
  const hourStride = inHourStride;
  let t = t0;
  let sc = rScalars;
  let area = rAreaRow + ((<usize>(load<i32>(S.gridArea + o4) * A_STRIDE)) << 3);
  let dh = rDh;
  const b = <usize>(i - first0) * inBuildingStride;
  let pHeat = inHeat + b;
  let pCool = inCool + b;
  let pDhw = dhw;
  let pApp = app;
  let pPv = pv;
  enterMonth(i, month);
  const rec = workRecord(i);
  let sSpace = get(rec, M_SPACE_HEAT);
  let sDhw = get(rec, M_DHW);
  let sCool = get(rec, M_COOLING);
  let sElSpace = get(rec, M_EL_SPACE);
  let sElDhw = get(rec, M_EL_DHW);
  let sElCool = get(rec, M_EL_COOL);
  let sApp = get(rec, M_EL_APPLIANCES);
  let sPv = get(rec, M_PV);
  let sImport = get(rec, M_IMPORT);
  let sExport = get(rec, M_EXPORT);
  let sPrim = get(rec, M_PRIMARY_HEAT);
  let sBatLoss = get(rec, M_BAT_LOSS);
  let sCo2 = get(rec, M_CO2_EL_G);
  for (let k = 0; k < count; k++) {
    const qSpace = load<f64>(pHeat);
    const qCool = load<f64>(pCool);
    const qDhw = load<f64>(pDhw) * dhwScale;
    const appliances = load<f64>(pApp) * appScaleHere;
    const pvOut = load<f64>(pPv) * pvScale;

    // Heat: the primary unit first covers space heat, then DHW, within its capacity; the rest is electric.
    const capacity = load<f64>(t, S.T_ON << 3) > 0 ? capacityOn : 0.0;
    const primSpace = minOf(qSpace, capacity);
    const primDhw = minOf(qDhw, capacity - primSpace) * dhwOn;
    const prim = primSpace + primDhw;
    const elSpace = primSpace * load<f64>(t, S.T_E_SPACE << 3) + (qSpace - primSpace);
    const elDhw = primDhw * load<f64>(t, S.T_E_DHW << 3) + (qDhw - primDhw);
    const districtHeat = prim * fDh;
    const elCool = -qCool * load<f64>(sc, HS_EL_PER_COOL << 3);
    const ev = evDaily * load<f64>(sc + evOffset);
    const net = elSpace + elDhw + elCool + appliances + ev - pvOut;

    // Battery: toward net = 0 (self-consumption) or net = threshold (peak shaving), SOC kept in [0, capacity].
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
    // max(grid, 0) and max(−grid, 0) as (|g| ± g)/2: exact, the same bits (±0 included), branch-free
    // (the sign of a building's exchange flips with the sun; below 9e307 W nothing overflows)
    const absGrid = Math.abs(grid);
    const imported = (grid + absGrid) * 0.5;
    const exported = (absGrid - grid) * 0.5;
    const co2El = imported * load<f64>(sc, HS_EF_EL << 3);

    store<f64>(area, load<f64>(area) + imported); // A_IMPORT = 0
    store<f64>(area, load<f64>(area, 8) + exported, 8); // A_EXPORT = 1
    // adding +0 changes no sum, so buildings without district heat skip the store
    if (fDh !== 0) store<f64>(dh, load<f64>(dh) + districtHeat);

    if (detail) {
      const bioFuel = prim * load<f64>(t, S.T_BIO << 3);
      const o = S.buildingOut + ((<usize>i * <usize>OUT_STRIDE) << 3);
      out(o, OUT_EL_SPACE, elSpace);
      out(o, OUT_EL_DHW, elDhw);
      out(o, OUT_EL_COOL, elCool);
      out(o, OUT_EL_EV, ev);
      out(o, OUT_IMPORT, imported);
      out(o, OUT_EXPORT, exported);
      out(o, OUT_BAT_CHARGE, charge);
      out(o, OUT_BAT_DISCHARGE, discharge);
      out(o, OUT_DISTRICT_HEAT, districtHeat);
      out(o, OUT_BIO_FUEL, bioFuel);
      out(o, OUT_AMBIENT, primSpace * load<f64>(t, S.T_A_SPACE << 3) + primDhw * load<f64>(t, S.T_A_DHW << 3));
      out(o, OUT_BIO_LOSS, prim * load<f64>(t, S.T_BIO_LOSS << 3));
      out(o, OUT_BAT_LOSS, batLoss);
      out(o, OUT_CO2_G, co2El + bioFuel * rEfBio_g_Wh);
    }

    sSpace += qSpace;
    sDhw += qDhw;
    sCool += -qCool;
    sElSpace += elSpace;
    sElDhw += elDhw;
    sElCool += elCool;
    sApp += appliances;
    sPv += pvOut;
    sImport += imported;
    sExport += exported;
    sPrim += prim;
    sBatLoss += batLoss;
    sCo2 += co2El;

    pHeat += hourStride;
    pCool += hourStride;
    pDhw += 8;
    pApp += 8;
    pPv += 8;
    t += tableStride;
    sc += HS_STRIDE << 3;
    area += areaStride;
    dh += 8;
  }
  store<f64>(S.soc_Wh + o8, soc);
  // the month's sums continue in locals from their stored values: the same additions in the same order
  out(rec, M_SPACE_HEAT, sSpace);
  out(rec, M_DHW, sDhw);
  out(rec, M_COOLING, sCool);
  out(rec, M_EL_SPACE, sElSpace);
  out(rec, M_EL_DHW, sElDhw);
  out(rec, M_EL_COOL, sElCool);
  out(rec, M_EL_APPLIANCES, sApp);
  out(rec, M_PV, sPv);
  out(rec, M_IMPORT, sImport);
  out(rec, M_EXPORT, sExport);
  out(rec, M_PRIMARY_HEAT, sPrim);
  out(rec, M_BAT_LOSS, sBatLoss);
  out(rec, M_CO2_EL_G, sCo2);
}
