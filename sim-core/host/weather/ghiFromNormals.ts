// Deterministic hourly global horizontal irradiance (GHI) from 12 monthly irradiation normals, for
// places without an EPW file. Method: a clear-sky shape per hour from the sun position at mid-hour
// (the same NOAA equations as the WASM kernel) and the Haurwitz (1945) clear-sky model
//   GHI_cs = 1098 · cos Z · exp(−0.057 / cos Z)  [W/m²]   (Reno, Hansen & Stein 2012, SAND2012-2389, eq. 3)
// is scaled day by day and month by month so each month's sum equals its normal exactly.
// Day-to-day weather matters: a month of identical half-cloudy days would send almost all light to
// the diffuse part through Erbs' non-linear split and hide the beam that tilted planes catch. So the
// days of a month get relative clearness r_d = R_OVERCAST + (1 − R_OVERCAST)·u_d^p, with u_d the
// golden-ratio sequence frac(0.5 + d·0.618034…) over the day of year d (a fixed, well-spread order of
// clear and overcast days, no random numbers) and p set so the mean of r_d is the month's clear-sky
// ratio K = normal / Σ clear-sky; a last factor makes the month's sum exact. The same normals
// always give the same series. DNI/DHI follow by Erbs in the kernel.
import { assertFiniteArray, SimInputError } from "../errors.ts";
import { julianDay0h, sunPosition } from "../solar/reference/sunPosition.ts";
import { EPW_HOURS, expectedCalendar } from "./calendar.ts";

const DEG = Math.PI / 180;
/** Clearness of the darkest day relative to clear sky (a thick overcast day). */
const R_OVERCAST = 0.1;
const GOLDEN = 0.6180339887498949;

export interface GhiSite {
  latitude_deg: number;
  longitude_deg: number;
  /** Standard time zone, hours from UTC. */
  timeZone_h: number;
  /** Calendar year of the sun positions (non-leap hour grid). */
  year?: number;
}

/** Haurwitz clear-sky GHI [W/m²] for the cosine of the apparent zenith. */
export function haurwitzClearSky_W_m2(cosZenith: number): number {
  return cosZenith > 0 ? 1098 * cosZenith * Math.exp(-0.057 / cosZenith) : 0;
}

/** 8,760 hourly GHI values [W/m²] whose monthly sums [kWh/m²] equal `monthlyGhi_kWh_m2`. */
export function hourlyGhiFromNormals(monthlyGhi_kWh_m2: readonly number[], site: GhiSite): Float64Array {
  if (monthlyGhi_kWh_m2.length !== 12)
    throw new SimInputError(`need 12 monthly irradiation normals, got ${monthlyGhi_kWh_m2.length}`);
  assertFiniteArray("monthlyGhi_kWh_m2", monthlyGhi_kWh_m2, 0);
  const { latitude_deg, longitude_deg, timeZone_h } = site;
  if (!(latitude_deg >= -90 && latitude_deg <= 90))
    throw new SimInputError(`latitude ${latitude_deg} is outside −90..90°`);
  if (!(longitude_deg >= -180 && longitude_deg <= 180))
    throw new SimInputError(`longitude ${longitude_deg} is outside −180..180°`);
  if (!(timeZone_h >= -12 && timeZone_h <= 14)) throw new SimInputError(`time zone ${timeZone_h} is outside −12..14 h`);
  const { month } = expectedCalendar();
  const jdYearStart = julianDay0h(site.year ?? 2025, 1, 1);
  const out = new Float64Array(EPW_HOURS);
  const clearSum_Wh = new Float64Array(12);
  for (let i = 0; i < EPW_HOURS; i++) {
    const sun = sunPosition(jdYearStart + (i + 0.5 - timeZone_h) / 24, latitude_deg, longitude_deg);
    out[i] = haurwitzClearSky_W_m2(Math.cos(sun.zenith_deg * DEG));
    clearSum_Wh[month[i] - 1] += out[i];
  }
  for (let m = 0; m < 12; m++) {
    if (monthlyGhi_kWh_m2[m] > 0 && clearSum_Wh[m] === 0)
      throw new SimInputError(
        `month ${m + 1}: ${monthlyGhi_kWh_m2[m]} kWh/m² given, but the sun never rises (polar night)`,
      );
  }
  // Exponent p per month: mean of u^p over uniform u is 1/(p + 1).
  const exponent = new Float64Array(12);
  for (let m = 0; m < 12; m++) {
    const k = clearSum_Wh[m] > 0 ? (monthlyGhi_kWh_m2[m] * 1000) / clearSum_Wh[m] : 0;
    const meanU = (k - R_OVERCAST) / (1 - R_OVERCAST);
    exponent[m] = meanU > 0.02 && meanU < 0.98 ? 1 / meanU - 1 : Number.NaN; // NaN: all days alike
  }
  const scaledSum_Wh = new Float64Array(12);
  for (let i = 0; i < EPW_HOURS; i++) {
    const m = month[i] - 1;
    if (!Number.isNaN(exponent[m])) {
      const day = Math.floor(i / 24);
      const u = (0.5 + day * GOLDEN) % 1;
      out[i] *= R_OVERCAST + (1 - R_OVERCAST) * u ** exponent[m];
    }
    scaledSum_Wh[m] += out[i];
  }
  for (let i = 0; i < EPW_HOURS; i++) {
    const m = month[i] - 1;
    out[i] = scaledSum_Wh[m] > 0 ? (out[i] * monthlyGhi_kWh_m2[m] * 1000) / scaledSum_Wh[m] : 0;
  }
  return out;
}
