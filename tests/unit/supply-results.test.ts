import { describe, expect, it } from "vitest";
import {
  SupplyLayout as L,
  SupplyReference,
  buildingMonthly,
  buildingYearly,
  monthOfHour,
  packSupply,
} from "../../sim-core/index.ts";
import { fillInputs, mixedConfig, supplyWasm } from "./supply-fixtures.ts";

const N = 40;
const HOURS = 1500;

describe("results: monthly and yearly per building, emissions", () => {
  it("maps hours to calendar months of a 365-day year", () => {
    expect([0, 743, 744, 1415, 1416, 8759, 8760].map(monthOfHour)).toEqual([0, 0, 1, 1, 2, 11, 0]);
  });

  for (const [label, make] of [
    ["WASM", () => supplyWasm(mixedConfig(N, HOURS))],
    ["TS reference", async () => new SupplyReference(packSupply(mixedConfig(N, HOURS)))],
  ] as const)
    it(`monthly sums equal the hourly flows, yearly the months; DH emissions are fully allocated (${label})`, async () => {
      const m = await make();
      const imports = new Float64Array(12 * N);
      const ev = new Float64Array(12 * N);
      let networkCo2 = 0;
      for (let h = 0; h < HOURS; h++) {
        fillInputs(m, h);
        m.step();
        const out = m.buildingOut;
        const month = monthOfHour(h);
        for (let i = 0; i < N; i++) {
          imports[month * N + i] += out[i * L.OUT_STRIDE + L.OUT_IMPORT];
          ev[month * N + i] += out[i * L.OUT_STRIDE + L.OUT_EL_EV];
        }
        networkCo2 += m.dhSeries[h * L.D_STRIDE + L.D_CO2_G];
      }
      m.finalize();
      let allocated = 0;
      for (let i = 0; i < N; i++) {
        for (let month = 0; month < 3; month++) {
          expect(buildingMonthly(m, i, month, L.M_IMPORT)).toBeCloseTo(imports[month * N + i], 6);
          expect(buildingMonthly(m, i, month, L.M_EL_EV)).toBeCloseTo(ev[month * N + i], 6);
        }
        for (let q = 0; q < L.M_STRIDE; q++) {
          let sum = 0;
          for (let month = 0; month < 12; month++) sum += buildingMonthly(m, i, month, q);
          expect(buildingYearly(m, i, q)).toBeCloseTo(sum, 6);
        }
        allocated += buildingYearly(m, i, L.M_CO2_DH_G);
        // only district-heated buildings carry district-heat emissions
        if (buildingYearly(m, i, L.M_DISTRICT_HEAT) === 0) expect(buildingYearly(m, i, L.M_CO2_DH_G)).toBe(0);
      }
      expect(networkCo2).toBeGreaterThan(0);
      expect(Math.abs(allocated - networkCo2) / networkCo2).toBeLessThan(1e-9);
      // finalize is idempotent
      m.finalize();
      expect(buildingYearly(m, 0, L.M_IMPORT)).toBeCloseTo(
        Array.from({ length: 12 }, (_, k) => buildingMonthly(m, 0, k, L.M_IMPORT)).reduce((a, b) => a + b),
        6,
      );
    });

  it("is deterministic: two WASM instances give bit-identical results", async () => {
    const run = async () => {
      const m = await supplyWasm(mixedConfig(N, 200));
      for (let h = 0; h < 200; h++) {
        fillInputs(m, h);
        m.step();
      }
      m.finalize();
      return [Array.from(m.monthly), Array.from(m.dhSeries), Array.from(m.areaSeries)];
    };
    expect(await run()).toEqual(await run());
  });
});
