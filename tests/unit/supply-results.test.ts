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

// The WASM core stores completed months as f32 (summed in f64; yearly totals f64): a month is within one
// f32 rounding (2^-24 ≈ 6e-8 relative) of its hourly sum; the TS reference keeps f64 months.
const MONTH_TOL = 1e-7;

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
      // hourly flows summed by month, for the quantities accumulated and those derived at finalize
      const pairs: [number, number][] = [
        [L.OUT_IMPORT, L.M_IMPORT],
        [L.OUT_EL_EV, L.M_EL_EV],
        [L.OUT_DISTRICT_HEAT, L.M_DISTRICT_HEAT],
        [L.OUT_BIO_FUEL, L.M_BIO_FUEL],
        [L.OUT_BIO_LOSS, L.M_BIO_LOSS],
        [L.OUT_AMBIENT, L.M_AMBIENT],
        [L.OUT_BAT_LOSS, L.M_BAT_LOSS],
      ];
      const sums = pairs.map(() => new Float64Array(12 * N));
      const co2 = new Float64Array(12 * N);
      let networkCo2 = 0;
      for (let h = 0; h < HOURS; h++) {
        fillInputs(m, h);
        m.step();
        const out = m.buildingOut;
        const month = monthOfHour(h);
        for (let i = 0; i < N; i++) {
          pairs.forEach(([o], k) => {
            sums[k][month * N + i] += out[i * L.OUT_STRIDE + o];
          });
          co2[month * N + i] += out[i * L.OUT_STRIDE + L.OUT_CO2_G];
        }
        networkCo2 += m.dhSeries[h * L.D_STRIDE + L.D_CO2_G];
      }
      m.finalize();
      let allocated = 0;
      for (let i = 0; i < N; i++) {
        for (let month = 0; month < 3; month++) {
          pairs.forEach(([, q], k) => {
            const hourly = sums[k][month * N + i];
            expect(Math.abs(buildingMonthly(m, i, month, q) - hourly)).toBeLessThanOrEqual(
              MONTH_TOL * Math.max(1, hourly),
            );
          });
          const monthlyCo2 = buildingMonthly(m, i, month, L.M_CO2_EL_G) + buildingMonthly(m, i, month, L.M_CO2_BIO_G);
          expect(Math.abs(monthlyCo2 - co2[month * N + i])).toBeLessThanOrEqual(MONTH_TOL * Math.max(1, monthlyCo2));
        }
        for (let q = 0; q < L.M_STRIDE; q++) {
          let sum = 0;
          for (let month = 0; month < 12; month++) sum += buildingMonthly(m, i, month, q);
          expect(Math.abs(buildingYearly(m, i, q) - sum)).toBeLessThanOrEqual(MONTH_TOL * Math.max(1, Math.abs(sum)));
        }
        allocated += buildingYearly(m, i, L.M_CO2_DH_G);
        // only district-heated buildings carry district-heat emissions
        if (buildingYearly(m, i, L.M_DISTRICT_HEAT) === 0) expect(buildingYearly(m, i, L.M_CO2_DH_G)).toBe(0);
      }
      expect(networkCo2).toBeGreaterThan(0);
      expect(Math.abs(allocated - networkCo2) / networkCo2).toBeLessThan(1e-9);
      // finalize is idempotent
      m.finalize();
      const months = Array.from({ length: 12 }, (_, k) => buildingMonthly(m, 0, k, L.M_IMPORT)).reduce((a, b) => a + b);
      expect(Math.abs(buildingYearly(m, 0, L.M_IMPORT) - months)).toBeLessThanOrEqual(MONTH_TOL * Math.max(1, months));
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
