// Public WASM exports of the solar module (prefix `solar`), each with a one-line contract.
// Azimuths: degrees clockwise from north (0 N, 90 E, 180 S, 270 W). Hours: EPW convention, hour
// index i of the year covers (i, i+1] hours after 1 Jan 00:00 local standard time; the sun is
// taken at mid-hour. Host: sim-core/host/solar/SolarCore.ts.
import * as k from "./kernel";
import { windowSolarGain_W } from "./pv";
import {
  equationOfTime_min,
  julianDay0h,
  sunAzimuth_deg,
  sunDeclination_deg,
  sunPosition,
  sunZenith_deg,
} from "./sunPosition";

export const SOLAR_MODULE_VERSION: i32 = 1;

/** Allocates per-hour and per-plane buffers from the shared heap (never resets it); 0 = ok, else an error code. */
export function solarInit(hours: i32, planes: i32): i32 {
  return k.init(hours, planes);
}
/** Sun position, (decompose ≠ 0: Erbs DNI/DHI from GHI, written back) and Hay-Davies POA of every plane × hour; 0 = ok. */
export function solarCompute(
  latitude_deg: f64,
  longitude_deg: f64,
  timeZone_h: f64,
  albedo: f64,
  year: i32,
  decompose: i32,
): i32 {
  return k.compute(latitude_deg, longitude_deg, timeZone_h, albedo, year, decompose !== 0);
}
/** PV AC output per kWp of every plane × hour from POA, air temperature and wind (Faiman cell temperature); 0 = ok. */
export function solarComputePv(gamma_1_K: f64, performanceRatio: f64, faimanU0: f64, faimanU1: f64): i32 {
  return k.computePv(gamma_1_K, performanceRatio, faimanU0, faimanU1);
}
/** Hours allocated by solarInit. */
export function solarHourCount(): i32 {
  return k.hours;
}
/** Planes allocated by solarInit. */
export function solarPlaneCount(): i32 {
  return k.planes;
}
/** f64[hours]: global horizontal irradiance [W/m²] (input). */
export function solarGhiPtr(): usize {
  return k.ghi_W_m2;
}
/** f64[hours]: direct normal irradiance [W/m²] (input, or output of decomposition). */
export function solarDniPtr(): usize {
  return k.dni_W_m2;
}
/** f64[hours]: diffuse horizontal irradiance [W/m²] (input, or output of decomposition). */
export function solarDhiPtr(): usize {
  return k.dhi_W_m2;
}
/** f64[hours]: outdoor air temperature [°C] (input, for PV cell temperature). */
export function solarTAirPtr(): usize {
  return k.tAir_C;
}
/** f64[hours]: wind speed [m/s] (input, for PV cell temperature). */
export function solarWindPtr(): usize {
  return k.windSpeed_m_s;
}
/** f64[planes]: plane tilt from horizontal [deg] (input; 90 = facade). */
export function solarPlaneTiltPtr(): usize {
  return k.planeTilt_deg;
}
/** f64[planes]: plane azimuth [deg clockwise from north] (input). */
export function solarPlaneAzimuthPtr(): usize {
  return k.planeAzimuth_deg;
}
/** f64[hours]: apparent sun zenith at mid-hour [deg] (output). */
export function solarZenithPtr(): usize {
  return k.zenith_deg;
}
/** f64[hours]: sun azimuth at mid-hour [deg clockwise from north] (output). */
export function solarAzimuthPtr(): usize {
  return k.azimuth_deg;
}
/** f64[planes × hours], index plane·hours + hour: plane-of-array irradiance [W/m²] (output). */
export function solarPoaPtr(): usize {
  return k.poa_W_m2;
}
/** f64[planes × hours], index plane·hours + hour: PV AC output [W per kWp] (output). */
export function solarPvPtr(): usize {
  return k.pv_W_per_kWp;
}
/** Sun position at a local standard date/time; read it with the four getters below. */
export function solarSunAt(
  year: i32,
  month: i32,
  day: i32,
  hourLocal: f64,
  latitude_deg: f64,
  longitude_deg: f64,
  timeZone_h: f64,
): void {
  sunPosition(julianDay0h(year, month, day) + (hourLocal - timeZone_h) / 24.0, latitude_deg, longitude_deg);
}
/** Apparent zenith of the last solarSunAt [deg]. */
export function solarSunZenith_deg(): f64 {
  return sunZenith_deg;
}
/** Azimuth of the last solarSunAt [deg clockwise from north]. */
export function solarSunAzimuth_deg(): f64 {
  return sunAzimuth_deg;
}
/** Declination of the last solarSunAt [deg]. */
export function solarSunDeclination_deg(): f64 {
  return sunDeclination_deg;
}
/** Equation of time of the last solarSunAt [min]. */
export function solarEquationOfTime_min(): f64 {
  return equationOfTime_min;
}
/** Window solar gain Φ_sol = g·(1 − F_F)·F_sh·A_w·I_plane [W] (ISO 13790 eq. 43-44). */
export function solarWindowGain_W(
  g: f64,
  frameFraction: f64,
  shadingFactor: f64,
  area_m2: f64,
  irradiance_W_m2: f64,
): f64 {
  return windowSolarGain_W(g, frameFraction, shadingFactor, area_m2, irradiance_W_m2);
}
/** Window solar gain of plane `plane` at hour `hour` from the POA buffer [W] (after solarCompute). */
export function solarWindowGainAt(
  plane: i32,
  hour: i32,
  g: f64,
  frameFraction: f64,
  shadingFactor: f64,
  area_m2: f64,
): f64 {
  if (plane < 0 || plane >= k.planes || hour < 0 || hour >= k.hours) return 0.0;
  return windowSolarGain_W(g, frameFraction, shadingFactor, area_m2, k.poaAt(plane, hour));
}
