// One hour of the thermal kernel for pairs of buildings with their gains computed inside the step
// (the year mode): no separate gains pass and no gain arrays stored and reloaded. Per lane, the same
// products in the same order as fillGains5 (internal = profile × floor area; window solar
// = factor · Σ_p A_w,p · POA_p, ISO 13790 eq. 43-44) and as the kernel's step (thermal/kernel.ts,
// stepPairsSimd: the C.13 closed form), so results are bit-identical to gains → thermalStepRange.
// Space heat and cooling go straight into the run buffer, pair j at row + 32·slot (heat f64x2, then
// cooling f64x2); mass temperatures into the pair's record while its block runs (run.ts moves them between
// the thermal state and the records; air temperatures into the thermal state at the year's last hour).
import * as Solar from "../solar/kernel";
import * as K from "../thermal/kernel";
import { R_AREA, R_FACTOR, R_MASS, R_ROWS, R_WINDOW } from "./pairs";
import * as M from "./state";
// biome-ignore lint/style/useImportType: AssemblyScript parses no type-only imports
import { Off, On } from "../variant";

/**
 * Pairs firstPair … firstPair+pairs−1 at hour h (thermalHourPairs) in the variant for the range: roofWindows
 * where a pair of it has a roof window, storeAir at the year's last hour, sameUse where each pair's two
 * buildings have one use (99 % of pairs in the Bærum stock; then the hour's gains are one splat load),
 * cooling where a building of the range has cooling capacity (in 6 % of the Bærum stock's blocks).
 */
export function thermalHour(
  firstPair: i32,
  pairs: i32,
  h: i32,
  tOut_C: f64,
  runRow: usize,
  storeAir: bool,
  roofWindows: bool,
  sameUse: bool,
  cooling: bool,
): void {
  if (!storeAir && !roofWindows) {
    if (cooling) {
      if (sameUse) thermalHourPairs<Off, Off, On, On>(firstPair, pairs, h, tOut_C, runRow);
      else thermalHourPairs<Off, Off, Off, On>(firstPair, pairs, h, tOut_C, runRow);
    } else if (sameUse) thermalHourPairs<Off, Off, On, Off>(firstPair, pairs, h, tOut_C, runRow);
    else thermalHourPairs<Off, Off, Off, Off>(firstPair, pairs, h, tOut_C, runRow);
    // rare (roof windows; the year's last hour): each use by its lane, the cooling terms computed
  } else if (!storeAir) thermalHourPairs<On, Off, Off, On>(firstPair, pairs, h, tOut_C, runRow);
  else if (roofWindows) thermalHourPairs<On, On, Off, On>(firstPair, pairs, h, tOut_C, runRow);
  else thermalHourPairs<Off, On, Off, On>(firstPair, pairs, h, tOut_C, runRow);
}

/**
 * Pairs firstPair … firstPair+pairs−1 (buildings 2j, 2j+1) at hour h, outdoor tOut_C, five planes;
 * their heat and cooling into runRow + 32·(j − firstPair). RoofWindows On: the roof plane's window term
 * (Off where no pair of the range has a roof window); StoreAir On: the air temperatures (the year's last
 * hour); SameUse On: every pair's buildings have one use (its gains splatted from building 2j's row);
 * Cooling Off: every building's cooling capacity is +0, so its cooling is +0 every hour (below).
 * Variants (../variant.ts), not flags: no test per pair, no register holding a flag (V8 spilled the
 * hour's offset for want of one).
 */
function thermalHourPairs<RoofWindows, StoreAir, SameUse, Cooling>(
  firstPair: i32,
  pairs: i32,
  h: i32,
  tOut_C: f64,
  runRow: usize,
): void {
  if (ASC_FEATURE_SIMD) {
    const stride = (<usize>M.hourCount) << 3;
    const poa = Solar.poa_W_m2 + ((<usize>h) << 3);
    const p0 = v128.load64_splat(poa);
    const p1 = v128.load64_splat(poa + stride);
    const p2 = v128.load64_splat(poa + 2 * stride);
    const p3 = v128.load64_splat(poa + 3 * stride);
    const p4 = v128.load64_splat(poa + 4 * stride);
    const hour32 = (<usize>h) << 5;
    const tOut = f64x2.splat(tOut_C);
    const zero = f64x2.splat(0.0);
    // pair j's air temperatures at airPairs + (out − runRow)/2 (out advances 32 bytes a pair, air 16)
    const airPairs = K.thermalAirTempPtr() + ((<usize>firstPair) << 4);
    // one record per pair: the coefficients, then the inputs preparePairs copied beside them (pairs.ts)
    let c = K.thermalCoefPtr() + <usize>firstPair * K.PAIR_BYTES;
    let out = runRow;
    const end = c + <usize>pairs * K.PAIR_BYTES;
    for (; c < end; c += K.PAIR_BYTES) {
      const massPrev = v128.load(c, R_MASS);
      const gains_W_m2 = isBoolean<SameUse>()
        ? v128.load64_splat(<usize>load<u32>(c, R_ROWS) + hour32)
        : v128.load64_lane(
            <usize>load<u32>(c, R_ROWS + 4) + hour32,
            v128.load64_zero(<usize>load<u32>(c, R_ROWS) + hour32),
            1,
          );
      const int = f64x2.mul(gains_W_m2, v128.load(c, R_AREA));
      // no window on the roof plane in any pair of the range (every stock from a city): the sum starts with
      // the N product, as A_roof·POA_roof = +0 and +0 + a product ≥ 0 is that product, bit for bit
      let sum = f64x2.mul(v128.load(c, R_WINDOW + 16), p1);
      if (isBoolean<RoofWindows>()) sum = f64x2.add(f64x2.mul(v128.load(c, R_WINDOW), p0), sum);
      sum = f64x2.add(sum, f64x2.mul(v128.load(c, R_WINDOW + 32), p2));
      sum = f64x2.add(sum, f64x2.mul(v128.load(c, R_WINDOW + 48), p3));
      sum = f64x2.add(sum, f64x2.mul(v128.load(c, R_WINDOW + 64), p4));
      const sol = f64x2.mul(v128.load(c, R_FACTOR), sum);
      const air0 = f64x2.add(
        f64x2.add(
          f64x2.add(
            f64x2.mul(v128.load(c, K.C_AIR_MASS << 4), massPrev),
            f64x2.mul(v128.load(c, K.C_AIR_OUT << 4), tOut),
          ),
          f64x2.mul(v128.load(c, K.C_AIR_INT << 4), int),
        ),
        f64x2.mul(v128.load(c, K.C_AIR_SOL << 4), sol),
      );
      const mass0 = f64x2.add(
        f64x2.add(
          f64x2.add(
            f64x2.mul(v128.load(c, K.C_MASS_MASS << 4), massPrev),
            f64x2.mul(v128.load(c, K.C_MASS_OUT << 4), tOut),
          ),
          f64x2.mul(v128.load(c, K.C_MASS_INT << 4), int),
        ),
        f64x2.mul(v128.load(c, K.C_MASS_SOL << 4), sol),
      );
      const perK = v128.load(c, K.C_HC_PER_K << 4);
      const toHeat = f64x2.mul(f64x2.sub(v128.load(c, K.C_SET_HEAT << 4), air0), perK);
      // max(x, 0) and min(x, 0) as the kernel's compare-and-replace against +0 (+0 for either zero); the
      // window sum starts with its first product (0 + a product ≥ 0 is that product)
      const heat = f64x2.pmin(f64x2.pmax(zero, toHeat), v128.load(c, K.C_MAX_HEAT << 4));
      // with a cooling capacity of +0, pmax(pmin(+0, toCool), +0) is +0 for any toCool: the cooling is +0
      // (stored, for the kernels that read it) and heat + cooling is heat + (+0), i.e. heat (never −0)
      let cool = zero;
      let hc = heat;
      if (isBoolean<Cooling>()) {
        const toCool = f64x2.mul(f64x2.sub(v128.load(c, K.C_SET_COOL << 4), air0), perK);
        cool = f64x2.pmax(f64x2.pmin(zero, toCool), v128.load(c, K.C_MAX_COOL << 4));
        hc = f64x2.add(heat, cool);
      }
      v128.store(out, heat);
      v128.store(out, cool, 16);
      // the air temperature is state nobody reads during the year: stored at its last hour only (a third
      // stream of stores every hour cost ~7 %)
      if (isBoolean<StoreAir>()) {
        const air = f64x2.add(air0, f64x2.mul(v128.load(c, K.C_AIR_HC << 4), hc));
        v128.store(airPairs + ((out - runRow) >> 1), air);
      }
      v128.store(c, f64x2.add(mass0, f64x2.mul(v128.load(c, K.C_MASS_HC << 4), hc)), R_MASS);
      out += 32;
    }
  }
}
