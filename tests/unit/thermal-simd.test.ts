// The kernel's f64x2 path (the shipped build enables SIMD in asconfig.json) must give bit-identical
// results to the scalar path. Compiles the core once more with `asc --disable simd` into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadThermalCore } from "../../sim-core/host/thermal/node.ts";
import { ThermalCore } from "../../sim-core/host/thermal/ThermalCore.ts";
import type { ThermalZone } from "../../sim-core/host/thermal/zone.ts";

function zones(n: number): ThermalZone[] {
  return Array.from({ length: n }, (_, i) => ({
    floorArea_m2: 80 + 40 * (i % 9),
    volume_m3: 250 + 100 * (i % 9),
    windowArea_m2: 10 + 3 * (i % 5),
    opaqueArea_m2: 150 + 60 * (i % 9),
    internalSurfaceArea_m2: 4.5 * (80 + 40 * (i % 9)),
    uWindow_W_m2K: 0.8 + 0.4 * (i % 4),
    uOpaque_W_m2K: 0.15 + 0.15 * (i % 6),
    achVent_1_h: i % 2 === 0 ? 0 : 0.6,
    achInfiltration_1_h: 0.1 + 0.1 * (i % 3),
    heatRecoveryEfficiency: i % 2 === 0 ? 0 : 0.75,
    capacitance_J_m2K: 80_000 + 50_000 * (i % 6),
    setpointHeating_C: 18 + (i % 4),
    setpointCooling_C: 24 + (i % 3),
    maxHeating_W: i % 3 === 0 ? 2500 : Number.POSITIVE_INFINITY,
    maxCooling_W: i % 5 === 0 ? -1500 : Number.NEGATIVE_INFINITY,
  }));
}

function year(core: ThermalCore, n: number): Float64Array {
  const out = new Float64Array(4 * n * 2000);
  let k = 0;
  for (let h = 0; h < 2000; h++) {
    for (let i = 0; i < n; i++) {
      core.internalGains_W[i] = 300 + 40 * (i % 7) * (h % 24 > 7 ? 1 : 0.3);
      core.solarGains_W[i] = Math.max(0, 2000 * Math.sin((Math.PI * ((h % 24) - 6)) / 12));
    }
    core.step(5 + 18 * Math.sin((2 * Math.PI * h) / 2000) + 4 * Math.sin((2 * Math.PI * h) / 24));
    for (const v of [core.heating_W, core.cooling_W, core.tAir_C, core.tMass_C])
      for (let i = 0; i < n; i++) out[k++] = v[i];
  }
  return out;
}

describe("thermal kernel SIMD build", () => {
  it("is bit-identical to the scalar build (odd building count exercises the scalar tail)", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "tvilling-scalar-")), "tvilling.wasm");
    execFileSync("node_modules/.bin/asc", [
      "sim-core/assembly/index.ts",
      "--target",
      "release",
      "--disable",
      "simd",
      "-o",
      file,
      "-t",
      file.replace(/\.wasm$/, ".wat"), // never the shipped build's text file
    ]);
    const n = 37;
    const simd = await loadThermalCore();
    const scalar = await ThermalCore.load(readFileSync(file));
    expect(readFileSync(file.replace(/\.wasm$/, ".wat"), "utf8")).not.toContain("f64x2");
    scalar.setupCity(zones(n), 19);
    simd.setupCity(zones(n), 19);
    const a = year(scalar, n);
    const b = year(simd, n);
    expect(a.some((v) => v > 0)).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  }, 300_000); // the extra compile takes ~7 s of CPU, minutes on a loaded machine
});
