// supplyRun for two buildings at once (f64x2, one building per lane), for buildings without a battery
// and without per-building hourly flows (the model's year mode). Each lane does supplyRun's arithmetic
// in supplyRun's order (its minimum, minOf, is f64x2.pmin's lane), the grid-area and district-heat
// sums receive building a before building b as in building order, and each month sum its hours in
// order, so the results are bit-identical to two supplyRun calls. A battery's state of charge couples
// a building's hours through branches, so batteries stay on the scalar kernel (supplyRunPairable).
import * as R from "./buildings";
import { HS_EF_EL, HS_EL_PER_COOL, HS_EV_PAIRS, HS_STRIDE } from "./buildings";
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
import { linearBuilding } from "./linear";
import { enterMonth, workRecord } from "./months";
import * as S from "./state";
// biome-ignore lint/style/useImportType: AssemblyScript parses no type-only imports
import { Off, On } from "../variant";

/** Lane 0 from a, lane 1 from b (f64 at each address). */
function lanes(a: usize, b: usize): v128 {
  return v128.load64_lane(b, v128.load64_zero(a), 1);
}
// Lanes at a constant offset from a and b are written out with the offset as the loads' immediate (as
// lanes(a + 8, b + 8), V8 computed each address with an instruction of its own).

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

/** Building i's EV mode as 0 (uncontrolled) or 1 (smart), the index of its share in HS_EV_PAIRS. */
function evModeOf(i: i32): i32 {
  return load<i32>(S.evMode + ((<usize>i) << 2)) === EV_UNCONTROLLED ? 0 : 1;
}

/** True when building i can run on the pair kernel: a SIMD build, no battery, no per-building hourly flows. */
export function supplyRunPairable(i: i32): bool {
  return ASC_FEATURE_SIMD && !S.detail && !(load<f64>(S.batCapacity_Wh + ((<usize>i) << 3)) > 0);
}

/**
 * Buildings a and b = a + 1 (both supplyRunPairable) over `count` (≤ hours) hours of month `month` of
 * the year mode's run (setYearRun), as supplyRun(a, …) then supplyRun(b, …). Space heat and cooling
 * from setRunInputs (building stride 8 bytes, so a and b are one f64x2). DHW and appliances per
 * building in one row per hour (DHW at +0, appliances at +8, next hour rowStride bytes on), scaled by
 * the floor areas at useScale (f64[2]); PV rows scaled by the kWp at pvScale (f64[2]). Passes over
 * the run, so that each keeps its month sums in registers: heat (primary unit, DHW, district heat),
 * cooling where either building has cooling capacity (coolOn), then electricity and the grid, the
 * first handing elSpace + elDhw (the net's first partial sum; + elCool) to the next through pairScratch.
 * Where both buildings are linear (linear.ts: no PV, no battery) there is no grid pass: a pair without
 * cooling in one grid area adds its elHeat to the area and its CO2 inside the heat pass, the others in
 * linearPass after the cool pass; a pair with one linear building runs the grid pass with that lane's
 * appliances and EV scaled by 0 (linear.ts adds them per area and month).
 */
export function supplyRunPair(
  a: i32,
  count: i32,
  month: i32,
  rowA: usize,
  rowB: usize,
  rowStride: usize,
  useScale: usize,
  pvA: usize,
  pvB: usize,
  pvScale: usize,
  coolOn: bool,
): void {
  enterMonth(a, month);
  enterMonth(a + 1, month);
  if (count > S.hourCount) return; // pairScratch holds at most one year
  // one use (99 % of pairs in the Bærum stock): DHW and appliances per m² are one splat load per hour
  const sameUse = rowA === rowB;
  const dh = pairOnDistrictHeat(a);
  const oneArea = load<i32>(S.gridArea + ((<usize>a) << 2)) === load<i32>(S.gridArea + ((<usize>a) << 2), 4);
  // both on the linear path (linear.ts; ~80 % of pairs): only elHeat to the area and CO2, no grid pass
  const linearA = linearBuilding(a);
  const linearB = linearBuilding(a + 1);
  if (linearA && linearB && oneArea && !coolOn) {
    // nearly all of them: without cooling, in one grid area, inside the heat pass
    heatPasses<On>(a, count, rowA, rowB, rowStride, useScale, dh, sameUse);
    return;
  }
  heatPasses<Off>(a, count, rowA, rowB, rowStride, useScale, dh, sameUse);
  if (coolOn) coolPass(a, count);
  if (linearA && linearB) {
    if (oneArea) linearPass<On>(a, count);
    else linearPass<Off>(a, count);
    return;
  }
  // one of the two linear: its lane's appliances and EV scaled by 0 (net = elHeat, as on supplyRun's path)
  const pvOn = load<f64>(pvScale) !== 0 || load<f64>(pvScale, 8) !== 0;
  if (pvOn) {
    if (!oneArea)
      gridPass<On, Off, Off>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
    else if (sameUse)
      gridPass<On, On, On>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
    else gridPass<On, On, Off>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
  } else if (!oneArea)
    gridPass<Off, Off, Off>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
  else if (sameUse)
    gridPass<Off, On, On>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
  else gridPass<Off, On, Off>(a, count, rowA, rowB, rowStride, useScale, pvA, pvB, pvScale, linearA, linearB);
}

/**
 * A pair of linear buildings (linear.ts) over the run: their electricity is elHeat (the hand-over row:
 * elSpace + elDhw, + elCool), imported whole (net ≥ 0: import = net, export = +0), so this adds it to the
 * area's hour (a before b) and to its CO2; the month's import is Σ elSpace + Σ elDhw + Σ elCool + appliances
 * + EV (addLinearMonth, from the month sums), appliances and EV per area from prepareLinear. The same bits as gridPass with the lanes' appliances and
 * EV scaled by 0 (max(net, 0) = net for net ≥ +0, export +0 adds nothing) and as supplyRun.
 */
function linearPass<OneArea>(a: i32, count: i32): void {
  if (ASC_FEATURE_SIMD) {
    const oa4 = (<usize>a) << 2;
    const areaStride = R.rAreaStride;
    let sc = R.rScalars;
    let areaA = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4) * A_STRIDE)) << 3);
    let areaB = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4, 4) * A_STRIDE)) << 3);
    let elHeat = S.pairScratch;
    const elHeatEnd = elHeat + ((<usize>count) << 4);
    const recA = workRecord(a);
    const recB = workRecord(a + 1);
    let sCo2 = sumOf(recA, recB, M_CO2_EL_G);
    for (; elHeat < elHeatEnd; ) {
      const imported = v128.load(elHeat);
      if (isBoolean<OneArea>()) {
        store<f64>(areaA, load<f64>(areaA) + f64x2.extract_lane(imported, 0) + f64x2.extract_lane(imported, 1));
      } else {
        store<f64>(areaA, load<f64>(areaA) + f64x2.extract_lane(imported, 0)); // A_IMPORT = 0
        store<f64>(areaB, load<f64>(areaB) + f64x2.extract_lane(imported, 1));
      }
      sCo2 = f64x2.add(sCo2, f64x2.mul(imported, v128.load64_splat(sc, HS_EF_EL << 3)));
      sc += HS_STRIDE << 3;
      areaA += areaStride;
      if (!isBoolean<OneArea>()) areaB += areaStride;
      elHeat += 16;
    }
    putSum(recA, recB, M_CO2_EL_G, sCo2);
  }
}

/** heatPass's variant for district heat (dh) and one use (sameUse); Linear: see heatPass. */
function heatPasses<Linear>(
  a: i32,
  count: i32,
  rowA: usize,
  rowB: usize,
  rowStride: usize,
  useScale: usize,
  dh: bool,
  sameUse: bool,
): void {
  if (dh) {
    if (sameUse) heatPass<On, On, Linear>(a, count, rowA, rowB, rowStride, useScale);
    else heatPass<On, Off, Linear>(a, count, rowA, rowB, rowStride, useScale);
  } else if (sameUse) heatPass<Off, On, Linear>(a, count, rowA, rowB, rowStride, useScale);
  else heatPass<Off, Off, Linear>(a, count, rowA, rowB, rowStride, useScale);
}

/** True when building a or a + 1 has district heat (its system's T_DH factor is not 0). */
function pairOnDistrictHeat(a: i32): bool {
  const oa4 = (<usize>a) << 2;
  const dh = (<usize>S.T_DH) << 3;
  const tA = R.rTable + ((<usize>(load<i32>(S.system + oa4) * S.T_STRIDE)) << 3);
  const tB = R.rTable + ((<usize>(load<i32>(S.system + oa4, 4) * S.T_STRIDE)) << 3);
  return load<f64>(tA + dh) !== 0 || load<f64>(tB + dh) !== 0;
}

/**
 * Cooling of the pair over the run, where either building has cooling capacity (without, the cooling
 * is ±0 every hour and its terms change no bit of the net or the sums): elCool added to the hand-over
 * row (elSpace + elDhw, then + elCool: supplyRun's order) and the two cooling sums, in a pass of its own
 * so that the grid pass carries neither.
 */
function coolPass(a: i32, count: i32): void {
  if (ASC_FEATURE_SIMD) {
    const hourStride = R.inHourStride;
    let sc = R.rScalars;
    let pCool = R.inCool + <usize>(a - R.first0) * R.inBuildingStride;
    let net = S.pairScratch;
    const netEnd = net + ((<usize>count) << 4);
    const recA = workRecord(a);
    const recB = workRecord(a + 1);
    let sCool = sumOf(recA, recB, M_COOLING);
    let sElCool = sumOf(recA, recB, M_EL_COOL);
    for (; net < netEnd; ) {
      const minusCool = f64x2.neg(v128.load(pCool));
      const elCool = f64x2.mul(minusCool, v128.load64_splat(sc, HS_EL_PER_COOL << 3));
      v128.store(net, f64x2.add(v128.load(net), elCool));
      sCool = f64x2.add(sCool, minusCool);
      sElCool = f64x2.add(sElCool, elCool);
      pCool += hourStride;
      sc += HS_STRIDE << 3;
      net += 16;
    }
    putSum(recA, recB, M_COOLING, sCool);
    putSum(recA, recB, M_EL_COOL, sElCool);
  }
}

/**
 * Heat of the pair over the run: supplyRun's primary unit, DHW and district heat, lane by lane. Dh On:
 * either building has district heat (the hour's delivered heat added to the network's row); Off: neither.
 * SameUse On: one use row for both (rowA = rowB), its DHW splatted. b's rows through pointers of their own:
 * V8 recomputed a fixed distance (b − a) inside the loop.
 */
function heatPass<Dh, SameUse, Linear>(
  a: i32,
  count: i32,
  rowA: usize,
  rowB: usize,
  rowStride: usize,
  useScale: usize,
): void {
  if (ASC_FEATURE_SIMD) {
    const oa8 = (<usize>a) << 3;
    const oa4 = (<usize>a) << 2;
    const tA0 = R.rTable + ((<usize>(load<i32>(S.system + oa4) * S.T_STRIDE)) << 3);
    const tB0 = R.rTable + ((<usize>(load<i32>(S.system + oa4, 4) * S.T_STRIDE)) << 3);
    const dhwOn = lanes(tA0 + ((<usize>S.T_DHW_ON) << 3), tB0 + ((<usize>S.T_DHW_ON) << 3));
    const fDh = lanes(tA0 + ((<usize>S.T_DH) << 3), tB0 + ((<usize>S.T_DH) << 3));
    const capacityOn = v128.load(S.primaryCapacity_W + oa8);
    const scale = v128.load(useScale);
    const zero = f64x2.splat(0.0);
    const hourStride = R.inHourStride;
    // this hour's (T_ON, T_E_SPACE, T_E_DHW) of each building's system: its row in systemHours
    const hours = <usize>S.hourCount;
    const h0 = <usize>S.yearRunHour;
    let tA = S.systemHours + ((<usize>load<i32>(S.system + oa4) * hours + h0) << 5);
    let tB = S.systemHours + ((<usize>load<i32>(S.system + oa4, 4) * hours + h0) << 5);
    let dh = R.rDh;
    let pHeat = R.inHeat + <usize>(a - R.first0) * R.inBuildingStride;
    let pA = rowA;
    let pB = rowB;
    let out = S.pairScratch;
    const outEnd = out + ((<usize>count) << 4);
    const recA = workRecord(a);
    const recB = workRecord(a + 1);
    let sSpace = sumOf(recA, recB, M_SPACE_HEAT);
    let sDhw = sumOf(recA, recB, M_DHW);
    let sElSpace = sumOf(recA, recB, M_EL_SPACE);
    let sElDhw = sumOf(recA, recB, M_EL_DHW);
    let sPrim = sumOf(recA, recB, M_PRIMARY_HEAT);
    // Linear (linearPass folded in): the hour's grid factor and the pair's area row (one area)
    // (the hour's grid factor is slot 3 of the system rows, year.ts: no pointer of its own)
    const tEnd = tA + ((<usize>count) << 5);
    let area = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4) * A_STRIDE)) << 3);
    const areaStride = R.rAreaStride;
    let sCo2 = isBoolean<Linear>() ? sumOf(recA, recB, M_CO2_EL_G) : zero;
    // Linear: the loop runs on tA (no hand-over row), and without the DHW sum (linear.ts: floor area × the
    // use's month sum, as for the appliances), to keep the loop's values in registers
    for (; isBoolean<Linear>() ? tA < tEnd : out < outEnd; ) {
      const qSpace = v128.load(pHeat);
      const qDhw = f64x2.mul(isBoolean<SameUse>() ? v128.load64_splat(pA) : lanes(pA, pB), scale);
      // the systems' T_ON rows are lane masks (year.ts): the capacity where the unit runs, +0 where not
      const capacity = v128.and(capacityOn, lanes(tA, tB));
      const primSpace = f64x2.pmin(qSpace, capacity);
      const primDhw = f64x2.mul(f64x2.pmin(qDhw, f64x2.sub(capacity, primSpace)), dhwOn);
      const prim = f64x2.add(primSpace, primDhw);
      const eSpace = v128.load64_lane(tB, v128.load64_zero(tA, 8), 1, 8);
      const eDhw = v128.load64_lane(tB, v128.load64_zero(tA, 16), 1, 16);
      const elSpace = f64x2.add(f64x2.mul(primSpace, eSpace), f64x2.sub(qSpace, primSpace));
      const elDhw = f64x2.add(f64x2.mul(primDhw, eDhw), f64x2.sub(qDhw, primDhw));
      const elHeat = f64x2.add(elSpace, elDhw);
      if (isBoolean<Linear>()) {
        // a linear pair (no cooling, one area): imported whole; a's before b's
        store<f64>(area, load<f64>(area) + f64x2.extract_lane(elHeat, 0) + f64x2.extract_lane(elHeat, 1));
        sCo2 = f64x2.add(sCo2, f64x2.mul(elHeat, v128.load64_splat(tA, 24)));
        area += areaStride;
      } else v128.store(out, elHeat);
      // building a's district heat before building b's (building order); a building off district heat adds
      // prim · 0 = +0, which changes no bit of the sum (≥ 0, never −0): both lanes, no branch per lane
      if (isBoolean<Dh>()) {
        const delivered = f64x2.mul(prim, fDh);
        store<f64>(dh, load<f64>(dh) + f64x2.extract_lane(delivered, 0) + f64x2.extract_lane(delivered, 1));
      }
      sSpace = f64x2.add(sSpace, qSpace);
      if (!isBoolean<Linear>()) sDhw = f64x2.add(sDhw, qDhw);
      sElSpace = f64x2.add(sElSpace, elSpace);
      sElDhw = f64x2.add(sElDhw, elDhw);
      sPrim = f64x2.add(sPrim, prim);
      pHeat += hourStride;
      pA += rowStride;
      if (!isBoolean<SameUse>()) pB += rowStride;
      tA += 32;
      tB += 32;
      dh += 8;
      if (!isBoolean<Linear>()) out += 16;
    }
    putSum(recA, recB, M_SPACE_HEAT, sSpace);
    if (!isBoolean<Linear>()) putSum(recA, recB, M_DHW, sDhw);
    putSum(recA, recB, M_EL_SPACE, sElSpace);
    putSum(recA, recB, M_EL_DHW, sElDhw);
    putSum(recA, recB, M_PRIMARY_HEAT, sPrim);
    if (isBoolean<Linear>()) putSum(recA, recB, M_CO2_EL_G, sCo2);
  }
}

/**
 * Electricity of the pair over the run: appliances, EV, PV, the net and the grid exchange. Pv On: either
 * roof has PV; OneArea On: both buildings in one grid area (nearly every pair); SameUse On: one use row
 * for both (rowA = rowB), its appliances splatted. b's rows through pointers
 * of their own (V8 recomputed a fixed distance b − a inside the loop).
 */
function gridPass<Pv, OneArea, SameUse>(
  a: i32,
  count: i32,
  rowA: usize,
  rowB: usize,
  rowStride: usize,
  useScale: usize,
  pvA: usize,
  pvB: usize,
  pvScale: usize,
  linearA: bool,
  linearB: bool,
): void {
  if (ASC_FEATURE_SIMD) {
    const linearMask = i64x2(linearA ? -1 : 0, linearB ? -1 : 0);
    const oa8 = (<usize>a) << 3;
    const oa4 = (<usize>a) << 2;
    // a linear building's lane (linearMask all ones): appliances and EV × 0 (linear.ts sums them)
    const evDaily = v128.andnot(v128.load(S.evDaily_Wh + oa8), linearMask);
    // the hour's EV shares of the pair's two modes: one f64x2 of the hour-scalar row (HS_EV_PAIRS)
    const evLanes: usize = (<usize>(HS_EV_PAIRS + 2 * (2 * evModeOf(a) + evModeOf(a + 1)))) << 3;
    const scale = v128.andnot(v128.load(useScale), linearMask);
    const kWp = v128.load(pvScale);
    const zero = f64x2.splat(0.0);
    const areaStride = R.rAreaStride;
    let sc = R.rScalars;
    let evShares = sc + evLanes; // an induction pointer of its own: its offset is not recomputed every hour
    let areaA = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4) * A_STRIDE)) << 3);
    let areaB = R.rAreaRow + ((<usize>(load<i32>(S.gridArea + oa4, 4) * A_STRIDE)) << 3);
    let pA = rowA;
    let pB = rowB;
    let pv = pvA;
    let pvOfB = pvB;
    let elHeat = S.pairScratch;
    const elHeatEnd = elHeat + ((<usize>count) << 4);
    const recA = workRecord(a);
    const recB = workRecord(a + 1);
    let sApp = sumOf(recA, recB, M_EL_APPLIANCES);
    let sPv = sumOf(recA, recB, M_PV);
    let sImport = sumOf(recA, recB, M_IMPORT);
    let sExport = sumOf(recA, recB, M_EXPORT);
    let sCo2 = sumOf(recA, recB, M_CO2_EL_G);
    for (; elHeat < elHeatEnd; ) {
      const appliances = f64x2.mul(
        isBoolean<SameUse>() ? v128.load64_splat(pA, 8) : v128.load64_lane(pB, v128.load64_zero(pA, 8), 1, 8),
        scale,
      );
      const ev = f64x2.mul(evDaily, v128.load(evShares));
      // elSpace + elDhw (+ elCool where the pair has cooling: coolPass) from the hand-over row
      let net = f64x2.add(f64x2.add(v128.load(elHeat), appliances), ev);
      // without PV on either roof (~80 % of pairs) supplyRun's − pvOut is − (+0): no bit of net's value
      // changes (only a −0 net turns +0, and imported/exported below are +0 for either zero), nor sPv
      if (isBoolean<Pv>()) {
        const pvOut = f64x2.mul(lanes(pv, pvOfB), kWp);
        net = f64x2.sub(net, pvOut);
        sPv = f64x2.add(sPv, pvOut);
      }
      // no battery: supplyRun's grid = net + 0 − 0, imported = (grid + |grid|)·0.5, exported = (|grid| −
      // grid)·0.5 are, bit for bit, max(net, 0) and max(−net, 0) with +0 for any zero (2x·0.5 = x exactly)
      // max(−net, 0) as imported − net: net − net = +0 where net ≥ 0, +0 − net = −net where net < 0, and
      // +0 − (−0) = +0: the same bits, one operation
      const imported = f64x2.pmax(zero, net);
      const exported = f64x2.sub(imported, net);
      // building a's grid exchange before building b's (building order); in one area (nearly every pair)
      // (import, export) of the area (A_IMPORT, A_EXPORT adjacent) is one f64x2: + a's, then + b's
      if (isBoolean<OneArea>()) {
        const aSide = f64x2.shuffle(imported, exported, 0, 2);
        const bSide = f64x2.shuffle(imported, exported, 1, 3);
        v128.store(areaA, f64x2.add(f64x2.add(v128.load(areaA), aSide), bSide));
      } else {
        store<f64>(areaA, load<f64>(areaA) + f64x2.extract_lane(imported, 0)); // A_IMPORT = 0
        store<f64>(areaA, load<f64>(areaA, 8) + f64x2.extract_lane(exported, 0), 8); // A_EXPORT = 1
        store<f64>(areaB, load<f64>(areaB) + f64x2.extract_lane(imported, 1));
        store<f64>(areaB, load<f64>(areaB, 8) + f64x2.extract_lane(exported, 1), 8);
      }
      sApp = f64x2.add(sApp, appliances);
      sImport = f64x2.add(sImport, imported);
      sExport = f64x2.add(sExport, exported);
      sCo2 = f64x2.add(sCo2, f64x2.mul(imported, v128.load64_splat(sc, HS_EF_EL << 3)));
      pA += rowStride;
      if (!isBoolean<SameUse>()) pB += rowStride;
      if (isBoolean<Pv>()) {
        pv += 8;
        pvOfB += 8;
      }
      sc += HS_STRIDE << 3;
      evShares += HS_STRIDE << 3;
      areaA += areaStride;
      if (!isBoolean<OneArea>()) areaB += areaStride;
      elHeat += 16;
    }
    // the battery-loss sum stays as it is (+0 added every hour changes no bit of a +0 or positive sum)
    putSum(recA, recB, M_EL_APPLIANCES, sApp);
    putSum(recA, recB, M_PV, sPv);
    putSum(recA, recB, M_IMPORT, sImport);
    putSum(recA, recB, M_EXPORT, sExport);
    putSum(recA, recB, M_CO2_EL_G, sCo2);
  }
}
