// Window solar gains of a whole stock for one hour, from the per-orientation POA buffers (solar
// kernel) — the hot-path form of windowSolarGain_W for the thermal step. Per building i:
//   Φ_sol,i = g_i·(1 − F_F,i)·F_sh,i · Σ_p A_w,i,p · I_p(hour)      (ISO 13790 eq. 43-44)
// Mirror: host/solar/reference/windowGains.ts. No allocation.
import { allocF64, loadF64, storeF64 } from "../buffers";
import { hours, planes, poa_W_m2 } from "./kernel";

/**
 * Writes Φ_sol [W] of `count` buildings for `hour` into out[count]. windowArea_m2 is f64[planes × count]
 * (plane-major: plane p of building i at p·count + i, planes as in the kernel); g, frameFraction and
 * shadingFactor are f64[count]. Returns 0, or 1 if hour or count is out of range.
 */
export function windowGainsForHour(
  hour: i32,
  count: i32,
  windowArea_m2: usize,
  g: usize,
  frameFraction: usize,
  shadingFactor: usize,
  out_W: usize,
): i32 {
  if (hour < 0 || hour >= hours || count < 0) return 1;
  for (let i = 0; i < count; i++) storeF64(out_W, i, 0.0);
  for (let p = 0; p < planes; p++) {
    const irradiance = loadF64(poa_W_m2, p * hours + hour);
    const base = p * count;
    for (let i = 0; i < count; i++)
      storeF64(out_W, i, loadF64(out_W, i) + loadF64(windowArea_m2, base + i) * irradiance);
  }
  for (let i = 0; i < count; i++) {
    const factor = loadF64(g, i) * (1.0 - loadF64(frameFraction, i)) * loadF64(shadingFactor, i);
    storeF64(out_W, i, factor * loadF64(out_W, i));
  }
  return 0;
}

// Optional per-building window buffers owned by the solar module (the thermal host may instead pass
// its own pointers to windowGainsForHour).

export let windowCount: i32 = 0;
export let windowArea_m2: usize = 0; // f64[planes × count], plane-major
export let windowG: usize = 0;
export let windowFrameFraction: usize = 0;
export let windowShadingFactor: usize = 0;
export let windowGain_W: usize = 0;

/** Allocates window buffers for `count` buildings and the kernel's planes; 0, or 1 if not initialised / bad count. */
export function initWindows(count: i32): i32 {
  if (planes === 0 || count < 1 || count > 10_000_000) return 1;
  windowCount = count;
  windowArea_m2 = allocF64(count * planes);
  windowG = allocF64(count);
  windowFrameFraction = allocF64(count);
  windowShadingFactor = allocF64(count);
  windowGain_W = allocF64(count);
  return 0;
}
