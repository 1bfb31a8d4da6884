import { describe, expect, it } from "vitest";
import { solarReference } from "../../sim-core/index.ts";
import { freshSolar } from "./solar-support.ts";

const { sunPositionAt, julianDay0h, sunPosition, refraction_deg } = solarReference;

describe("sun position (NOAA / Meeus equations), WASM and TS reference", () => {
  it("matches the NREL SPA paper example within 0.01° (Reda & Andreas 2008, NREL/TP-560-34302, Table A5.1)", async () => {
    // 2003-10-17 12:30:30 local standard time, UTC−7, lat 39.742476, lon −105.1786:
    // topocentric zenith 50.11162°, azimuth 194.34024° (clockwise from north).
    const hour = 12 + 30 / 60 + 30 / 3600;
    const core = await freshSolar();
    for (const sun of [
      core.sunAt(2003, 10, 17, hour, 39.742476, -105.1786, -7),
      sunPositionAt(2003, 10, 17, hour, 39.742476, -105.1786, -7),
    ]) {
      expect(Math.abs(sun.zenith_deg - 50.11162)).toBeLessThan(0.01); // measured 0.0030°
      expect(Math.abs(sun.azimuth_deg - 194.34024)).toBeLessThan(0.01); // measured 0.0023°
    }
  });

  it("matches Meeus' worked examples for declination (25.a) and equation of time (28.b)", async () => {
    // 1992 October 13.0: δ = −7.78507° (Example 25.a), E = 13 min 42.7 s (Example 28.b, eq. 28.3).
    const jd = julianDay0h(1992, 10, 13);
    expect(jd).toBe(2448908.5); // Example 25.a: JDE 2448908.5
    const sun = sunPosition(jd, 0, 0);
    expect(sun.declination_deg).toBeCloseTo(-7.78507, 4);
    expect(sun.equationOfTime_min * 60).toBeCloseTo(13 * 60 + 42.7, 0);
    const core = await freshSolar();
    const w = core.sunAt(1992, 10, 13, 0, 0, 0, 0);
    expect(w.declination_deg).toBeCloseTo(-7.78507, 4);
  });

  it("puts the sun due south at local solar noon with zenith = latitude − declination (+ refraction)", async () => {
    const core = await freshSolar();
    const lat = 59.91; // Oslo
    const lon = 10.75;
    for (const [month, day] of [
      [3, 20],
      [6, 21],
      [12, 21],
    ]) {
      // first pass for E, second at solar noon: clock time = 12 − (E + 4·lon − 60·tz)/60
      const e = sunPositionAt(2025, month, day, 12, lat, lon, 1).equationOfTime_min;
      const noon_h = 12 - (e + 4 * lon - 60) / 60;
      const sun = core.sunAt(2025, month, day, noon_h, lat, lon, 1);
      expect(Math.abs(sun.azimuth_deg - 180)).toBeLessThan(0.01);
      const trueZenith = lat - sun.declination_deg;
      expect(sun.zenith_deg + refraction_deg(90 - trueZenith)).toBeCloseTo(trueZenith, 2);
    }
  });

  it("uses azimuth clockwise from north: east in the morning, west in the afternoon", () => {
    const morning = sunPositionAt(2025, 6, 21, 7, 59.91, 10.75, 1);
    const evening = sunPositionAt(2025, 6, 21, 19, 59.91, 10.75, 1);
    expect(morning.azimuth_deg).toBeGreaterThan(45);
    expect(morning.azimuth_deg).toBeLessThan(135);
    expect(evening.azimuth_deg).toBeGreaterThan(225);
    expect(evening.azimuth_deg).toBeLessThan(315);
  });
});
