// City thermal kernel: the 5R1C model of zoneHour.ts for N buildings, one hour per thermalStep.
// The model is linear in its inputs (θ_m,t−1, θ_e, Φ_int, Φ_sol, Φ_HC), so thermalPrepare derives per
// building the affine response of the air temperature and of the end-of-hour mass temperature to each
// input by solving the 5R1C equations for unit inputs. The C.13 trial then has the closed form
// Φ_HC = (θ_set − θ_air,0)/(∂θ_air/∂Φ_HC), which is the trial's exact linear equivalent.
// Parameters and state are structure-of-arrays. Coefficients are packed per pair of buildings,
// coefficient k of buildings 2j and 2j+1 side by side, so that a build with SIMD enabled
// (asconfig "enable": ["simd"]) steps two buildings per f64x2 operation with the same arithmetic,
// in the same order, as the scalar build: results are bit-identical either way. Nothing allocates
// per step.
import { allocZeroed } from "../buffers";
import { rc5Air_C, rc5MassEnd_C, setRc5Zone, solveRc5 } from "./rc5";
import * as P from "./zoneLayout";
// biome-ignore lint/style/useImportType: AssemblyScript parses no type-only imports
import { Off, On } from "../variant";

export const C_AIR_MASS: i32 = 0; // ∂θ_air/∂θ_m,t−1
export const C_AIR_OUT: i32 = 1; // ∂θ_air/∂θ_e
export const C_AIR_INT: i32 = 2; // ∂θ_air/∂Φ_int
export const C_AIR_SOL: i32 = 3; // ∂θ_air/∂Φ_sol
export const C_AIR_HC: i32 = 4; // ∂θ_air/∂Φ_HC
export const C_HC_PER_K: i32 = 5; // 1/(∂θ_air/∂Φ_HC): power per kelvin of air temperature [W/K]
export const C_MASS_MASS: i32 = 6; // ∂θ_m,t/∂θ_m,t−1
export const C_MASS_OUT: i32 = 7;
export const C_MASS_INT: i32 = 8;
export const C_MASS_SOL: i32 = 9;
export const C_MASS_HC: i32 = 10;
export const C_SET_HEAT: i32 = 11;
export const C_SET_COOL: i32 = 12;
export const C_MAX_HEAT: i32 = 13;
export const C_MAX_COOL: i32 = 14;
// Slots 15–23 of each pair's record belong to the model orchestrator (model/pairs.ts: its per-pair inputs,
// written at every modelYearStart, and a block's mass temperatures while it runs): its fused step then
// reads and writes one stream per pair. The kernel neither reads nor writes them (thermalPrepare: 0–14).
export const C_MODEL_FIRST: i32 = 15;
const COEF_SLOTS: i32 = 24;
export const PAIR_BYTES: usize = 2 * COEF_SLOTS * 8; // one pair of buildings' record

let count: i32 = 0;
let capacity: i32 = 0;
let params: usize = 0; // f64[15·capacity], parameter k of building i at k·capacity + i
let coefs: usize = 0; // f64[24·2·⌈capacity/2⌉], pair-interleaved (see top)
let internalGains_W: usize = 0;
let solarGains_W: usize = 0;
let tMass_C: usize = 0;
let heating_W: usize = 0;
let cooling_W: usize = 0;
let tAir_C: usize = 0;

export const THERMAL_ERR_BAD_COUNT: i32 = 1;

function allocSlots(slots: i32): usize {
  const used: i32 = slots > 0 ? slots : 1;
  return allocZeroed((<usize>used) << 3);
}

function at(base: usize, i: i32): usize {
  return base + ((<usize>i) << 3);
}

function atK(c: usize, k: i32): usize {
  return c + ((<usize>k) << 4);
}

/**
 * Sizes the kernel for n buildings (0 = ok, 1 = bad n). Buffers are reused when n fits the previous
 * capacity and are zeroed; the host then fills the parameters and calls thermalPrepare.
 */
export function thermalInit(n: i32): i32 {
  if (n < 0 || n > 10_000_000) return THERMAL_ERR_BAD_COUNT;
  if (n > capacity || params === 0) {
    capacity = n;
    params = allocSlots(P.ZONE_PARAM_COUNT * n);
    coefs = allocSlots(COEF_SLOTS * (n + 1));
    internalGains_W = allocSlots(n);
    solarGains_W = allocSlots(n);
    tMass_C = allocSlots(n);
    heating_W = allocSlots(n);
    cooling_W = allocSlots(n);
    tAir_C = allocSlots(n);
  } else {
    memory.fill(params, 0, (<usize>(P.ZONE_PARAM_COUNT * capacity)) << 3);
    memory.fill(coefs, 0, (<usize>(COEF_SLOTS * (capacity + 1))) << 3);
    const bytes = (<usize>capacity) << 3;
    memory.fill(internalGains_W, 0, bytes);
    memory.fill(solarGains_W, 0, bytes);
    memory.fill(tMass_C, 0, bytes);
    memory.fill(heating_W, 0, bytes);
    memory.fill(cooling_W, 0, bytes);
    memory.fill(tAir_C, 0, bytes);
  }
  count = n;
  return 0;
}

/** Address of building i's coefficient slot 0; slot k is at + 16·k bytes. */
function coefBase(i: i32): usize {
  return coefs + <usize>(i >> 1) * PAIR_BYTES + ((<usize>(i & 1)) << 3);
}

function param(k: i32, i: i32): f64 {
  return load<f64>(at(params, k * capacity + i));
}

function prepareBuilding(i: i32): void {
  setRc5Zone(
    param(P.P_FLOOR_AREA, i),
    param(P.P_VOLUME, i),
    param(P.P_WINDOW_AREA, i),
    param(P.P_OPAQUE_AREA, i),
    param(P.P_INTERNAL_SURFACE_AREA, i),
    param(P.P_U_WINDOW, i),
    param(P.P_U_OPAQUE, i),
    param(P.P_ACH_VENT, i),
    param(P.P_ACH_INFILTRATION, i),
    param(P.P_HEAT_RECOVERY, i),
    param(P.P_CAPACITANCE, i),
  );
  const c = coefBase(i);
  // The equations are homogeneous-linear (no constant term), so the response to a unit input with
  // all others zero is that input's coefficient.
  solveRc5(1.0, 0.0, 0.0, 0.0, 0.0);
  store<f64>(atK(c, C_AIR_MASS), rc5Air_C());
  store<f64>(atK(c, C_MASS_MASS), rc5MassEnd_C());
  solveRc5(0.0, 1.0, 0.0, 0.0, 0.0);
  store<f64>(atK(c, C_AIR_OUT), rc5Air_C());
  store<f64>(atK(c, C_MASS_OUT), rc5MassEnd_C());
  solveRc5(0.0, 0.0, 1.0, 0.0, 0.0);
  store<f64>(atK(c, C_AIR_INT), rc5Air_C());
  store<f64>(atK(c, C_MASS_INT), rc5MassEnd_C());
  solveRc5(0.0, 0.0, 0.0, 1.0, 0.0);
  store<f64>(atK(c, C_AIR_SOL), rc5Air_C());
  store<f64>(atK(c, C_MASS_SOL), rc5MassEnd_C());
  solveRc5(0.0, 0.0, 0.0, 0.0, 1.0);
  store<f64>(atK(c, C_AIR_HC), rc5Air_C());
  store<f64>(atK(c, C_HC_PER_K), 1.0 / rc5Air_C());
  store<f64>(atK(c, C_MASS_HC), rc5MassEnd_C());
  store<f64>(atK(c, C_SET_HEAT), param(P.P_SETPOINT_HEATING, i));
  store<f64>(atK(c, C_SET_COOL), param(P.P_SETPOINT_COOLING, i));
  store<f64>(atK(c, C_MAX_HEAT), param(P.P_MAX_HEATING, i));
  store<f64>(atK(c, C_MAX_COOL), param(P.P_MAX_COOLING, i));
}

/** Derives every building's coefficients from its parameters; call after changing parameters. */
export function thermalPrepare(): void {
  for (let i = 0; i < count; i++) prepareBuilding(i);
}

/** Derives building i's coefficients only (after changing its parameters); ignores a bad index. */
export function thermalPrepareBuilding(i: i32): void {
  if (i >= 0 && i < count) prepareBuilding(i);
}

/** One building-hour, scalar (see thermalStep). */
function stepBuilding(i: i32, tOut_C: f64): void {
  const o = (<usize>i) << 3;
  const c = coefBase(i);
  const massPrev_C = load<f64>(tMass_C + o);
  const int_W = load<f64>(internalGains_W + o);
  const sol_W = load<f64>(solarGains_W + o);
  const air0_C =
    load<f64>(atK(c, C_AIR_MASS)) * massPrev_C +
    load<f64>(atK(c, C_AIR_OUT)) * tOut_C +
    load<f64>(atK(c, C_AIR_INT)) * int_W +
    load<f64>(atK(c, C_AIR_SOL)) * sol_W;
  const mass0_C =
    load<f64>(atK(c, C_MASS_MASS)) * massPrev_C +
    load<f64>(atK(c, C_MASS_OUT)) * tOut_C +
    load<f64>(atK(c, C_MASS_INT)) * int_W +
    load<f64>(atK(c, C_MASS_SOL)) * sol_W;
  const perK = load<f64>(atK(c, C_HC_PER_K));
  // Power to reach each setpoint (C.13 closed form); heat below the heating setpoint, cool above the
  // cooling one (setpoints ordered, so at most one is non-zero), each clipped to capacity.
  const toHeat_W = (load<f64>(atK(c, C_SET_HEAT)) - air0_C) * perK;
  const toCool_W = (load<f64>(atK(c, C_SET_COOL)) - air0_C) * perK;
  // max(x, 0) and min(x, 0) as compare-and-replace against +0 (+0 for either zero; binaryen makes
  // them selects, branch-free: the mode of a building flips unpredictably across the stock); the
  // capacity clip rarely binds, so its branch predicts well.
  let heat_W = 0 < toHeat_W ? toHeat_W : 0.0;
  let cool_W = toCool_W < 0 ? toCool_W : 0.0;
  const maxHeat_W = load<f64>(atK(c, C_MAX_HEAT));
  const maxCool_W = load<f64>(atK(c, C_MAX_COOL));
  if (maxHeat_W < heat_W) heat_W = maxHeat_W;
  if (cool_W < maxCool_W) cool_W = maxCool_W;
  const hc_W = heat_W + cool_W;
  store<f64>(heating_W + o, heat_W);
  store<f64>(cooling_W + o, cool_W);
  store<f64>(tAir_C + o, air0_C + load<f64>(atK(c, C_AIR_HC)) * hc_W);
  store<f64>(tMass_C + o, mass0_C + load<f64>(atK(c, C_MASS_HC)) * hc_W);
}

/**
 * Two buildings (2j, 2j+1) per f64x2 operation: stepBuilding's arithmetic in the same order. Variants
 * (../variant.ts): Cooling Off where every building of the range has a cooling capacity of +0 (its cooling
 * is then +0 every hour, see below); StoreAir Off leaves the air temperature unwritten (thermalRunBlocks:
 * nobody reads it before the last hour).
 */
function stepPairs<Cooling, StoreAir>(firstPair: i32, pairs: i32, tOut_C: f64): void {
  if (ASC_FEATURE_SIMD) {
    const tOut = f64x2.splat(tOut_C);
    const zero = f64x2.splat(0.0);
    const massBuf = tMass_C;
    const intBuf = internalGains_W;
    const solBuf = solarGains_W;
    const heatBuf = heating_W;
    const coolBuf = cooling_W;
    const airBuf = tAir_C;
    let c = coefs + <usize>firstPair * PAIR_BYTES;
    const end = (<usize>(firstPair + pairs)) << 4;
    for (let o: usize = (<usize>firstPair) << 4; o < end; o += 16) {
      const massPrev = v128.load(massBuf + o);
      const int = v128.load(intBuf + o);
      const sol = v128.load(solBuf + o);
      const air0 = f64x2.add(
        f64x2.add(
          f64x2.add(f64x2.mul(v128.load(c, C_AIR_MASS << 4), massPrev), f64x2.mul(v128.load(c, C_AIR_OUT << 4), tOut)),
          f64x2.mul(v128.load(c, C_AIR_INT << 4), int),
        ),
        f64x2.mul(v128.load(c, C_AIR_SOL << 4), sol),
      );
      const mass0 = f64x2.add(
        f64x2.add(
          f64x2.add(
            f64x2.mul(v128.load(c, C_MASS_MASS << 4), massPrev),
            f64x2.mul(v128.load(c, C_MASS_OUT << 4), tOut),
          ),
          f64x2.mul(v128.load(c, C_MASS_INT << 4), int),
        ),
        f64x2.mul(v128.load(c, C_MASS_SOL << 4), sol),
      );
      const perK = v128.load(c, C_HC_PER_K << 4);
      const toHeat = f64x2.mul(f64x2.sub(v128.load(c, C_SET_HEAT << 4), air0), perK);
      // pmax(+0, x) and pmin(+0, x) are stepBuilding's compare-and-replace against 0 (both give +0 for
      // either zero), then the capacity clip likewise
      const heat = f64x2.pmin(f64x2.pmax(zero, toHeat), v128.load(c, C_MAX_HEAT << 4));
      // heat is never −0 (pmax(+0, ±0) is +0), so with a cooling of +0, heat + cooling is heat, bit for bit
      let hc = heat;
      let cool = zero;
      if (isBoolean<Cooling>()) {
        const toCool = f64x2.mul(f64x2.sub(v128.load(c, C_SET_COOL << 4), air0), perK);
        cool = f64x2.pmax(f64x2.pmin(zero, toCool), v128.load(c, C_MAX_COOL << 4));
        hc = f64x2.add(heat, cool);
      }
      v128.store(heatBuf + o, heat);
      v128.store(coolBuf + o, cool);
      if (isBoolean<StoreAir>()) v128.store(airBuf + o, f64x2.add(air0, f64x2.mul(v128.load(c, C_AIR_HC << 4), hc)));
      v128.store(massBuf + o, f64x2.add(mass0, f64x2.mul(v128.load(c, C_MASS_HC << 4), hc)));
      c += PAIR_BYTES;
    }
  }
}

/**
 * Simulates one hour for every building at outdoor temperature tOut_C with this hour's gains from
 * the gain buffers; writes heating/cooling power, air temperature and end-of-hour mass temperature.
 */
export function thermalStep(tOut_C: f64): void {
  thermalStepRange(0, count, tOut_C);
}

/**
 * Simulates one hour for buildings first … first+n−1 only (the model's building blocks); each building's
 * arithmetic is the same as in thermalStep, so stepping a stock in blocks gives identical results.
 * Ignores a range outside 0 … count.
 */
export function thermalStepRange(first: i32, n: i32, tOut_C: f64): void {
  if (first < 0 || n <= 0 || first + n > count) return;
  let i = first;
  const end = first + n;
  if (ASC_FEATURE_SIMD) {
    if ((i & 1) !== 0 && i < end) stepBuilding(i++, tOut_C);
    const pairs = (end - i) >> 1;
    stepPairs<On, On>(i >> 1, pairs, tOut_C);
    i += pairs << 1;
  }
  for (; i < end; i++) stepBuilding(i, tOut_C);
}

let outdoorSeries: usize = 0; // f64[outdoorHours]: thermalRunBlocks' outdoor temperatures
let outdoorHours: i32 = 0;

/** f64[hours]: an outdoor-temperature series for thermalRunBlocks (allocated on first use or when longer). */
export function thermalOutdoorPtr(hours: i32): usize {
  if (hours > outdoorHours) {
    outdoorHours = hours;
    outdoorSeries = allocSlots(hours);
  }
  return outdoorSeries;
}

/**
 * Block-major run of the kernel, as the model runs it: each block of `block` buildings through hours
 * 0 … hours−1 of thermalOutdoorPtr's series (gains held fixed). Same arithmetic per building-hour as
 * thermalStep hour by hour, and the same end state; as in the model, a block's pairs take the variant
 * without cooling terms where no building of the block has cooling capacity, and store the air
 * temperature at the last hour only. For benchmarks.
 */
export function thermalRunBlocks(block: i32, hours: i32): void {
  if (block < 1 || hours > outdoorHours) return;
  for (let first = 0; first < count; first += block) {
    const n = min<i32>(block, count - first);
    if (!ASC_FEATURE_SIMD || (first & 1) !== 0 || hours < 1) {
      for (let h = 0; h < hours; h++) thermalStepRange(first, n, load<f64>(outdoorSeries + ((<usize>h) << 3)));
      continue;
    }
    const pairs = n >> 1;
    const cooling = anyCooling(first, n);
    for (let h = 0; h < hours; h++) {
      const tOut_C = load<f64>(outdoorSeries + ((<usize>h) << 3));
      if (h === hours - 1) {
        if (cooling) stepPairs<On, On>(first >> 1, pairs, tOut_C);
        else stepPairs<Off, On>(first >> 1, pairs, tOut_C);
      } else if (cooling) stepPairs<On, Off>(first >> 1, pairs, tOut_C);
      else stepPairs<Off, Off>(first >> 1, pairs, tOut_C);
      if ((n & 1) !== 0) stepBuilding(first + n - 1, tOut_C);
    }
  }
}

/** True unless every building first … first+n−1 has a cooling capacity of exactly +0. */
function anyCooling(first: i32, n: i32): bool {
  for (let i = first; i < first + n; i++) {
    if (reinterpret<u64>(load<f64>(atK(coefBase(i), C_MAX_COOL))) !== 0) return true;
  }
  return false;
}

/** Number of buildings set by thermalInit. */
export function thermalCount(): i32 {
  return count;
}
/** f64[n]: parameter k (zoneLayout order) of every building (input; thermalPrepare applies it). */
export function thermalParamPtr(k: i32): usize {
  return params + ((<usize>(k * capacity)) << 3);
}
/** f64[n]: internal gains of the next step [W] (input). */
export function thermalInternalGainsPtr(): usize {
  return internalGains_W;
}
/** f64[n]: solar gains of the next step [W] (input). */
export function thermalSolarGainsPtr(): usize {
  return solarGains_W;
}
/** f64[n]: mass temperature [°C]: initial state (input), end of the last step (output). */
export function thermalMassTempPtr(): usize {
  return tMass_C;
}
/** f64[n]: heating power of the last step [W] (≥ 0). */
export function thermalHeatingPtr(): usize {
  return heating_W;
}
/** f64[n]: cooling power of the last step [W] (≤ 0). */
export function thermalCoolingPtr(): usize {
  return cooling_W;
}
/** Pair-interleaved coefficients (see top): pair j's slot k at + j·PAIR_BYTES + 16·k (the model's fused step). */
export function thermalCoefPtr(): usize {
  return coefs;
}
/** f64[n]: air temperature of the last step [°C]. */
export function thermalAirTempPtr(): usize {
  return tAir_C;
}
