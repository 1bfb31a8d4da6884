import { describe, expect, it } from "vitest";
import { SimInputError } from "../../sim-core/index.ts";
import { freshCore } from "../support/core.ts";

describe("thin-slice heat loss in WASM", () => {
  it("gives H·(θset − θe) per building, zero when warmer outside (hand-computed)", async () => {
    const core = await freshCore();
    core.setup({ heatLossCoeff_W_K: [100, 250], setpoint_C: [20, 20] }, [0, 25, -10]);
    core.step();
    // 100 W/K · 20 K = 2000 W; 250 W/K · 20 K = 5000 W
    expect(Array.from(core.heatLoad_W)).toEqual([2000, 5000]);
    expect(core.totalLoad_W).toBe(7000);
    core.step();
    expect(Array.from(core.heatLoad_W)).toEqual([0, 0]);
    core.step();
    // 30 K: 3000 W and 7500 W
    expect(Array.from(core.heatLoad_W)).toEqual([3000, 7500]);
    // energy: (2000+0+3000) Wh = 5 kWh and (5000+7500) Wh = 12.5 kWh
    expect(Array.from(core.heatEnergy_kWh)).toEqual([5, 12.5]);
    expect(core.totalEnergy_kWh).toBe(17.5);
    expect(core.hour).toBe(0); // wrapped after the last weather hour
  });

  it("applies a setpoint change at the next step boundary", async () => {
    const core = await freshCore();
    core.setup({ heatLossCoeff_W_K: [100], setpoint_C: [20] }, [0, 0]);
    core.step();
    core.setAllSetpoints(18);
    expect(core.heatLoad_W[0]).toBe(2000);
    core.step();
    expect(core.heatLoad_W[0]).toBe(1800);
  });

  it("conserves energy: the sum of building energies equals the city total", async () => {
    const core = await freshCore();
    const n = 1000;
    const H = Float64Array.from({ length: n }, (_, i) => 50 + (i % 37) * 13.5);
    const temps = Float64Array.from({ length: 48 }, (_, h) => -5 + 10 * Math.sin(h / 7));
    core.setup({ heatLossCoeff_W_K: H, setpoint_C: new Float64Array(n).fill(21) }, temps);
    core.step(48);
    const sum = core.heatEnergy_kWh.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - core.totalEnergy_kWh) / core.totalEnergy_kWh).toBeLessThan(1e-12);
  });

  it("is deterministic: two instances give bit-identical results", async () => {
    const run = async () => {
      const core = await freshCore();
      const H = Float64Array.from({ length: 500 }, (_, i) => 80 + Math.sqrt(i));
      core.setup({ heatLossCoeff_W_K: H, setpoint_C: new Float64Array(500).fill(20.5) }, [1.3, -7.7, 4.2]);
      core.step(7);
      return Array.from(core.heatEnergy_kWh);
    };
    expect(await run()).toEqual(await run());
  });

  it("keeps views valid after memory growth (views are rebuilt per access)", async () => {
    const core = await freshCore();
    core.setup({ heatLossCoeff_W_K: [10], setpoint_C: [20] }, [0]);
    const n = 300_000; // 2.4 MB per buffer: grows memory beyond the initial 2 pages
    core.setup({ heatLossCoeff_W_K: new Float64Array(n).fill(10), setpoint_C: new Float64Array(n).fill(20) }, [10]);
    core.step();
    expect(core.heatLoad_W.length).toBe(n);
    expect(core.heatLoad_W[n - 1]).toBe(100);
  });

  it("rejects bad input with a clear error and never traps", async () => {
    const core = await freshCore();
    expect(() => core.setup({ heatLossCoeff_W_K: [100, Number.NaN], setpoint_C: [20, 20] }, [0])).toThrow(
      /heatLossCoeff_W_K\[1\]: NaN is not a finite number/,
    );
    expect(() => core.setup({ heatLossCoeff_W_K: [-1], setpoint_C: [20] }, [0])).toThrow(SimInputError);
    expect(() => core.setup({ heatLossCoeff_W_K: [1], setpoint_C: [20] }, [])).toThrow(/weather series/);
    expect(() => core.setup({ heatLossCoeff_W_K: [1, 2], setpoint_C: [20] }, [0])).toThrow(/one per building/);
    core.setup({ heatLossCoeff_W_K: [], setpoint_C: [] }, [0]); // an empty city is valid: zero load
    core.step();
    expect(core.totalLoad_W).toBe(0);
    expect(() => core.setAllSetpoints(Number.POSITIVE_INFINITY)).toThrow(/outside/);
  });
});
