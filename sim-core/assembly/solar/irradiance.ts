// Irradiance models shared by the hourly solar kernel. Mirror: host/solar/reference/irradiance.ts.
// Angles in radians inside, degrees at the exports; azimuth clockwise from north.

const SOLAR_CONSTANT_W_M2: f64 = 1367.0;
/** Smallest cos(zenith) used in beam ratios (sun 89° from zenith), as pvlib's haydavies. */
const MIN_COS_ZENITH_RB: f64 = 0.01745;
/** Below cos(zenith) = 0.065 (zenith ≈ 86.3°) Erbs gives no beam (pvlib's erbs min_cos_zenith). */
const MIN_COS_ZENITH_ERBS: f64 = 0.065;

/** Extraterrestrial normal irradiance on day `dayOfYear` (1..365) [W/m²] (Duffie & Beckman eq. 1.4.1a). */
export function extraterrestrialNormal_W_m2(dayOfYear: i32): f64 {
  return SOLAR_CONSTANT_W_M2 * (1.0 + 0.033 * Math.cos((2.0 * Math.PI * <f64>dayOfYear) / 365.0));
}

/** Erbs et al. (1982) diffuse fraction of global horizontal from the clearness index (D&B eq. 2.10.1). */
export function erbsDiffuseFraction(kt: f64): f64 {
  if (kt <= 0.22) return 1.0 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt * kt * kt + 12.336 * kt * kt * kt * kt;
  return 0.165;
}

/** Diffuse horizontal irradiance from GHI by Erbs [W/m²]; all diffuse when the sun is (nearly) down. */
export function erbsDiffuse_W_m2(ghi_W_m2: f64, cosZenith: f64, extraterrestrial_W_m2: f64): f64 {
  if (ghi_W_m2 <= 0.0) return 0.0;
  if (cosZenith <= MIN_COS_ZENITH_ERBS) return ghi_W_m2;
  let kt = ghi_W_m2 / (extraterrestrial_W_m2 * cosZenith); // clearness index k_T
  if (kt > 1.0) kt = 1.0;
  return erbsDiffuseFraction(kt) * ghi_W_m2;
}

/** Direct normal irradiance that closes GHI = DNI·cosZ + DHI [W/m²]. */
export function erbsDirectNormal_W_m2(ghi_W_m2: f64, dhi_W_m2: f64, cosZenith: f64): f64 {
  if (cosZenith <= MIN_COS_ZENITH_ERBS) return 0.0;
  const dni = (ghi_W_m2 - dhi_W_m2) / cosZenith;
  return Math.max(dni, 0.0);
}

/** cos of the angle of incidence on a plane (D&B eq. 1.6.3, azimuth-difference form). */
export function cosIncidence(
  cosZenith: f64,
  sinZenith: f64,
  sunAzimuth_rad: f64,
  cosTilt: f64,
  sinTilt: f64,
  planeAzimuth_rad: f64,
): f64 {
  return cosZenith * cosTilt + sinZenith * sinTilt * Math.cos(sunAzimuth_rad - planeAzimuth_rad);
}

/**
 * Plane-of-array irradiance by Hay & Davies (1980), D&B eq. 2.16.7 without the HDKR horizon term:
 *   I_T = DNI·max(cosθ,0) + DHI·[A_i·R_b + (1 − A_i)·(1 + cosβ)/2] + ρ·GHI·(1 − cosβ)/2,
 * A_i = DNI/I_0n (anisotropy index), R_b = max(cosθ,0)/max(cosZ, 0.01745). Sun below the horizon:
 * no beam and A_i = 0 (isotropic diffuse only). [W/m²]
 */
export function hayDaviesPoa_W_m2(
  ghi_W_m2: f64,
  dni_W_m2: f64,
  dhi_W_m2: f64,
  cosZenith: f64,
  cosTheta: f64,
  cosTilt: f64,
  extraterrestrial_W_m2: f64,
  albedo: f64,
): f64 {
  const skyView = (1.0 + cosTilt) / 2.0;
  const groundView = (1.0 - cosTilt) / 2.0;
  const ground = albedo * ghi_W_m2 * groundView;
  if (cosZenith <= 0.0) return dhi_W_m2 * skyView + ground;
  const cosThetaPos = cosTheta > 0.0 ? cosTheta : 0.0;
  let ai = dni_W_m2 / extraterrestrial_W_m2;
  if (ai > 1.0) ai = 1.0;
  const rb = cosThetaPos / (cosZenith > MIN_COS_ZENITH_RB ? cosZenith : MIN_COS_ZENITH_RB);
  return dni_W_m2 * cosThetaPos + dhi_W_m2 * (ai * rb + (1.0 - ai) * skyView) + ground;
}
