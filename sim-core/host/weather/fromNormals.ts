// Deterministic hourly outdoor temperature from 12 monthly mean temperatures, for places without
// an EPW file. Method: the monthly means sit at mid-month and are interpolated linearly (periodic over
// the year) to each day; a cosine diurnal cycle with its minimum at 03:00 and maximum at 15:00 is
// added with the month's amplitude. No noise: the same normals always give the same series.
import { assertFiniteArray, SimInputError } from "../errors.ts";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const HOURS_PER_YEAR = 8760;

/** Day of year (0-based, fractional) of each month's midpoint in a 365-day year. */
function monthMidpoints_d(): number[] {
  const mids: number[] = [];
  let start = 0;
  for (const days of DAYS_IN_MONTH) {
    mids.push(start + days / 2);
    start += days;
  }
  return mids;
}

export function hourlyTemperatureFromNormals(
  monthlyMean_C: readonly number[],
  diurnalAmplitude_K: readonly number[] = new Array(12).fill(3),
): Float64Array {
  if (monthlyMean_C.length !== 12) throw new SimInputError(`need 12 monthly means, got ${monthlyMean_C.length}`);
  if (diurnalAmplitude_K.length !== 12)
    throw new SimInputError(`need 12 diurnal amplitudes, got ${diurnalAmplitude_K.length}`);
  assertFiniteArray("monthlyMean_C", monthlyMean_C, -60);
  assertFiniteArray("diurnalAmplitude_K", diurnalAmplitude_K, 0);
  const mids = monthMidpoints_d();
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const day = (h + 0.5) / 24;
    // Find the midpoints around `day`, wrapping December→January.
    let m1 = 11;
    for (let m = 0; m < 12; m++) if (mids[m] <= day) m1 = m;
    const m2 = (m1 + 1) % 12;
    const d1 = mids[m1] > day ? mids[m1] - 365 : mids[m1];
    const d2 = mids[m2] <= d1 ? mids[m2] + 365 : mids[m2];
    const w = (day - d1) / (d2 - d1);
    const mean = monthlyMean_C[m1] + (monthlyMean_C[m2] - monthlyMean_C[m1]) * w; // exact when equal
    const amplitude = diurnalAmplitude_K[m1] + (diurnalAmplitude_K[m2] - diurnalAmplitude_K[m1]) * w;
    const hourOfDay = h % 24;
    out[h] = mean - amplitude * Math.cos((2 * Math.PI * (hourOfDay - 3)) / 24);
  }
  return out;
}
