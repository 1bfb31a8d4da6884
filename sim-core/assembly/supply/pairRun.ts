// supplyRun for two buildings at once (f64x2, one building per lane), for buildings without a battery
// and without per-building hourly flows (the model's year mode). Each lane does supplyRun's arithmetic
// in supplyRun's order (f64x2.min is f64.min per lane), the grid-area and district-heat sums receive
// building a before building b as in building order, and each month sum its hours in order, so the
// results are bit-identical to two supplyRun calls. A battery's state of charge couples a building's
// hours through branches, so batteries stay on the scalar kernel (supplyRunPairable says which).
import * as R from "./buildings";
import { HS_EF_EL, HS_EL_PER_COOL, HS_EV_S, HS_EV_U, HS_STRIDE } from "./buildings";
import {
  A_STRIDE,
  EV_UNCONTROLLED,
  M_COOLING,
  M_DHW,
  M_CO2_EL_G,
  M_EL_APPLIANCES,
  M_EL_COOL,
  M_EL_DHW,
  M_EL_SPACE,
  M_EXPORT,
  M_IMPORT,
  M_PRIMARY_HEAT,
  M_PV,
  M_SPACE_HEAT,
} from "./layout";
import { enterMonth, workRecord } from "./months";
import * as S from "./state";

/** Lane 0 from a, lane 1 from b (f64 at each address). */
function lanes(a: usize, b: usize): v128 {
  return v128.load64_lane(b, v128.load64_zero(a), 1);
}

function putLanes(a: usize, b: usize, v: v128): void {
  store<f64>(a, f64x2.extract_lane(v, 0));
  store<f64>(b, f64x2.extract_lane(v, 1));
}

function sumOf(recA: usize, recB: usize, q: i32): v128 {
  const o = (<usize>q) << 3;
  return lanes(recA + o, recB + o);
}

function putSum(recA: usize, recB: usize, q: i32, v: v128): void {
  const o = (<usize>q) << 3;
  putLanes(recA + o, recB + o, v);
}

/** True when building i can run on the pair kernel: a SIMD build, no battery, no per-building hourly flows. */
export function supplyRunPairable(i: i32): bool {
  return ASC_FEATURE_SIMD && !S.detail && !(load<f64>(S.batCapacity_Wh + ((<usize>i) << 3)) > 0);
}

/**
 * Buildings a and b = a + 1 (both supplyRunPairable) over `count` hours of month `month`, as
 * supplyRun(a, …) then supplyRun(b, …). Space heat and cooling from setRunInputs (building stride 8
 * bytes, so a and b are one f64x2). DHW and appliances per building in one row per hour (DHW at +0,
 * appliances at +8, next hour rowStride bytes on), scaled by useScale (floor area); PV rows scaled by kWp.
 */
export function supplyRunPair(
  a: i32,
  count: i32,
  month: i32,
  rowA: usize,
  rowB: usize,
  rowStride: usize,
  useScaleA: f64,
  useScaleB: f64,
  pvA: usize,
  pvB: usize,
  pvScaleA: f64,
  pvScaleB: f64,
): void {
  if (ASC_FEATURE_SIMD) {
    const b = a + 1;
    const useScale = f64x2.replace_lane(f64x2.splat(useScaleA), 1, useScaleB);
    const pvScale = f64x2.replace_lane(f64x2.splat(pvScaleA), 1, pvScaleB);
    const oa8 = (<usize>a) << 3;
    const ob8 = (<usize>b) << 3;
    const oa4 = (<usize>a) << 2;
    const ob4 = (<usize>b) << 2;
    const tA0 = R.rTable + ((<usize>(load<i32>(S.system + oa4) * S.T_STRIDE)) << 3);
    const tB0 = R.rTable + ((<usize>(load<i32>(S.system + ob4) * S.T_STRIDE)) << 3);
    const dhwOn = lanes(tA0 + ((<usize>S.T_DHW_ON) << 3), tB0 + ((<usize>S.T_DHW_ON) << 3));
    const fDh = lanes(tA0 + ((<usize>S.T_DH) << 3), tB0 + ((<usize>S.T_DH) << 3));
    const fDhA = f64x2.extract_lane(fDh, 0);
    const fDhB = f64x2.extract_lane(fDh, 1);
    const capacityOn = lanes(S.primaryCapacity_W + oa8, S.primaryCapacity_W + ob8);
    const evDaily = lanes(S.evDaily_Wh + oa8, S.evDaily_Wh + ob8);
    // lane k takes the uncontrolled share where its building charges uncontrolled, else the smart one
    const evUncontrolled = i64x2(
      load<i32>(S.evMode + oa4) === EV_UNCONTROLLED ? -1 : 0,
      load<i32>(S.evMode + ob4) === EV_UNCONTROLLED ? -1 : 0,
    );
    const zero = f64x2.splat(0.0);
    const half = f64x2.splat(0.5);
    const tableStride = R.rTableStride;
    const areaStride = R.rAreaStride;
    const hourStride = R.inHourStride;
    let tA = tA0;
    let tB = tB0;
    let sc = R.rScalars;
    let areaA = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4) * A_STRIDE)) << 3);
    let areaB = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + ob4) * A_STRIDE)) << 3);
    let dh = R.rDh;
    let pHeat = R.inHeat + <usize>(a - R.first0) * R.inBuildingStride;
    let pCool = R.inCool + <usize>(a - R.first0) * R.inBuildingStride;
    let pA = rowA;
    let pB = rowB;
    let k8: usize = 0;
    enterMonth(a, month);
    enterMonth(b, month);
    const recA = workRecord(a);
    const recB = workRecord(b);
    let sSpace = sumOf(recA, recB, M_SPACE_HEAT);
    let sDhw = sumOf(recA, recB, M_DHW);
    let sCool = sumOf(recA, recB, M_COOLING);
    let sElSpace = sumOf(recA, recB, M_EL_SPACE);
    let sElDhw = sumOf(recA, recB, M_EL_DHW);
    let sElCool = sumOf(recA, recB, M_EL_COOL);
    let sApp = sumOf(recA, recB, M_EL_APPLIANCES);
    let sPv = sumOf(recA, recB, M_PV);
    let sImport = sumOf(recA, recB, M_IMPORT);
    let sExport = sumOf(recA, recB, M_EXPORT);
    let sPrim = sumOf(recA, recB, M_PRIMARY_HEAT);
    let sCo2 = sumOf(recA, recB, M_CO2_EL_G);
    for (let k = 0; k < count; k++) {
      const qSpace = v128.load(pHeat);
      const qCool = v128.load(pCool);
      const qDhw = f64x2.mul(lanes(pA, pB), useScale);
      const appliances = f64x2.mul(lanes(pA + 8, pB + 8), useScale);
      const pvOut = f64x2.mul(lanes(pvA + k8, pvB + k8), pvScale);

      // supplyRun's heat, cooling, EV and net, lane by lane
      const on = f64x2.gt(lanes(tA + ((<usize>S.T_ON) << 3), tB + ((<usize>S.T_ON) << 3)), zero);
      const capacity = v128.bitselect(capacityOn, zero, on);
      const primSpace = f64x2.min(qSpace, capacity);
      const primDhw = f64x2.mul(f64x2.min(qDhw, f64x2.sub(capacity, primSpace)), dhwOn);
      const prim = f64x2.add(primSpace, primDhw);
      const eSpace = lanes(tA + ((<usize>S.T_E_SPACE) << 3), tB + ((<usize>S.T_E_SPACE) << 3));
      const eDhw = lanes(tA + ((<usize>S.T_E_DHW) << 3), tB + ((<usize>S.T_E_DHW) << 3));
      const elSpace = f64x2.add(f64x2.mul(primSpace, eSpace), f64x2.sub(qSpace, primSpace));
      const elDhw = f64x2.add(f64x2.mul(primDhw, eDhw), f64x2.sub(qDhw, primDhw));
      const districtHeat = f64x2.mul(prim, fDh);
      const minusCool = f64x2.neg(qCool);
      const elCool = f64x2.mul(minusCool, v128.load64_splat(sc, HS_EL_PER_COOL << 3));
      const evShare = v128.bitselect(
        v128.load64_splat(sc, HS_EV_U << 3),
        v128.load64_splat(sc, HS_EV_S << 3),
        evUncontrolled,
      );
      const ev = f64x2.mul(evDaily, evShare);
      const net = f64x2.sub(f64x2.add(f64x2.add(f64x2.add(f64x2.add(elSpace, elDhw), elCool), appliances), ev), pvOut);
      // no battery: charge = discharge = 0, kept in the sum for supplyRun's bits (net + 0 turns −0 into +0)
      const grid = f64x2.sub(f64x2.add(net, zero), zero);
      const absGrid = f64x2.abs(grid);
      const imported = f64x2.mul(f64x2.add(grid, absGrid), half);
      const exported = f64x2.mul(f64x2.sub(absGrid, grid), half);
      const co2El = f64x2.mul(imported, v128.load64_splat(sc, HS_EF_EL << 3));

      // building a's grid exchange and district heat before building b's (building order)
      store<f64>(areaA, load<f64>(areaA) + f64x2.extract_lane(imported, 0)); // A_IMPORT = 0
      store<f64>(areaA, load<f64>(areaA, 8) + f64x2.extract_lane(exported, 0), 8); // A_EXPORT = 1
      store<f64>(areaB, load<f64>(areaB) + f64x2.extract_lane(imported, 1));
      store<f64>(areaB, load<f64>(areaB, 8) + f64x2.extract_lane(exported, 1), 8);
      if (fDhA !== 0) store<f64>(dh, load<f64>(dh) + f64x2.extract_lane(districtHeat, 0));
      if (fDhB !== 0) store<f64>(dh, load<f64>(dh) + f64x2.extract_lane(districtHeat, 1));

      sSpace = f64x2.add(sSpace, qSpace);
      sDhw = f64x2.add(sDhw, qDhw);
      sCool = f64x2.add(sCool, minusCool);
      sElSpace = f64x2.add(sElSpace, elSpace);
      sElDhw = f64x2.add(sElDhw, elDhw);
      sElCool = f64x2.add(sElCool, elCool);
      sApp = f64x2.add(sApp, appliances);
      sPv = f64x2.add(sPv, pvOut);
      sImport = f64x2.add(sImport, imported);
      sExport = f64x2.add(sExport, exported);
      sPrim = f64x2.add(sPrim, prim);
      sCo2 = f64x2.add(sCo2, co2El);

      pHeat += hourStride;
      pCool += hourStride;
      pA += rowStride;
      pB += rowStride;
      k8 += 8;
      tA += tableStride;
      tB += tableStride;
      sc += HS_STRIDE << 3;
      areaA += areaStride;
      areaB += areaStride;
      dh += 8;
    }
    // the battery-loss sum stays as it is (+0 added every hour changes no bit of a +0 or positive sum)
    putSum(recA, recB, M_SPACE_HEAT, sSpace);
    putSum(recA, recB, M_DHW, sDhw);
    putSum(recA, recB, M_COOLING, sCool);
    putSum(recA, recB, M_EL_SPACE, sElSpace);
    putSum(recA, recB, M_EL_DHW, sElDhw);
    putSum(recA, recB, M_EL_COOL, sElCool);
    putSum(recA, recB, M_EL_APPLIANCES, sApp);
    putSum(recA, recB, M_PV, sPv);
    putSum(recA, recB, M_IMPORT, sImport);
    putSum(recA, recB, M_EXPORT, sExport);
    putSum(recA, recB, M_PRIMARY_HEAT, sPrim);
    putSum(recA, recB, M_CO2_EL_G, sCo2);
  }
}
