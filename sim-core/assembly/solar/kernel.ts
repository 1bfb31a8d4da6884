// Hourly solar kernel: sun position, (optional) Erbs decomposition, plane-of-array irradiance and
// PV output for a few ORIENTATIONS, not per building. All buildings of a municipality share the
// weather, so POA depends only on (hour, plane): computing it once per hour per orientation into
// per-hour buffers replaces N_buildings × 5 transpositions by 5 (a 30,000-building stock reads
// the same 5 × 8,760 values). Buildings then look up their plane's hour (window gains, PV).
// Buffers are carved from the shared WASM heap by solarInit (see buffers.ts); nothing is allocated
// by solarCompute / solarComputePv.
import { allocF64, loadF64, storeF64 } from "../buffers";
import {
  cosIncidence,
  erbsDiffuse_W_m2,
  erbsDirectNormal_W_m2,
  extraterrestrialNormal_W_m2,
  hayDaviesPoa_W_m2,
} from "./irradiance";
import { faimanCellTemp_C, pvPower_W_per_kWp } from "./pv";
import { julianDay0h, sunAzimuth_deg, sunPosition, sunZenith_deg } from "./sunPosition";

const DEG: f64 = Math.PI / 180.0;

export let hours: i32 = 0;
export let planes: i32 = 0;
// per hour, inputs
export let ghi_W_m2: usize = 0;
export let dni_W_m2: usize = 0;
export let dhi_W_m2: usize = 0;
export let tAir_C: usize = 0;
export let windSpeed_m_s: usize = 0;
// per plane, inputs
export let planeTilt_deg: usize = 0;
export let planeAzimuth_deg: usize = 0;
// per plane, precomputed at solarCompute
let planeCosTilt: usize = 0;
let planeSinTilt: usize = 0;
let planeAzimuth_rad: usize = 0;
// per hour, outputs
export let zenith_deg: usize = 0;
export let azimuth_deg: usize = 0;
// per plane × hour (index plane·hours + hour), outputs
export let poa_W_m2: usize = 0;
export let pv_W_per_kWp: usize = 0;

export const SOLAR_ERR_HOURS: i32 = 1;
export const SOLAR_ERR_PLANES: i32 = 2;
export const SOLAR_ERR_LATITUDE: i32 = 3;
export const SOLAR_ERR_LONGITUDE: i32 = 4;
export const SOLAR_ERR_TIME_ZONE: i32 = 5;
export const SOLAR_ERR_ALBEDO: i32 = 6;
export const SOLAR_ERR_YEAR: i32 = 7;
export const SOLAR_ERR_PLANE_ANGLES: i32 = 8;
export const SOLAR_ERR_NOT_INITIALISED: i32 = 9;
export const SOLAR_ERR_PV_PARAMETERS: i32 = 10;

export function init(hourCount: i32, planeCount: i32): i32 {
  if (hourCount < 1 || hourCount > 1_000_000) return SOLAR_ERR_HOURS;
  if (planeCount < 1 || planeCount > 64) return SOLAR_ERR_PLANES;
  hours = hourCount;
  planes = planeCount;
  ghi_W_m2 = allocF64(hourCount);
  dni_W_m2 = allocF64(hourCount);
  dhi_W_m2 = allocF64(hourCount);
  tAir_C = allocF64(hourCount);
  windSpeed_m_s = allocF64(hourCount);
  planeTilt_deg = allocF64(planeCount);
  planeAzimuth_deg = allocF64(planeCount);
  planeCosTilt = allocF64(planeCount);
  planeSinTilt = allocF64(planeCount);
  planeAzimuth_rad = allocF64(planeCount);
  zenith_deg = allocF64(hourCount);
  azimuth_deg = allocF64(hourCount);
  poa_W_m2 = allocF64(hourCount * planeCount);
  pv_W_per_kWp = allocF64(hourCount * planeCount);
  return 0;
}

function badNumber(x: f64, lo: f64, hi: f64): bool {
  return !(x >= lo && x <= hi); // also true for NaN
}

export function compute(
  latitude_deg: f64,
  longitude_deg: f64,
  timeZone_h: f64,
  albedo: f64,
  year: i32,
  decompose: bool,
): i32 {
  if (hours === 0) return SOLAR_ERR_NOT_INITIALISED;
  if (badNumber(latitude_deg, -90.0, 90.0)) return SOLAR_ERR_LATITUDE;
  if (badNumber(longitude_deg, -180.0, 180.0)) return SOLAR_ERR_LONGITUDE;
  if (badNumber(timeZone_h, -12.0, 14.0)) return SOLAR_ERR_TIME_ZONE;
  if (badNumber(albedo, 0.0, 1.0)) return SOLAR_ERR_ALBEDO;
  if (year < 1800 || year > 2200) return SOLAR_ERR_YEAR;
  for (let p = 0; p < planes; p++) {
    const tilt = loadF64(planeTilt_deg, p);
    const az = loadF64(planeAzimuth_deg, p);
    if (badNumber(tilt, 0.0, 180.0) || badNumber(az, -360.0, 360.0)) return SOLAR_ERR_PLANE_ANGLES;
    storeF64(planeCosTilt, p, Math.cos(tilt * DEG));
    storeF64(planeSinTilt, p, Math.sin(tilt * DEG));
    storeF64(planeAzimuth_rad, p, az * DEG);
  }
  const jdYearStart = julianDay0h(year, 1, 1);
  for (let i = 0; i < hours; i++) {
    // EPW hour i ends at (i+1):00 local standard time: the sun is taken at mid-hour.
    sunPosition(jdYearStart + (<f64>i + 0.5 - timeZone_h) / 24.0, latitude_deg, longitude_deg);
    const zen = sunZenith_deg;
    const azRad = sunAzimuth_deg * DEG;
    storeF64(zenith_deg, i, zen);
    storeF64(azimuth_deg, i, sunAzimuth_deg);
    const cosZ = Math.cos(zen * DEG);
    const sinZ = Math.sin(zen * DEG);
    const i0 = extraterrestrialNormal_W_m2(((i / 24) % 365) + 1);
    const ghi = loadF64(ghi_W_m2, i);
    let dni = loadF64(dni_W_m2, i);
    let dhi = loadF64(dhi_W_m2, i);
    if (decompose) {
      dhi = erbsDiffuse_W_m2(ghi, cosZ, i0);
      dni = erbsDirectNormal_W_m2(ghi, dhi, cosZ);
      storeF64(dhi_W_m2, i, dhi);
      storeF64(dni_W_m2, i, dni);
    }
    for (let p = 0; p < planes; p++) {
      const cosTilt = loadF64(planeCosTilt, p);
      const cosTheta = cosIncidence(cosZ, sinZ, azRad, cosTilt, loadF64(planeSinTilt, p), loadF64(planeAzimuth_rad, p));
      storeF64(poa_W_m2, p * hours + i, hayDaviesPoa_W_m2(ghi, dni, dhi, cosZ, cosTheta, cosTilt, i0, albedo));
    }
  }
  return 0;
}

export function computePv(gamma_1_K: f64, performanceRatio: f64, u0_W_m2K: f64, u1_Ws_m3K: f64): i32 {
  if (hours === 0) return SOLAR_ERR_NOT_INITIALISED;
  if (badNumber(gamma_1_K, -0.02, 0.0) || badNumber(performanceRatio, 0.0, 1.0)) return SOLAR_ERR_PV_PARAMETERS;
  if (badNumber(u0_W_m2K, 1.0, 100.0) || badNumber(u1_Ws_m3K, 0.0, 100.0)) return SOLAR_ERR_PV_PARAMETERS;
  for (let p = 0; p < planes; p++) {
    const base = p * hours;
    for (let i = 0; i < hours; i++) {
      const poa = loadF64(poa_W_m2, base + i);
      const tCell = faimanCellTemp_C(loadF64(tAir_C, i), poa, loadF64(windSpeed_m_s, i), u0_W_m2K, u1_Ws_m3K);
      storeF64(pv_W_per_kWp, base + i, pvPower_W_per_kWp(poa, tCell, gamma_1_K, performanceRatio));
    }
  }
  return 0;
}

/** POA of plane `plane` at hour `hour` [W/m²] (for the thermal module; no bounds check). */
export function poaAt(plane: i32, hour: i32): f64 {
  return loadF64(poa_W_m2, plane * hours + hour);
}
