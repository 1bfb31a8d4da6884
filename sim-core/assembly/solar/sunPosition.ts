// Sun position by the NOAA Solar Calculator equations (Meeus, "Astronomical Algorithms", 2nd ed.,
// ch. 25 low-accuracy sun, eq. 25.2-25.9, equation of time eq. 28.3, refraction as in the NOAA
// spreadsheet). Accurate to about 0.01° for 1800-2100, well inside the 0.5° the model needs.
// Azimuth convention everywhere in solar/: degrees clockwise from north (0 N, 90 E, 180 S, 270 W).
// Results go to module globals (no allocation); the mirror is host/solar/reference/sunPosition.ts.

const DEG: f64 = Math.PI / 180.0;

/** Apparent (refraction-corrected) zenith of the last sunPosition call [deg]. */
export let sunZenith_deg: f64 = 0;
/** Azimuth of the last call [deg clockwise from north]. */
export let sunAzimuth_deg: f64 = 0;
/** Declination of the last call [deg]. */
export let sunDeclination_deg: f64 = 0;
/** Equation of time of the last call [min]. */
export let equationOfTime_min: f64 = 0;

function mod360(x: f64): f64 {
  return x - 360.0 * Math.floor(x / 360.0);
}

/** Julian day of 0:00 UT of a Gregorian date (Meeus eq. 7.1). */
export function julianDay0h(year: i32, month: i32, day: i32): f64 {
  let y = year;
  let m = month;
  if (m <= 2) {
    y -= 1;
    m += 12;
  }
  const a = Math.floor(<f64>y / 100.0);
  const b = 2.0 - a + Math.floor(a / 4.0);
  return Math.floor(365.25 * <f64>(y + 4716)) + Math.floor(30.6001 * <f64>(m + 1)) + <f64>day + b - 1524.5;
}

/** NOAA atmospheric refraction for a true elevation [deg] (standard pressure and temperature). */
export function refraction_deg(elevation_deg: f64): f64 {
  if (elevation_deg > 85.0) return 0.0;
  const te = Math.tan(elevation_deg * DEG);
  let arcsec: f64;
  if (elevation_deg > 5.0) arcsec = 58.1 / te - 0.07 / (te * te * te) + 0.000086 / (te * te * te * te * te);
  else if (elevation_deg > -0.575)
    arcsec =
      1735.0 + elevation_deg * (-518.2 + elevation_deg * (103.4 + elevation_deg * (-12.79 + elevation_deg * 0.711)));
  else arcsec = -20.772 / te;
  return arcsec / 3600.0;
}

/** Sun position at Julian day `jd` (UT) seen from latitude/longitude [deg, east positive]. */
export function sunPosition(jd: f64, latitude_deg: f64, longitude_deg: f64): void {
  const jc = (jd - 2451545.0) / 36525.0; // Julian centuries since J2000.0 (eq. 25.1)
  const l0 = mod360(280.46646 + jc * (36000.76983 + jc * 0.0003032)); // eq. 25.2
  const m = 357.52911 + jc * (35999.05029 - 0.0001537 * jc); // eq. 25.3
  const e = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc); // eq. 25.4
  const mr = m * DEG;
  const c =
    Math.sin(mr) * (1.914602 - jc * (0.004817 + 0.000014 * jc)) +
    Math.sin(2.0 * mr) * (0.019993 - 0.000101 * jc) +
    Math.sin(3.0 * mr) * 0.000289;
  const omega = (125.04 - 1934.136 * jc) * DEG;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega); // apparent longitude
  const eps0 = 23.0 + (26.0 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60.0) / 60.0; // eq. 22.2
  const eps = (eps0 + 0.00256 * Math.cos(omega)) * DEG; // eq. 25.8
  const sinDecl = Math.sin(eps) * Math.sin(lambda * DEG); // eq. 25.7
  const decl = Math.asin(sinDecl);
  const tanHalfEps = Math.tan(eps / 2.0);
  const y = tanHalfEps * tanHalfEps;
  const l0r = l0 * DEG;
  const eqTime_min =
    (4.0 / DEG) *
    (y * Math.sin(2.0 * l0r) -
      2.0 * e * Math.sin(mr) +
      4.0 * e * y * Math.sin(mr) * Math.cos(2.0 * l0r) -
      0.5 * y * y * Math.sin(4.0 * l0r) -
      1.25 * e * e * Math.sin(2.0 * mr)); // eq. 28.3
  const utFraction = jd + 0.5 - Math.floor(jd + 0.5);
  const trueSolarTime_min = utFraction * 1440.0 + eqTime_min + 4.0 * longitude_deg;
  const hourAngle = (mod360(trueSolarTime_min / 4.0) - 180.0) * DEG;
  const lat = latitude_deg * DEG;
  let cosZ = Math.sin(lat) * sinDecl + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
  if (cosZ > 1.0) cosZ = 1.0;
  if (cosZ < -1.0) cosZ = -1.0;
  const zenith_deg = Math.acos(cosZ) / DEG;
  sunZenith_deg = zenith_deg - refraction_deg(90.0 - zenith_deg);
  // Meeus eq. 13.5 measures from south; +180° turns it to the north-clockwise convention.
  sunAzimuth_deg = mod360(
    Math.atan2(Math.sin(hourAngle), Math.cos(hourAngle) * Math.sin(lat) - Math.tan(decl) * Math.cos(lat)) / DEG + 180.0,
  );
  sunDeclination_deg = decl / DEG;
  equationOfTime_min = eqTime_min;
}
