// City thermal kernel: the 5R1C model of zoneHour.ts for N buildings, one hour per thermalStep.
// The model is linear in its inputs (θ_m,t−1, θ_e, Φ_int, Φ_sol, Φ_HC), so thermalPrepare derives per
// building the affine response of the air temperature and of the end-of-hour mass temperature to each
// input by solving the 5R1C equations for unit inputs. The C.13 trial then has the closed form
// Φ_HC = (θ_set − θ_air,0)/(∂θ_air/∂Φ_HC), which is the trial's exact linear equivalent.
// Parameters and state are structure-of-arrays; coefficients are packed 16 per building so one
// building's are two cache lines. Nothing allocates per step.
import { rc5Air_C, rc5MassEnd_C, setRc5Zone, solveRc5 } from "./rc5";
import * as P from "./zoneLayout";

const C_AIR_MASS: i32 = 0; // ∂θ_air/∂θ_m,t−1
const C_AIR_OUT: i32 = 1; // ∂θ_air/∂θ_e
const C_AIR_INT: i32 = 2; // ∂θ_air/∂Φ_int
const C_AIR_SOL: i32 = 3; // ∂θ_air/∂Φ_sol
const C_AIR_HC: i32 = 4; // ∂θ_air/∂Φ_HC
const C_HC_PER_K: i32 = 5; // 1/(∂θ_air/∂Φ_HC): power per kelvin of air temperature [W/K]
const C_MASS_MASS: i32 = 6; // ∂θ_m,t/∂θ_m,t−1
const C_MASS_OUT: i32 = 7;
const C_MASS_INT: i32 = 8;
const C_MASS_SOL: i32 = 9;
const C_MASS_HC: i32 = 10;
const C_SET_HEAT: i32 = 11;
const C_SET_COOL: i32 = 12;
const C_MAX_HEAT: i32 = 13;
const C_MAX_COOL: i32 = 14;
const COEF_SLOTS: i32 = 16;

let count: i32 = 0;
let capacity: i32 = 0;
let params: usize = 0; // f64[15·capacity], parameter k of building i at k·capacity + i
let coefs: usize = 0; // f64[16·capacity]
let internalGains_W: usize = 0;
let solarGains_W: usize = 0;
let tMass_C: usize = 0;
let heating_W: usize = 0;
let cooling_W: usize = 0;
let tAir_C: usize = 0;

export const THERMAL_ERR_BAD_COUNT: i32 = 1;

function allocZeroed(slots: i32): usize {
  const used: i32 = slots > 0 ? slots : 1;
  const bytes = (<usize>used) << 3;
  const ptr = heap.alloc(bytes);
  memory.fill(ptr, 0, bytes);
  return ptr;
}

function at(base: usize, i: i32): usize {
  return base + ((<usize>i) << 3);
}

/**
 * Sizes the kernel for n buildings (0 = ok, 1 = bad n). Buffers are reused when n fits the previous
 * capacity and are zeroed; the host then fills the parameters and calls thermalPrepare.
 */
export function thermalInit(n: i32): i32 {
  if (n < 0 || n > 10_000_000) return THERMAL_ERR_BAD_COUNT;
  if (n > capacity || params === 0) {
    capacity = n;
    params = allocZeroed(P.ZONE_PARAM_COUNT * n);
    coefs = allocZeroed(COEF_SLOTS * n);
    internalGains_W = allocZeroed(n);
    solarGains_W = allocZeroed(n);
    tMass_C = allocZeroed(n);
    heating_W = allocZeroed(n);
    cooling_W = allocZeroed(n);
    tAir_C = allocZeroed(n);
  } else {
    memory.fill(params, 0, (<usize>(P.ZONE_PARAM_COUNT * capacity)) << 3);
    memory.fill(coefs, 0, (<usize>(COEF_SLOTS * capacity)) << 3);
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

function param(k: i32, i: i32): f64 {
  return load<f64>(at(params, k * capacity + i));
}

/** Derives every building's coefficients from its parameters; call after changing any parameter. */
export function thermalPrepare(): void {
  for (let i = 0; i < count; i++) {
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
    const c = coefs + ((<usize>(i * COEF_SLOTS)) << 3);
    // The equations are homogeneous-linear (no constant term), so the response to a unit input with
    // all others zero is that input's coefficient.
    solveRc5(1.0, 0.0, 0.0, 0.0, 0.0);
    store<f64>(at(c, C_AIR_MASS), rc5Air_C());
    store<f64>(at(c, C_MASS_MASS), rc5MassEnd_C());
    solveRc5(0.0, 1.0, 0.0, 0.0, 0.0);
    store<f64>(at(c, C_AIR_OUT), rc5Air_C());
    store<f64>(at(c, C_MASS_OUT), rc5MassEnd_C());
    solveRc5(0.0, 0.0, 1.0, 0.0, 0.0);
    store<f64>(at(c, C_AIR_INT), rc5Air_C());
    store<f64>(at(c, C_MASS_INT), rc5MassEnd_C());
    solveRc5(0.0, 0.0, 0.0, 1.0, 0.0);
    store<f64>(at(c, C_AIR_SOL), rc5Air_C());
    store<f64>(at(c, C_MASS_SOL), rc5MassEnd_C());
    solveRc5(0.0, 0.0, 0.0, 0.0, 1.0);
    store<f64>(at(c, C_AIR_HC), rc5Air_C());
    store<f64>(at(c, C_HC_PER_K), 1.0 / rc5Air_C());
    store<f64>(at(c, C_MASS_HC), rc5MassEnd_C());
    store<f64>(at(c, C_SET_HEAT), param(P.P_SETPOINT_HEATING, i));
    store<f64>(at(c, C_SET_COOL), param(P.P_SETPOINT_COOLING, i));
    store<f64>(at(c, C_MAX_HEAT), param(P.P_MAX_HEATING, i));
    store<f64>(at(c, C_MAX_COOL), param(P.P_MAX_COOLING, i));
  }
}

/**
 * Simulates one hour for every building at outdoor temperature tOut_C with this hour's gains from
 * the gain buffers; writes heating/cooling power, air temperature and end-of-hour mass temperature.
 */
export function thermalStep(tOut_C: f64): void {
  // Buffer bases in locals: the loop then reads no globals.
  const end = (<usize>count) << 3;
  const massBuf = tMass_C;
  const intBuf = internalGains_W;
  const solBuf = solarGains_W;
  const heatBuf = heating_W;
  const coolBuf = cooling_W;
  const airBuf = tAir_C;
  let c = coefs;
  for (let o: usize = 0; o < end; o += 8) {
    const massPrev_C = load<f64>(massBuf + o);
    const int_W = load<f64>(intBuf + o);
    const sol_W = load<f64>(solBuf + o);
    const air0_C =
      load<f64>(c, C_AIR_MASS << 3) * massPrev_C +
      load<f64>(c, C_AIR_OUT << 3) * tOut_C +
      load<f64>(c, C_AIR_INT << 3) * int_W +
      load<f64>(c, C_AIR_SOL << 3) * sol_W;
    const mass0_C =
      load<f64>(c, C_MASS_MASS << 3) * massPrev_C +
      load<f64>(c, C_MASS_OUT << 3) * tOut_C +
      load<f64>(c, C_MASS_INT << 3) * int_W +
      load<f64>(c, C_MASS_SOL << 3) * sol_W;
    const perK = load<f64>(c, C_HC_PER_K << 3);
    // Power to reach each setpoint (C.13 closed form); heat below the heating setpoint, cool above
    // the cooling one (setpoints ordered, so at most one is non-zero), each clipped to capacity.
    const toHeat_W = (load<f64>(c, C_SET_HEAT << 3) - air0_C) * perK;
    const toCool_W = (load<f64>(c, C_SET_COOL << 3) - air0_C) * perK;
    // max(x, 0) = (x + |x|)/2 and min(x, 0) = (x − |x|)/2, exact and branch-free (the mode of a
    // building flips unpredictably across the stock); the capacity clip rarely binds, so its branch
    // predicts well.
    let heat_W = (toHeat_W + Math.abs(toHeat_W)) * 0.5;
    let cool_W = (toCool_W - Math.abs(toCool_W)) * 0.5;
    const maxHeat_W = load<f64>(c, C_MAX_HEAT << 3);
    const maxCool_W = load<f64>(c, C_MAX_COOL << 3);
    if (heat_W > maxHeat_W) heat_W = maxHeat_W;
    if (cool_W < maxCool_W) cool_W = maxCool_W;
    const hc_W = heat_W + cool_W;
    store<f64>(heatBuf + o, heat_W);
    store<f64>(coolBuf + o, cool_W);
    store<f64>(airBuf + o, air0_C + load<f64>(c, C_AIR_HC << 3) * hc_W);
    store<f64>(massBuf + o, mass0_C + load<f64>(c, C_MASS_HC << 3) * hc_W);
    c += (<usize>COEF_SLOTS) << 3;
  }
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
/** f64[n]: air temperature of the last step [°C]. */
export function thermalAirTempPtr(): usize {
  return tAir_C;
}
