// Plain-TypeScript mirror of sim-core/assembly/solar/sunPosition.ts (same equations, same order of
// operations, so the two agree to rounding): NOAA Solar Calculator / Meeus ch. 25 and eq. 28.3.
// Azimuth in degrees clockwise from north.
const DEG = Math.PI / 180;

export interface SunPosition {
  /** Apparent (refraction-corrected) zenith [deg]. */
  zenith_deg: number;
  /** Azimuth [deg clockwise from north]. */
  azimuth_deg: number;
  declination_deg: number;
  equationOfTime_min: number;
}

function mod360(x: number): number {
  return x - 360 * Math.floor(x / 360);
}

/** Julian day of 0:00 UT of a Gregorian date (Meeus eq. 7.1). */
export function julianDay0h(year: number, month: number, day: number): number {
  let y = year;
  let m = month;
  if (m <= 2) {
    y -= 1;
    m += 12;
  }
  const a = Math.floor(y / 100);
  const b = 2 - a + Math.floor(a / 4);
  return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day + b - 1524.5;
}

/** NOAA atmospheric refraction for a true elevation [deg]. */
export function refraction_deg(elevation_deg: number): number {
  if (elevation_deg > 85) return 0;
  const te = Math.tan(elevation_deg * DEG);
  let arcsec: number;
  if (elevation_deg > 5) arcsec = 58.1 / te - 0.07 / (te * te * te) + 0.000086 / (te * te * te * te * te);
  else if (elevation_deg > -0.575)
    arcsec =
      1735 + elevation_deg * (-518.2 + elevation_deg * (103.4 + elevation_deg * (-12.79 + elevation_deg * 0.711)));
  else arcsec = -20.772 / te;
  return arcsec / 3600;
}

/** Sun position at Julian day `jd` (UT) from latitude/longitude [deg, east positive]. */
export function sunPosition(jd: number, latitude_deg: number, longitude_deg: number): SunPosition {
  const jc = (jd - 2451545) / 36525;
  const l0 = mod360(280.46646 + jc * (36000.76983 + jc * 0.0003032));
  const m = 357.52911 + jc * (35999.05029 - 0.0001537 * jc);
  const e = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc);
  const mr = m * DEG;
  const c =
    Math.sin(mr) * (1.914602 - jc * (0.004817 + 0.000014 * jc)) +
    Math.sin(2 * mr) * (0.019993 - 0.000101 * jc) +
    Math.sin(3 * mr) * 0.000289;
  const omega = (125.04 - 1934.136 * jc) * DEG;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  const eps0 = 23 + (26 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60) / 60;
  const eps = (eps0 + 0.00256 * Math.cos(omega)) * DEG;
  const sinDecl = Math.sin(eps) * Math.sin(lambda * DEG);
  const decl = Math.asin(sinDecl);
  const tanHalfEps = Math.tan(eps / 2);
  const y = tanHalfEps * tanHalfEps;
  const l0r = l0 * DEG;
  const eqTime_min =
    (4 / DEG) *
    (y * Math.sin(2 * l0r) -
      2 * e * Math.sin(mr) +
      4 * e * y * Math.sin(mr) * Math.cos(2 * l0r) -
      0.5 * y * y * Math.sin(4 * l0r) -
      1.25 * e * e * Math.sin(2 * mr));
  const utFraction = jd + 0.5 - Math.floor(jd + 0.5);
  const trueSolarTime_min = utFraction * 1440 + eqTime_min + 4 * longitude_deg;
  const hourAngle = (mod360(trueSolarTime_min / 4) - 180) * DEG;
  const lat = latitude_deg * DEG;
  let cosZ = Math.sin(lat) * sinDecl + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
  if (cosZ > 1) cosZ = 1;
  if (cosZ < -1) cosZ = -1;
  const zenith_deg = Math.acos(cosZ) / DEG;
  return {
    zenith_deg: zenith_deg - refraction_deg(90 - zenith_deg),
    azimuth_deg: mod360(
      Math.atan2(Math.sin(hourAngle), Math.cos(hourAngle) * Math.sin(lat) - Math.tan(decl) * Math.cos(lat)) / DEG + 180,
    ),
    declination_deg: decl / DEG,
    equationOfTime_min: eqTime_min,
  };
}

/** Sun position at a local standard date and decimal hour. */
export function sunPositionAt(
  year: number,
  month: number,
  day: number,
  hourLocal: number,
  latitude_deg: number,
  longitude_deg: number,
  timeZone_h: number,
): SunPosition {
  return sunPosition(julianDay0h(year, month, day) + (hourLocal - timeZone_h) / 24, latitude_deg, longitude_deg);
}
