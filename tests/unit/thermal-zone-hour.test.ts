// ISO 13790 5R1C zone-hour in WASM: hand-checked cases, laws and input validation.
import { beforeAll, describe, expect, it } from "vitest";
import { SimInputError } from "../../sim-core/host/errors.ts";
import { loadThermalCore } from "../../sim-core/host/thermal/node.ts";
import { rc5Network, referenceZoneHour, solveRc5 } from "../../sim-core/host/thermal/reference.ts";
import type { ThermalCore } from "../../sim-core/host/thermal/ThermalCore.ts";
import type { ThermalZone } from "../../sim-core/host/thermal/zone.ts";

// A_f = 100 m², V = 300 m³, A_w = 20 m² at U 1.5, A_op = 250 m² at U 0.2, A_t = 450 m²,
// 0.5 1/h mechanical ventilation with η = 0.8 and 0.1 1/h infiltration.
const zone: ThermalZone = {
  floorArea_m2: 100,
  volume_m3: 300,
  windowArea_m2: 20,
  opaqueArea_m2: 250,
  internalSurfaceArea_m2: 450,
  uWindow_W_m2K: 1.5,
  uOpaque_W_m2K: 0.2,
  achVent_1_h: 0.5,
  achInfiltration_1_h: 0.1,
  heatRecoveryEfficiency: 0.8,
  capacitance_J_m2K: 165_000,
  setpointHeating_C: 20,
  setpointCooling_C: 26,
  maxHeating_W: Number.POSITIVE_INFINITY,
  maxCooling_W: Number.NEGATIVE_INFINITY,
};

// Conductances by hand from the conventions of issue 3 [W/K]:
const hW = 1.5 * 20; // H_tr,w = U_w·A_w = 30
const hEm = 0.2 * 250; // H_tr,em = U_op·A_op = 50
const hIs = 3.45 * 450; // H_tr,is = 3.45·A_t = 1552.5
const hMs = 9.1 * 2.5 * 100; // H_tr,ms = 9.1·A_m, A_m = 2.5·A_f: 2275
// H_ve = 1200·V·ach_tot/3600·(1 − η·ach_vent/ach_tot) = 1200·300/3600·0.6·(1 − 0.8·0.5/0.6) = 100·0.2 = 20
const hVe = ((1200 * 300) / 3600) * 0.6 * (1 - (0.8 * 0.5) / 0.6);
// Steady state without gains: the air node loses H_ve·(θ_air − θ_e) through the supply air and, through
// H_tr,is to the surface node, which loses to outdoors through the window (H_tr,w) in parallel with the
// mass path H_tr,ms + H_tr,em in series. So, with ser(a, b) = ab/(a + b),
//   H_tr = ser(H_tr,is, H_tr,w + ser(H_tr,ms, H_tr,em))
//        = ser(1552.5, 30 + 48.9247…) = 1552.5·78.9247…/1631.4247… = 75.1065… W/K
// and heating = (H_tr + H_ve)·(θ_set − θ_e). (The window conductance sits in series with H_tr,is because
// C.10 attaches H_tr,w to the surface node, not to the air node.)
const ser = (a: number, b: number) => (a * b) / (a + b);
const hMassPath = ser(hMs, hEm);
const hTr = ser(hIs, hW + hMassPath);

/** Mass temperature of the steady state with air at tAir_C and no gains (mass does not change). */
function steadyMass_C(tAir_C: number, tOut_C: number): number {
  const q_W = hTr * (tAir_C - tOut_C); // through H_tr,is
  const tSurface_C = tOut_C + q_W / (hW + hMassPath);
  return tOut_C + ((tSurface_C - tOut_C) * hMs) / (hMs + hEm); // mass divides the H_tr,ms–H_tr,em series
}

let core: ThermalCore;
beforeAll(async () => {
  core = await loadThermalCore();
});

describe("5R1C zone-hour (WASM)", () => {
  it("has the hand-derived conductances", () => {
    expect(hVe).toBeCloseTo(20, 12);
    expect(hTr).toBeCloseTo(75.10653, 4);
  });

  it("steady state without gains: heating = (H_tr + H_ve)·ΔT, whatever the capacitance κ", () => {
    const tMass_C = steadyMass_C(20, 0);
    for (const kappa of [80_000, 370_000]) {
      const r = core.solveZoneHour(
        { ...zone, capacitance_J_m2K: kappa },
        { tOut_C: 0, internalGains_W: 0, solarGains_W: 0, tMassPrev_C: tMass_C },
      );
      expect(Math.abs(r.heating_W / ((hTr + hVe) * 20) - 1)).toBeLessThan(1e-12);
      expect(r.cooling_W).toBe(0);
      expect(r.tAir_C).toBeCloseTo(20, 10);
      expect(r.tMassEnd_C).toBeCloseTo(tMass_C, 10); // steady: the mass keeps its temperature
    }
  });

  it("cooling: steady state at 35 °C outdoors needs −(H_tr + H_ve)·(35 − 26)", () => {
    const r = core.solveZoneHour(zone, {
      tOut_C: 35,
      internalGains_W: 0,
      solarGains_W: 0,
      tMassPrev_C: steadyMass_C(26, 35),
    });
    expect(r.heating_W).toBe(0);
    expect(Math.abs(r.cooling_W / (-(hTr + hVe) * 9) - 1)).toBeLessThan(1e-12);
    expect(r.tAir_C).toBeCloseTo(26, 10);
  });

  it("free-floating: no power, node temperatures rise monotonically from outdoors to the nodal steady state", () => {
    const floating = { ...zone, setpointHeating_C: -100, setpointCooling_C: 100 };
    const int_W = 800;
    const sol_W = 400;
    // Steady state of the node equations, solved independently of Annex C's formulas: gains per C.1–C.3,
    // then air: Φ_ia = H_ve·a + H_is·(a − s); surface: Φ_st + H_is·(a − s) = H_w·s + H_ms·(s − m);
    // mass: Φ_m + H_ms·(s − m) = H_em·m (temperatures relative to θ_e = 0).
    const aT = 450;
    const radiant_W = 0.5 * int_W + sol_W;
    const phiIa = 0.5 * int_W;
    const phiM = ((2.5 * 100) / aT) * radiant_W;
    const phiSt = (1 - (2.5 * 100) / aT - hW / (9.1 * aT)) * radiant_W;
    // Eliminate m = (Φ_m + H_ms·s)/(H_ms + H_em) and a = (Φ_ia + H_is·s)/(H_ve + H_is):
    const kA = hIs / (hVe + hIs);
    const kM = hMs / (hMs + hEm);
    const s =
      (phiSt + hIs * (phiIa / (hVe + hIs)) + hMs * (phiM / (hMs + hEm))) / (hIs * (1 - kA) + hW + hMs * (1 - kM));
    const a = (phiIa + hIs * s) / (hVe + hIs);
    const m = (phiM + hMs * s) / (hMs + hEm);
    let tMass_C = 0;
    let prev = { tAir_C: 0, tSurface_C: 0, tMassEnd_C: 0 };
    for (let h = 0; h < 24 * 100; h++) {
      const r = core.solveZoneHour(floating, {
        tOut_C: 0,
        internalGains_W: int_W,
        solarGains_W: sol_W,
        tMassPrev_C: tMass_C,
      });
      expect(r.heating_W).toBe(0);
      expect(r.cooling_W).toBe(0);
      expect(r.tAir_C).toBeGreaterThanOrEqual(prev.tAir_C);
      expect(r.tMassEnd_C).toBeGreaterThan(prev.tMassEnd_C - 1e-12);
      expect(r.tAir_C).toBeLessThanOrEqual(a + 1e-9);
      expect(r.tSurface_C).toBeLessThanOrEqual(s + 1e-9);
      expect(r.tMassEnd_C).toBeLessThanOrEqual(m + 1e-9);
      prev = r;
      tMass_C = r.tMassEnd_C;
    }
    expect(prev.tAir_C).toBeCloseTo(a, 8);
    expect(prev.tSurface_C).toBeCloseTo(s, 8);
    expect(tMass_C).toBeCloseTo(m, 8);
  });

  it("clips heating and cooling to capacity and recomputes the temperatures", () => {
    const tMass_C = steadyMass_C(20, 0);
    const need_W = (hTr + hVe) * 20;
    const hour = { tOut_C: 0, internalGains_W: 0, solarGains_W: 0, tMassPrev_C: tMass_C };
    const r = core.solveZoneHour({ ...zone, maxHeating_W: 500 }, hour);
    expect(r.heating_W).toBe(500);
    expect(need_W).toBeGreaterThan(500);
    expect(r.tAir_C).toBeLessThan(20);
    // the recomputed temperatures are those of the network driven by exactly 500 W (C.4–C.11)
    const driven = { tAir_C: 0, tSurface_C: 0, tMassEnd_C: 0 };
    solveRc5(rc5Network(zone), tMass_C, 0, 0, 0, 500, driven);
    expect(r.tAir_C).toBeCloseTo(driven.tAir_C, 12);
    expect(r.tSurface_C).toBeCloseTo(driven.tSurface_C, 12);
    expect(r.tMassEnd_C).toBeCloseTo(driven.tMassEnd_C, 12);
    const hot = { tOut_C: 35, internalGains_W: 0, solarGains_W: 0, tMassPrev_C: steadyMass_C(26, 35) };
    const c = core.solveZoneHour({ ...zone, maxCooling_W: -300 }, hot);
    expect(c.cooling_W).toBe(-300);
    expect(c.heating_W).toBe(0);
    expect(c.tAir_C).toBeGreaterThan(26);
    const off = core.solveZoneHour({ ...zone, maxCooling_W: 0 }, hot); // no cooling plant: free-floating
    expect(off.cooling_W).toBe(0);
    expect(off.tAir_C).toBeGreaterThan(c.tAir_C);
  });

  it("closes the energy balance every hour of a year (relative residual < 1e-9)", () => {
    const aT = zone.internalSurfaceArea_m2;
    const cM_J_K = zone.capacitance_J_m2K * zone.floorArea_m2;
    let tMass_C = 15;
    let worst = 0;
    let heated = 0;
    let cooled = 0;
    for (let h = 0; h < 8760; h++) {
      const tOut_C = 8 - 14 * Math.cos((2 * Math.PI * h) / 8760) + 5 * Math.sin((2 * Math.PI * h) / 24);
      const int_W = h % 24 >= 8 && h % 24 < 18 ? 1500 : 300;
      const sol_W = Math.max(0, 2500 * Math.sin((2 * Math.PI * ((h % 24) - 6)) / 24));
      const r = core.solveZoneHour(
        { ...zone, maxHeating_W: 4000, maxCooling_W: -3000 },
        {
          tOut_C,
          internalGains_W: int_W,
          solarGains_W: sol_W,
          tMassPrev_C: tMass_C,
        },
      );
      const hc_W = r.heating_W + r.cooling_W;
      const tMassMean_C = 0.5 * (tMass_C + r.tMassEnd_C); // C.9
      // C.3 sends H_tr,w/(9.1·A_t) of the radiant gains straight out through the glazing.
      const windowShortCircuit_W = (hW / (9.1 * aT)) * (0.5 * int_W + sol_W);
      const terms = [
        hVe * (r.tAir_C - tOut_C),
        hW * (r.tSurface_C - tOut_C),
        hEm * (tMassMean_C - tOut_C),
        (cM_J_K * (r.tMassEnd_C - tMass_C)) / 3600,
        windowShortCircuit_W,
      ];
      const out_W = terms.reduce((x, y) => x + y, 0);
      const scale = [hc_W, int_W, sol_W, ...terms].reduce((x, y) => x + Math.abs(y), 0);
      worst = Math.max(worst, Math.abs(hc_W + int_W + sol_W - out_W) / scale);
      if (r.heating_W > 0) heated++;
      if (r.cooling_W < 0) cooled++;
      tMass_C = r.tMassEnd_C;
    }
    expect(worst).toBeLessThan(1e-9);
    expect(heated).toBeGreaterThan(1000); // the year exercises heating, cooling and free floating
    expect(cooled).toBeGreaterThan(100);
  });

  it("agrees with the TypeScript reference", () => {
    const hours = [
      { tOut_C: -15, internalGains_W: 400, solarGains_W: 0, tMassPrev_C: 18 },
      { tOut_C: 30, internalGains_W: 900, solarGains_W: 3000, tMassPrev_C: 27 },
      { tOut_C: 12, internalGains_W: 500, solarGains_W: 800, tMassPrev_C: 21 },
    ];
    for (const hour of hours) {
      const w = core.solveZoneHour({ ...zone, maxHeating_W: 3000, maxCooling_W: -2000 }, hour);
      const t = referenceZoneHour({ ...zone, maxHeating_W: 3000, maxCooling_W: -2000 }, hour);
      for (const k of ["heating_W", "cooling_W", "tAir_C", "tSurface_C", "tMassEnd_C"] as const)
        expect(Math.abs(w[k] - t[k])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(t[k])));
    }
  });

  it("works without any ventilation or infiltration (H_ve = 0)", () => {
    const sealed = { ...zone, achVent_1_h: 0, achInfiltration_1_h: 0 };
    const tMass_C = steadyMass_C(20, 0);
    const r = core.solveZoneHour(sealed, { tOut_C: 0, internalGains_W: 0, solarGains_W: 0, tMassPrev_C: tMass_C });
    expect(Math.abs(r.heating_W / (hTr * 20) - 1)).toBeLessThan(1e-12);
  });

  it("rejects bad input with clear errors", () => {
    const hour = { tOut_C: 0, internalGains_W: 0, solarGains_W: 0, tMassPrev_C: 20 };
    const bad = (patch: Partial<ThermalZone>) => () => core.solveZoneHour({ ...zone, ...patch }, hour);
    expect(bad({ windowArea_m2: -1 })).toThrow(/zone\.windowArea_m2: -1 must be at least 0/);
    expect(bad({ floorArea_m2: 0 })).toThrow(/zone\.floorArea_m2: 0 must be greater than 0/);
    expect(bad({ uOpaque_W_m2K: Number.NaN })).toThrow(/zone\.uOpaque_W_m2K: NaN is not a finite number/);
    expect(bad({ setpointCooling_C: 19 })).toThrow(/setpointCooling_C: 19 °C is below the heating setpoint 20 °C/);
    expect(bad({ maxCooling_W: 10 })).toThrow(/maxCooling_W: 10 must be ≤ 0/);
    expect(bad({ maxHeating_W: Number.NaN })).toThrow(/maxHeating_W: NaN must be ≥ 0/);
    expect(bad({ heatRecoveryEfficiency: 1.2 })).toThrow(/outside 0–1/);
    expect(bad({ internalSurfaceArea_m2: 200 })).toThrow(/internalSurfaceArea_m2: 200 m² is below/);
    expect(bad({ capacitance_J_m2K: 0 })).toThrow(SimInputError);
    expect(() => core.solveZoneHour(zone, { ...hour, tOut_C: Number.NaN })).toThrow(/hour\.tOut_C: NaN/);
    expect(() => core.solveZoneHour(zone, { ...hour, tMassPrev_C: Number.POSITIVE_INFINITY })).toThrow(
      /hour\.tMassPrev_C: Infinity is not a finite number/,
    );
  });
});
