import { describe, expect, it } from "vitest";
import { buildingPlanes, DEFAULT_PV, solarReference } from "../../sim-core/index.ts";
import { denverWeather, freshSolar } from "./solar-support.ts";

/** Largest relative difference, relative to max(|a|, |b|, floor) so exact zeros compare cleanly. */
function maxRelativeDiff(a: ArrayLike<number>, b: ArrayLike<number>, floor: number): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const scale = Math.max(Math.abs(a[i]), Math.abs(b[i]), floor);
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
  }
  return worst;
}

const site = { latitude_deg: 39.83, longitude_deg: -104.65, timeZone_h: -7, albedo: 0.2, year: 2025 };
const planes = [...buildingPlanes(35, 180), { tilt_deg: 20, azimuth_deg: 225 }];

describe("WASM kernel and plain-TypeScript reference agree on a full Denver year", () => {
  for (const decompose of [false, true]) {
    it(`sun position, ${decompose ? "Erbs DNI/DHI, " : ""}POA of 6 planes and PV agree to 1e-9 relative`, async () => {
      const w = denverWeather();
      const core = await freshSolar();
      const weather = decompose ? { ghi_W_m2: w.ghi_W_m2, tAir_C: w.tAir_C, windSpeed_m_s: w.windSpeed_m_s } : w;
      core.setup(weather, planes);
      core.compute(site);
      core.computePv(DEFAULT_PV);
      const ref = solarReference.solarPoaReference(
        site,
        planes,
        w.ghi_W_m2,
        decompose ? null : w.dni_W_m2,
        decompose ? null : w.dhi_W_m2,
      );
      const pv = solarReference.pvReference(ref.poa_W_m2, w.tAir_C, w.windSpeed_m_s, DEFAULT_PV);
      // Angles to 1e-9 of their size (floor 1°), irradiance and power to 1e-9 (floor 1 W/m²: a
      // value below that differs by rounding only where it is already negligible).
      expect(maxRelativeDiff(core.zenith_deg, ref.zenith_deg, 1)).toBeLessThan(1e-9);
      expect(maxRelativeDiff(core.azimuth_deg, ref.azimuth_deg, 1)).toBeLessThan(1e-9);
      expect(maxRelativeDiff(core.dni_W_m2, ref.dni_W_m2, 1)).toBeLessThan(1e-9);
      expect(maxRelativeDiff(core.dhi_W_m2, ref.dhi_W_m2, 1)).toBeLessThan(1e-9);
      expect(maxRelativeDiff(core.poaAll_W_m2, ref.poa_W_m2, 1)).toBeLessThan(1e-9);
      expect(maxRelativeDiff(core.pvAll_W_per_kWp, pv, 1)).toBeLessThan(1e-9);
      // and the year is not trivially zero
      expect(ref.poa_W_m2.reduce((a, b) => a + b, 0)).toBeGreaterThan(1e6);
    });
  }
});
