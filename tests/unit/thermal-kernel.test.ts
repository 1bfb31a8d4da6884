// City thermal kernel (WASM, closed-form demand) against the TypeScript reference (literal C.13
// trial), plus energy balance, determinism and input validation.
import { describe, expect, it } from "vitest";
import { loadThermalCore } from "../../sim-core/host/thermal/node.ts";
import { referenceBuildingHours } from "../../sim-core/host/thermal/reference.ts";
import type { ThermalZone } from "../../sim-core/host/thermal/zone.ts";

const HOURS = 8760;

/** Varied buildings: sizes, envelopes, ventilation with/without recovery, sealed, every κ class, capacities. */
function stock(): ThermalZone[] {
  const zones: ThermalZone[] = [];
  const kappas = [80_000, 110_000, 165_000, 260_000, 370_000];
  for (let i = 0; i < 40; i++) {
    const floorArea_m2 = 40 + 97 * ((i * 37) % 23);
    const windowArea_m2 = floorArea_m2 * (0.05 + 0.02 * (i % 9));
    zones.push({
      floorArea_m2,
      volume_m3: floorArea_m2 * (2.4 + 0.1 * (i % 7)),
      windowArea_m2,
      opaqueArea_m2: floorArea_m2 * (1 + 0.2 * (i % 6)),
      internalSurfaceArea_m2: 4.5 * floorArea_m2,
      uWindow_W_m2K: 0.7 + 0.3 * (i % 8),
      uOpaque_W_m2K: 0.12 + 0.1 * (i % 9),
      achVent_1_h: i % 3 === 0 ? 0 : 0.4 + 0.1 * (i % 5),
      achInfiltration_1_h: i % 11 === 5 ? 0 : 0.05 + 0.1 * (i % 6),
      heatRecoveryEfficiency: i % 3 === 1 ? 0.8 : 0,
      capacitance_J_m2K: kappas[i % 5],
      setpointHeating_C: 18 + (i % 5),
      setpointCooling_C: i % 4 === 0 ? 100 : 24 + (i % 4),
      maxHeating_W: i % 4 === 1 ? 15 * floorArea_m2 : Number.POSITIVE_INFINITY,
      maxCooling_W: i % 4 === 2 ? -10 * floorArea_m2 : i % 4 === 3 ? 0 : Number.NEGATIVE_INFINITY,
    });
  }
  return zones;
}

function weather(): { tOut_C: Float64Array; schedule: Float64Array; sun_W_m2: Float64Array } {
  const tOut_C = new Float64Array(HOURS);
  const schedule = new Float64Array(HOURS);
  const sun_W_m2 = new Float64Array(HOURS);
  for (let h = 0; h < HOURS; h++) {
    const hod = h % 24;
    tOut_C[h] = 7 - 13 * Math.cos((2 * Math.PI * (h / 24 - 15)) / 365) - 4 * Math.cos((2 * Math.PI * (hod - 3)) / 24);
    schedule[h] = hod >= 7 && hod < 22 ? 1 : 0.35;
    sun_W_m2[h] =
      Math.max(0, 300 * Math.sin((Math.PI * (hod - 6)) / 12)) * (1 - 0.5 * Math.cos((2 * Math.PI * h) / HOURS));
  }
  return { tOut_C, schedule, sun_W_m2 };
}

const internal = (z: ThermalZone, s: number) => 4 * z.floorArea_m2 * s;
const solar = (z: ThermalZone, sun: number) => 0.6 * z.windowArea_m2 * sun;

async function runKernel(zones: ThermalZone[]) {
  const w = weather();
  const core = await loadThermalCore();
  core.setupCity(zones, 18);
  const n = zones.length;
  const out = {
    heating_W: new Float64Array(n * HOURS),
    cooling_W: new Float64Array(n * HOURS),
    tAir_C: new Float64Array(n * HOURS),
    tMass_C: new Float64Array(n * HOURS),
  };
  for (let h = 0; h < HOURS; h++) {
    const int = core.internalGains_W;
    const sol = core.solarGains_W;
    for (let i = 0; i < n; i++) {
      int[i] = internal(zones[i], w.schedule[h]);
      sol[i] = solar(zones[i], w.sun_W_m2[h]);
    }
    core.step(w.tOut_C[h]);
    for (let i = 0; i < n; i++) {
      out.heating_W[i * HOURS + h] = core.heating_W[i];
      out.cooling_W[i * HOURS + h] = core.cooling_W[i];
      out.tAir_C[i * HOURS + h] = core.tAir_C[i];
      out.tMass_C[i * HOURS + h] = core.tMass_C[i];
    }
  }
  return out;
}

describe("thermal city kernel (WASM)", () => {
  it("agrees with the TypeScript reference to 1e-9 over a year for varied buildings", async () => {
    const zones = stock();
    const w = weather();
    const k = await runKernel(zones);
    const ref = {
      heating_W: new Float64Array(HOURS),
      cooling_W: new Float64Array(HOURS),
      tAir_C: new Float64Array(HOURS),
      tMass_C: new Float64Array(HOURS),
    };
    let worstPower = 0;
    let worstTemp = 0;
    const modes = { heating: 0, cooling: 0, clipped: 0 };
    for (let i = 0; i < zones.length; i++) {
      const z = zones[i];
      const int = Float64Array.from(w.schedule, (s) => internal(z, s));
      const sol = Float64Array.from(w.sun_W_m2, (s) => solar(z, s));
      referenceBuildingHours(z, w.tOut_C, int, sol, 18, ref);
      // Power is compared relative to the building's 10 W/m² trial power (the scale of C.13), so
      // near-zero demands at the setpoint edge do not turn rounding into large relative errors.
      const powerScale_W = 10 * z.floorArea_m2;
      for (let h = 0; h < HOURS; h++) {
        const j = i * HOURS + h;
        worstPower = Math.max(
          worstPower,
          Math.abs(k.heating_W[j] - ref.heating_W[h]) / powerScale_W,
          Math.abs(k.cooling_W[j] - ref.cooling_W[h]) / powerScale_W,
        );
        worstTemp = Math.max(
          worstTemp,
          Math.abs(k.tAir_C[j] - ref.tAir_C[h]) / Math.max(1, Math.abs(ref.tAir_C[h])),
          Math.abs(k.tMass_C[j] - ref.tMass_C[h]) / Math.max(1, Math.abs(ref.tMass_C[h])),
        );
        if (ref.heating_W[h] > 0) modes.heating++;
        if (ref.cooling_W[h] < 0) modes.cooling++;
        if (ref.heating_W[h] === z.maxHeating_W || (ref.cooling_W[h] < 0 && ref.cooling_W[h] === z.maxCooling_W))
          modes.clipped++;
      }
    }
    expect(worstPower).toBeLessThan(1e-9);
    expect(worstTemp).toBeLessThan(1e-9);
    // the set exercises every branch
    expect(modes.heating).toBeGreaterThan(10_000);
    expect(modes.cooling).toBeGreaterThan(1_000);
    expect(modes.clipped).toBeGreaterThan(100);
  });

  it("closes every building's energy balance every hour (relative residual < 1e-9)", async () => {
    const zones = stock();
    const w = weather();
    const k = await runKernel(zones);
    let worst = 0;
    for (let i = 0; i < zones.length; i++) {
      const z = zones[i];
      const hVe =
        ((1200 * z.volume_m3) / 3600) * (z.achInfiltration_1_h + (1 - z.heatRecoveryEfficiency) * z.achVent_1_h);
      const hIs = 3.45 * z.internalSurfaceArea_m2;
      const hW = z.uWindow_W_m2K * z.windowArea_m2;
      const hEm = z.uOpaque_W_m2K * z.opaqueArea_m2;
      const cM_W_K = (z.capacitance_J_m2K * z.floorArea_m2) / 3600;
      let tMassPrev_C = 18;
      for (let h = 0; h < HOURS; h++) {
        const j = i * HOURS + h;
        const tOut_C = w.tOut_C[h];
        const int_W = internal(z, w.schedule[h]);
        const sol_W = solar(z, w.sun_W_m2[h]);
        const hc_W = k.heating_W[j] + k.cooling_W[j];
        const tAir_C = k.tAir_C[j];
        const tMassEnd_C = k.tMass_C[j];
        // surface temperature from the air-node balance (C.11 solved for θ_s)
        const tSurface_C = ((hIs + hVe) * tAir_C - hVe * tOut_C - 0.5 * int_W - hc_W) / hIs;
        const terms = [
          hVe * (tAir_C - tOut_C),
          hW * (tSurface_C - tOut_C),
          hEm * (0.5 * (tMassPrev_C + tMassEnd_C) - tOut_C),
          cM_W_K * (tMassEnd_C - tMassPrev_C),
          (hW / (9.1 * z.internalSurfaceArea_m2)) * (0.5 * int_W + sol_W), // C.3's direct window share
        ];
        const residual = hc_W + int_W + sol_W - terms.reduce((a, b) => a + b, 0);
        const scale = [hc_W, int_W, sol_W, ...terms].reduce((a, b) => a + Math.abs(b), 0);
        worst = Math.max(worst, Math.abs(residual) / scale);
        tMassPrev_C = tMassEnd_C;
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it("is deterministic: two instances give bit-identical years", async () => {
    const zones = stock().slice(0, 12);
    const a = await runKernel(zones);
    const b = await runKernel(zones);
    expect(Buffer.from(a.heating_W.buffer).equals(Buffer.from(b.heating_W.buffer))).toBe(true);
    expect(Buffer.from(a.cooling_W.buffer).equals(Buffer.from(b.cooling_W.buffer))).toBe(true);
    expect(Buffer.from(a.tAir_C.buffer).equals(Buffer.from(b.tAir_C.buffer))).toBe(true);
    expect(Buffer.from(a.tMass_C.buffer).equals(Buffer.from(b.tMass_C.buffer))).toBe(true);
  });

  it("applies a zone change at the next step and accepts an empty city", async () => {
    const core = await loadThermalCore();
    const zones = stock().slice(0, 3);
    core.setupCity(zones, 20);
    core.step(-10);
    const before = core.heating_W[1];
    core.updateZone(1, { ...zones[1], setpointHeating_C: zones[1].setpointHeating_C + 2, maxHeating_W: Infinity });
    expect(core.heating_W[1]).toBe(before);
    core.step(-10);
    expect(core.heating_W[1]).toBeGreaterThan(before);
    core.setupCity([], 20);
    core.step(0);
    expect(core.buildingCount).toBe(0);
  });

  it("rejects bad input with index-specific errors", async () => {
    const core = await loadThermalCore();
    const zones = stock().slice(0, 4);
    expect(() => core.setupCity([...zones.slice(0, 3), { ...zones[3], volume_m3: -5 }], 20)).toThrow(
      /zones\[3\]\.volume_m3: -5 must be greater than 0/,
    );
    expect(() => core.setupCity(zones, [20, 20])).toThrow(/initialMassTemp_C has 2 entries, expected 4/);
    expect(() => core.setupCity(zones, [20, 20, Number.NaN, 20])).toThrow(/initialMassTemp_C\[2\]: NaN/);
    core.setupCity(zones, 20);
    expect(() => core.step(Number.NaN)).toThrow(/tOut_C: NaN/);
    expect(() => core.updateZone(9, zones[0])).toThrow(/building index 9 is outside 0–3/);
  });
});
