// Sun position for LIGHTING only (the validated solar geometry lives in the core's solar module):
// Cooper's declination, hour angle from local clock time in CET with the longitude correction;
// no equation of time. Scene axes: x east, y up, z north.
const DEG = Math.PI / 180;

export interface SunPosition {
  elevation_rad: number;
  /** Clockwise from north. */
  azimuth_rad: number;
  /** Unit vector from the ground towards the sun in scene axes. */
  towards: [number, number, number];
}

export function sunPosition(hourOfYear: number, lat_deg: number, lon_deg: number): SunPosition {
  const day = Math.floor(hourOfYear / 24) + 1;
  const clock_h = (hourOfYear % 24) + 0.5; // middle of the simulated hour
  const decl = 23.45 * DEG * Math.sin((2 * Math.PI * (284 + day)) / 365); // Cooper (1969)
  const solarTime_h = clock_h + (lon_deg - 15) / 15; // CET meridian is 15° E
  const omega = (solarTime_h - 12) * 15 * DEG;
  const phi = lat_deg * DEG;
  const sinEl = Math.sin(phi) * Math.sin(decl) + Math.cos(phi) * Math.cos(decl) * Math.cos(omega);
  const elevation = Math.asin(Math.max(-1, Math.min(1, sinEl)));
  // Azimuth from north, clockwise: east in the morning (omega < 0), west in the afternoon.
  const cosAz = (Math.sin(decl) - Math.sin(elevation) * Math.sin(phi)) / (Math.cos(elevation) * Math.cos(phi) || 1e-9);
  let azimuth = Math.acos(Math.max(-1, Math.min(1, cosAz)));
  if (omega > 0) azimuth = 2 * Math.PI - azimuth;
  const horizontal = Math.cos(elevation);
  return {
    elevation_rad: elevation,
    azimuth_rad: azimuth,
    towards: [horizontal * Math.sin(azimuth), Math.sin(elevation), horizontal * Math.cos(azimuth)],
  };
}
