import { describe, expect, it } from "vitest";
import { buildingPlanes, PLANE_NORTH, PLANE_SOUTH, solarReference } from "../../sim-core/index.ts";
import { denverWeather, freshSolar, sum } from "./solar-support.ts";

const { erbsDiffuseFraction, erbsDiffuse_W_m2, erbsDirectNormal_W_m2, hayDaviesPoa_W_m2, extraterrestrialNormal_W_m2 } =
  solarReference;
const DEG = Math.PI / 180;

describe("Erbs decomposition (Erbs, Klein & Duffie 1982; Duffie & Beckman eq. 2.10.1)", () => {
  it("gives the published diffuse fractions", () => {
    expect(erbsDiffuseFraction(0.1)).toBeCloseTo(1 - 0.009, 12); // 1 − 0.09·0.1
    // 0.9511 − 0.1604·0.5 + 4.388·0.25 − 16.638·0.125 + 12.336·0.0625 = 0.65915
    expect(erbsDiffuseFraction(0.5)).toBeCloseTo(0.65915, 10);
    expect(erbsDiffuseFraction(0.9)).toBe(0.165);
    // the published curve is continuous to within 0.01 at its break points
    expect(Math.abs(erbsDiffuseFraction(0.22) - erbsDiffuseFraction(0.2200001))).toBeLessThan(0.01);
    expect(Math.abs(erbsDiffuseFraction(0.8) - erbsDiffuseFraction(0.8000001))).toBeLessThan(0.01);
  });

  it("closes GHI = DNI·cos Z + DHI and puts everything in diffuse when the sun is down", () => {
    const cosZ = 0.6;
    const i0 = extraterrestrialNormal_W_m2(172); // 1367·(1 + 0.033·cos(2π·172/365)) ≈ 1322 W/m²
    expect(i0).toBeCloseTo(1367 * (1 + 0.033 * Math.cos((2 * Math.PI * 172) / 365)), 12);
    const ghi = 600; // k_T = 600/(1322·0.6) ≈ 0.756
    const dhi = erbsDiffuse_W_m2(ghi, cosZ, i0);
    const dni = erbsDirectNormal_W_m2(ghi, dhi, cosZ);
    expect(dni * cosZ + dhi).toBeCloseTo(ghi, 9);
    expect(erbsDiffuse_W_m2(20, 0.01, i0)).toBe(20);
    expect(erbsDirectNormal_W_m2(20, 20, 0.01)).toBe(0);
  });

  it("fills DNI/DHI in WASM when the weather has none, and they close with GHI over a Denver year", async () => {
    const w = denverWeather();
    const core = await freshSolar();
    core.setup({ ghi_W_m2: w.ghi_W_m2, tAir_C: w.tAir_C }, buildingPlanes(35, 180));
    core.compute({ latitude_deg: 39.83, longitude_deg: -104.65, timeZone_h: -7, albedo: 0.2, year: 2025 });
    const { dni_W_m2: dni, dhi_W_m2: dhi, zenith_deg: z } = core;
    let worst = 0;
    for (let i = 0; i < 8760; i++) {
      const cosZ = Math.cos(z[i] * DEG);
      const closure = cosZ > 0.065 ? dni[i] * cosZ + dhi[i] : dhi[i];
      worst = Math.max(worst, Math.abs(closure - w.ghi_W_m2[i]));
    }
    expect(worst).toBeLessThan(1e-9);
    // Erbs vs the measured TMY3 split (annual DNI 1977.6, DHI 556.5 kWh/m²): same order, within 15 %
    expect(sum(dni) / 1000 / (sum(w.dni_W_m2) / 1000)).toBeGreaterThan(0.85);
    expect(sum(dhi) / 1000 / (sum(w.dhi_W_m2) / 1000)).toBeLessThan(1.15);
  });
});

describe("Hay-Davies transposition (Duffie & Beckman eq. 2.16.7), azimuth clockwise from north", () => {
  it("matches a hand calculation", () => {
    // cos Z = 0.5, cos θ = 0.8, tilt 30°, DNI 600, DHI 100, GHI = 600·0.5 + 100 = 400, I0 1367, ρ 0.2:
    // A_i = 600/1367 = 0.438917; R_b = 0.8/0.5 = 1.6; sky view (1 + cos30°)/2 = 0.933013;
    // beam 600·0.8 = 480; diffuse 100·(0.438917·1.6 + 0.561083·0.933013) = 122.5765;
    // ground 0.2·400·(1 − cos30°)/2 = 5.358984 → 607.935 W/m²
    const poa = hayDaviesPoa_W_m2(400, 600, 100, 0.5, 0.8, Math.cos(30 * DEG), 1367, 0.2);
    expect(poa).toBeCloseTo(607.935, 3);
  });

  it("reduces to GHI on a horizontal plane and to (DHI + ρ·GHI)/2 on any facade without beam", () => {
    expect(hayDaviesPoa_W_m2(400, 600, 100, 0.5, 0.5, 1, 1367, 0.2)).toBeCloseTo(400, 12);
    // overcast: DNI 0 → isotropic sky, facade sees half the sky and half the ground
    for (const cosTheta of [-0.3, 0, 0.4])
      expect(hayDaviesPoa_W_m2(150, 0, 150, 0.4, cosTheta, 0, 1367, 0.3)).toBeCloseTo((150 + 0.3 * 150) / 2, 12);
  });

  it("computes each orientation once per hour in WASM; Denver: south facade ≫ north, horizontal = GHI", async () => {
    const w = denverWeather();
    const core = await freshSolar();
    const planes = [...buildingPlanes(35, 180), { tilt_deg: 0, azimuth_deg: 0 }];
    core.setup(w, planes);
    core.compute({ latitude_deg: 39.83, longitude_deg: -104.65, timeZone_h: -7, albedo: 0.2, year: 2025 });
    const south_kWh = sum(core.poa_W_m2(PLANE_SOUTH)) / 1000;
    const north_kWh = sum(core.poa_W_m2(PLANE_NORTH)) / 1000;
    expect(south_kWh / north_kWh).toBeGreaterThan(2.5); // measured 1322.8 / 397.8
    // Horizontal plane: beam·cosZ + DHI, i.e. the file's own closure, whenever the sun is up.
    const horizontal = core.poa_W_m2(5);
    for (let i = 0; i < 8760; i++) {
      const cosZ = Math.cos(core.zenith_deg[i] * DEG);
      if (cosZ > 0.01745) expect(horizontal[i]).toBeCloseTo(w.dni_W_m2[i] * cosZ + w.dhi_W_m2[i], 9);
    }
    // NREL Solar Radiation Data Manual (Marion & Wilcox 1994), Denver, south tilt = latitude:
    // 5.5 kWh/m²/day ≈ 2,008 kWh/m²·a (1961-90). Our 35° roof on TMY3: within ±7 %.
    const roof_kWh = sum(core.poa_W_m2(0)) / 1000;
    expect(roof_kWh).toBeGreaterThan(2008 * 0.93);
    expect(roof_kWh).toBeLessThan(2008 * 1.07);
  });
});
