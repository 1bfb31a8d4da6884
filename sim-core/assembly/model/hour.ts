// One hour of a range of buildings, the modules' data flow in WASM memory: schedules × floor area →
// internal gains, DHW and appliances; per-plane POA (computed once per hour by the solar kernel) →
// window solar gains (ISO 13790 eq. 43-44, summed over planes in the solar module's order, so the
// result is bit-identical to solarWindowGainsForHour); kWp × the roof plane's PV per kWp.
import * as Solar from "../solar/kernel";
import { thermalInternalGainsPtr, thermalSolarGainsPtr } from "../thermal/kernel";
import * as M from "./state";

function f(base: usize, i: i32): f64 {
  return load<f64>(base + ((<usize>i) << 3));
}

/** Address of building i's window area on plane 0 (pair-interleaved, state.ts: plane p 16·p bytes on). */
function windowOf(i: i32, planes: i32): usize {
  return M.windowArea_m2 + ((<usize>((i >> 1) * planes)) << 4) + ((<usize>(i & 1)) << 3);
}

/** Writes internal and window solar gains of buildings first … first+n−1 for hour h into the thermal inputs. */
export function fillGains(first: i32, n: i32, h: i32): void {
  const hours = M.hourCount;
  const planes = M.planeCount;
  const intBuf = thermalInternalGainsPtr();
  const solBuf = thermalSolarGainsPtr();
  const poa = Solar.poa_W_m2 + ((<usize>h) << 3);
  const poaStride = (<usize>hours) << 3;
  for (let i = first; i < first + n; i++) {
    const o = (<usize>i) << 3;
    const use = load<i32>(M.useIndex + ((<usize>i) << 2));
    const area = load<f64>(M.floorArea_m2 + o);
    store<f64>(intBuf + o, f(M.gains_W_m2, use * hours + h) * area);
    const win = windowOf(i, planes);
    let sum: f64 = 0.0;
    for (let p = 0; p < planes; p++)
      sum = sum + load<f64>(win + ((<usize>p) << 4)) * load<f64>(poa + <usize>p * poaStride);
    store<f64>(solBuf + o, load<f64>(M.windowFactor + o) * sum);
  }
}

/**
 * fillGains for the standard five planes (roof, N, E, S, W) with this hour's POA in locals: the same
 * products summed in the same order, so bit-identical to the general loop.
 */
export function fillGains5(first: i32, n: i32, h: i32): void {
  const hours = M.hourCount;
  const intBuf = thermalInternalGainsPtr();
  const solBuf = thermalSolarGainsPtr();
  const poa = Solar.poa_W_m2 + ((<usize>h) << 3);
  const stride = (<usize>hours) << 3;
  const p0 = load<f64>(poa);
  const p1 = load<f64>(poa + stride);
  const p2 = load<f64>(poa + 2 * stride);
  const p3 = load<f64>(poa + 3 * stride);
  const p4 = load<f64>(poa + 4 * stride);
  const gainsRow = M.gains_W_m2 + ((<usize>h) << 3);
  for (let i = first; i < first + n; i++) {
    const o = (<usize>i) << 3;
    const row = <usize>load<i32>(M.useIndex + ((<usize>i) << 2)) * stride;
    store<f64>(intBuf + o, load<f64>(gainsRow + row) * load<f64>(M.floorArea_m2 + o));
    const win = windowOf(i, 5);
    let sum: f64 = 0.0;
    sum = sum + load<f64>(win) * p0;
    sum = sum + load<f64>(win, 16) * p1;
    sum = sum + load<f64>(win, 32) * p2;
    sum = sum + load<f64>(win, 48) * p3;
    sum = sum + load<f64>(win, 64) * p4;
    store<f64>(solBuf + o, load<f64>(M.windowFactor + o) * sum);
  }
}

/** DHW heat need of building i in hour h [W]. */
export function dhwAt(i: i32, h: i32): f64 {
  const use = load<i32>(M.useIndex + ((<usize>i) << 2));
  return f(M.dhw_W_m2, use * M.hourCount + h) * f(M.floorArea_m2, i);
}

/** Appliance and lighting electricity of building i in hour h [W]. */
export function appliancesAt(i: i32, h: i32): f64 {
  const use = load<i32>(M.useIndex + ((<usize>i) << 2));
  return f(M.appliances_W_m2, use * M.hourCount + h) * f(M.floorArea_m2, i);
}

/** PV output of building i in hour h [W]: kWp × its roof plane's output per kWp. */
export function pvAt(i: i32, h: i32): f64 {
  const plane = load<i32>(M.roofPlane + ((<usize>i) << 2));
  return f(M.pv_kWp, i) * f(Solar.pv_W_per_kWp, plane * M.hourCount + h);
}
