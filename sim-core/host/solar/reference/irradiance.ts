// Plain-TypeScript mirror of sim-core/assembly/solar/irradiance.ts (Erbs decomposition, Hay-Davies
// transposition); see there for the equations and their sources.
const SOLAR_CONSTANT_W_M2 = 1367;
const MIN_COS_ZENITH_RB = 0.01745;
const MIN_COS_ZENITH_ERBS = 0.065;

/** Duffie & Beckman eq. 1.4.1a [W/m²]. */
export function extraterrestrialNormal_W_m2(dayOfYear: number): number {
  return SOLAR_CONSTANT_W_M2 * (1 + 0.033 * Math.cos((2 * Math.PI * dayOfYear) / 365));
}

/** Erbs et al. (1982), D&B eq. 2.10.1. */
export function erbsDiffuseFraction(kt: number): number {
  if (kt <= 0.22) return 1 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt * kt * kt + 12.336 * kt * kt * kt * kt;
  return 0.165;
}

export function erbsDiffuse_W_m2(ghi_W_m2: number, cosZenith: number, extraterrestrial_W_m2: number): number {
  if (ghi_W_m2 <= 0) return 0;
  if (cosZenith <= MIN_COS_ZENITH_ERBS) return ghi_W_m2;
  let kt = ghi_W_m2 / (extraterrestrial_W_m2 * cosZenith);
  if (kt > 1) kt = 1;
  return erbsDiffuseFraction(kt) * ghi_W_m2;
}

export function erbsDirectNormal_W_m2(ghi_W_m2: number, dhi_W_m2: number, cosZenith: number): number {
  if (cosZenith <= MIN_COS_ZENITH_ERBS) return 0;
  const dni = (ghi_W_m2 - dhi_W_m2) / cosZenith;
  return Math.max(dni, 0);
}

/** D&B eq. 1.6.3 (azimuth-difference form). */
export function cosIncidence(
  cosZenith: number,
  sinZenith: number,
  sunAzimuth_rad: number,
  cosTilt: number,
  sinTilt: number,
  planeAzimuth_rad: number,
): number {
  return cosZenith * cosTilt + sinZenith * sinTilt * Math.cos(sunAzimuth_rad - planeAzimuth_rad);
}

/** Hay & Davies (1980), D&B eq. 2.16.7 without the HDKR horizon term [W/m²]. */
export function hayDaviesPoa_W_m2(
  ghi_W_m2: number,
  dni_W_m2: number,
  dhi_W_m2: number,
  cosZenith: number,
  cosTheta: number,
  cosTilt: number,
  extraterrestrial_W_m2: number,
  albedo: number,
): number {
  const skyView = (1 + cosTilt) / 2;
  const groundView = (1 - cosTilt) / 2;
  const ground = albedo * ghi_W_m2 * groundView;
  if (cosZenith <= 0) return dhi_W_m2 * skyView + ground;
  const cosThetaPos = Math.max(cosTheta, 0);
  let ai = dni_W_m2 / extraterrestrial_W_m2;
  if (ai > 1) ai = 1;
  const rb = cosThetaPos / Math.max(cosZenith, MIN_COS_ZENITH_RB);
  return dni_W_m2 * cosThetaPos + dhi_W_m2 * (ai * rb + (1 - ai) * skyView) + ground;
}
