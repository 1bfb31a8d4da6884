import { describe, expect, it } from "vitest";
import { SupplyReference, packSupply } from "../../sim-core/index.ts";
import { fillInputs, inputTable, mixedConfig, supplyWasm } from "./supply-fixtures.ts";

const N = 90;
const HOURS = 1500;

describe("year mode (building-major) gives the hour-by-hour results", () => {
  it("bit-identical to stepping, and within 1e-9 of the TS reference (months 1e-7: f32), for blocks of 1, 7 and 64", async () => {
    const table = inputTable(N, HOURS);
    const stepped = await supplyWasm(mixedConfig(N, HOURS));
    for (let h = 0; h < HOURS; h++) {
      fillInputs(stepped, h);
      stepped.step();
    }
    stepped.finalize();
    const ref = new SupplyReference(packSupply(mixedConfig(N, HOURS)));
    for (let h = 0; h < HOURS; h++) {
      fillInputs(ref, h);
      ref.step();
    }
    ref.finalize();
    for (const block of [1, 7, 64]) {
      const year = await supplyWasm(mixedConfig(N, HOURS));
      year.runYear((first, count, inputs) => {
        for (const k of Object.keys(inputs) as (keyof typeof inputs)[])
          for (let b = 0; b < count; b++)
            for (let h = 0; h < HOURS; h++) inputs[k][b * HOURS + h] = table[k][h * N + first + b];
      }, block);
      year.finalize();
      expect(year.hour).toBe(HOURS);
      for (const key of [
        "soc_Wh",
        "monthly",
        "yearly",
        "areaSeries",
        "areaPeakImport_W",
        "areaHoursOver",
        "dhSeries",
        "plantOut_W",
      ] as const) {
        expect(Array.from(year[key]), `${key}, block ${block}`).toEqual(Array.from(stepped[key]));
        let worst = 0;
        const a = year[key];
        const b = ref[key];
        for (let k = 0; k < a.length; k++)
          worst = Math.max(worst, Math.abs(a[k] - b[k]) / Math.max(1, Math.abs(a[k]), Math.abs(b[k])));
        // months are stored as f32 in the core (one rounding, ≤ 6e-8 relative), f64 in the reference
        expect(worst, key).toBeLessThan(key === "monthly" ? 1e-7 : 1e-9);
      }
    }
  });

  it("refuses to run after hourly steps without a reset", async () => {
    const m = await supplyWasm(mixedConfig(3, 24));
    m.step();
    expect(() => m.runYear(() => {})).toThrow(/call reset\(\) first/);
    m.reset();
    expect(() => m.runYear(() => {}, 2)).not.toThrow();
  });
});
