// The kernel run block-major (blocks of buildings through every hour, as the model and the benchmark
// run it) gives the same end state, bit for bit, as stepping every building hour by hour: a building's
// hour depends only on its own previous hour.
import { describe, expect, it } from "vitest";
import { loadThermalCore } from "../../sim-core/host/thermal/node.ts";
import type { ThermalZone } from "../../sim-core/host/thermal/zone.ts";

function zone(i: number): ThermalZone {
  return {
    floorArea_m2: 90 + 30 * (i % 7),
    volume_m3: 270 + 90 * (i % 7),
    windowArea_m2: 12 + 2 * (i % 5),
    opaqueArea_m2: 160 + 40 * (i % 6),
    internalSurfaceArea_m2: 4.5 * (90 + 30 * (i % 7)),
    uWindow_W_m2K: 0.8 + 0.3 * (i % 4),
    uOpaque_W_m2K: 0.18 + 0.1 * (i % 5),
    achVent_1_h: i % 2 === 0 ? 0 : 0.5,
    achInfiltration_1_h: 0.15 + 0.05 * (i % 3),
    heatRecoveryEfficiency: i % 2 === 0 ? 0 : 0.7,
    capacitance_J_m2K: 110_000 + 40_000 * (i % 4),
    setpointHeating_C: 19 + (i % 3),
    setpointCooling_C: 24 + (i % 2),
    maxHeating_W: i % 4 === 0 ? 3000 : Number.POSITIVE_INFINITY,
    maxCooling_W: i % 3 === 0 ? -2000 : Number.NEGATIVE_INFINITY,
  };
}

describe("thermal kernel block-major", () => {
  it("ends in the same state as hour-major stepping (odd block and stock sizes)", async () => {
    const n = 45;
    const hours = 700;
    const tOut = Float64Array.from(
      { length: hours },
      (_, h) => 4 + 14 * Math.sin((2 * Math.PI * h) / 700) + 5 * Math.sin((2 * Math.PI * h) / 24),
    );
    const zones = Array.from({ length: n }, (_, i) => zone(i));
    const a = await loadThermalCore();
    const b = await loadThermalCore();
    for (const core of [a, b]) {
      core.setupCity(zones, 18);
      for (let i = 0; i < n; i++) core.internalGains_W[i] = 350 + 25 * (i % 9);
    }
    for (let h = 0; h < hours; h++) a.stepUnchecked(tOut[h]);
    b.runBlocksUnchecked(tOut, 7);
    expect(a.heating_W.some((v) => v > 0)).toBe(true);
    for (const key of ["tMass_C", "tAir_C", "heating_W", "cooling_W"] as const)
      expect(Array.from(b[key]), key).toEqual(Array.from(a[key]));
  });

  it("takes the variant without cooling terms in blocks without cooling capacity, with the same end state", async () => {
    // blocks of 8: buildings 0–15 and 40–44 (the odd last block, its last building on the scalar path)
    // have a cooling capacity of +0, the blocks between have cooling
    const n = 45;
    const hours = 500;
    const tOut = Float64Array.from({ length: hours }, (_, h) => 16 + 12 * Math.sin((2 * Math.PI * h) / 24));
    const zones = Array.from({ length: n }, (_, i) => ({ ...zone(i), maxCooling_W: i < 16 || i >= 40 ? 0 : -2500 }));
    const a = await loadThermalCore();
    const b = await loadThermalCore();
    for (const core of [a, b]) {
      core.setupCity(zones, 22);
      for (let i = 0; i < n; i++) core.internalGains_W[i] = 900 + 40 * (i % 9);
      for (let i = 0; i < n; i++) core.solarGains_W[i] = 600;
    }
    for (let h = 0; h < hours; h++) a.stepUnchecked(tOut[h]);
    b.runBlocksUnchecked(tOut, 8);
    expect(Array.from(a.cooling_W.slice(16, 40)).some((v) => v < 0)).toBe(true);
    for (const i of [0, 15, 40, 44]) expect(Object.is(b.cooling_W[i], 0)).toBe(true);
    for (const key of ["tMass_C", "tAir_C", "heating_W", "cooling_W"] as const)
      expect(Array.from(b[key]), key).toEqual(Array.from(a[key]));
  });
});
