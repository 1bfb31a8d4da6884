// Plain-TypeScript reference of the WASM solar kernel (sim-core/assembly/solar/kernel.ts): same
// algorithm, scalar, used by the agreement test and the benchmark. No validation: callers pass what
// SolarCore would accept.
import {
  cosIncidence,
  erbsDiffuse_W_m2,
  erbsDirectNormal_W_m2,
  extraterrestrialNormal_W_m2,
  hayDaviesPoa_W_m2,
} from "./irradiance.ts";
import { faimanCellTemp_C, pvPower_W_per_kWp } from "./pv.ts";
import { julianDay0h, sunPosition } from "./sunPosition.ts";

const DEG = Math.PI / 180;

export interface Plane {
  tilt_deg: number;
  /** Degrees clockwise from north. */
  azimuth_deg: number;
}

export interface SolarSite {
  latitude_deg: number;
  longitude_deg: number;
  timeZone_h: number;
  albedo: number;
  year: number;
}

export interface PvParameters {
  gamma_1_K: number;
  performanceRatio: number;
  faimanU0_W_m2K: number;
  faimanU1_Ws_m3K: number;
}

export interface SolarHourlyResult {
  zenith_deg: Float64Array;
  azimuth_deg: Float64Array;
  dni_W_m2: Float64Array;
  dhi_W_m2: Float64Array;
  /** index plane·hours + hour */
  poa_W_m2: Float64Array;
}

/** Sun, optional Erbs decomposition and Hay-Davies POA for every plane × hour. */
export function solarPoaReference(
  site: SolarSite,
  planes: readonly Plane[],
  ghi_W_m2: ArrayLike<number>,
  dni_W_m2: ArrayLike<number> | null,
  dhi_W_m2: ArrayLike<number> | null,
): SolarHourlyResult {
  const hours = ghi_W_m2.length;
  const zenith = new Float64Array(hours);
  const azimuth = new Float64Array(hours);
  const dniOut = new Float64Array(hours);
  const dhiOut = new Float64Array(hours);
  const poa = new Float64Array(hours * planes.length);
  const cosTilt = planes.map((p) => Math.cos(p.tilt_deg * DEG));
  const sinTilt = planes.map((p) => Math.sin(p.tilt_deg * DEG));
  const planeAz = planes.map((p) => p.azimuth_deg * DEG);
  const decompose = dni_W_m2 === null || dhi_W_m2 === null;
  const jdYearStart = julianDay0h(site.year, 1, 1);
  for (let i = 0; i < hours; i++) {
    const sun = sunPosition(jdYearStart + (i + 0.5 - site.timeZone_h) / 24, site.latitude_deg, site.longitude_deg);
    const azRad = sun.azimuth_deg * DEG;
    zenith[i] = sun.zenith_deg;
    azimuth[i] = sun.azimuth_deg;
    const cosZ = Math.cos(sun.zenith_deg * DEG);
    const sinZ = Math.sin(sun.zenith_deg * DEG);
    const i0 = extraterrestrialNormal_W_m2((Math.floor(i / 24) % 365) + 1);
    const ghi = ghi_W_m2[i];
    let dni: number;
    let dhi: number;
    if (decompose) {
      dhi = erbsDiffuse_W_m2(ghi, cosZ, i0);
      dni = erbsDirectNormal_W_m2(ghi, dhi, cosZ);
    } else {
      dni = dni_W_m2[i];
      dhi = dhi_W_m2[i];
    }
    dniOut[i] = dni;
    dhiOut[i] = dhi;
    for (let p = 0; p < planes.length; p++) {
      const cosTheta = cosIncidence(cosZ, sinZ, azRad, cosTilt[p], sinTilt[p], planeAz[p]);
      poa[p * hours + i] = hayDaviesPoa_W_m2(ghi, dni, dhi, cosZ, cosTheta, cosTilt[p], i0, site.albedo);
    }
  }
  return { zenith_deg: zenith, azimuth_deg: azimuth, dni_W_m2: dniOut, dhi_W_m2: dhiOut, poa_W_m2: poa };
}

/** PV AC output per kWp for every plane × hour (index plane·hours + hour) [W per kWp]. */
export function pvReference(
  poa_W_m2: Float64Array,
  tAir_C: ArrayLike<number>,
  windSpeed_m_s: ArrayLike<number>,
  pv: PvParameters,
): Float64Array {
  const hours = tAir_C.length;
  const out = new Float64Array(poa_W_m2.length);
  for (let base = 0; base < poa_W_m2.length; base += hours) {
    for (let i = 0; i < hours; i++) {
      const poa = poa_W_m2[base + i];
      const tCell = faimanCellTemp_C(tAir_C[i], poa, windSpeed_m_s[i], pv.faimanU0_W_m2K, pv.faimanU1_Ws_m3K);
      out[base + i] = pvPower_W_per_kWp(poa, tCell, pv.gamma_1_K, pv.performanceRatio);
    }
  }
  return out;
}
