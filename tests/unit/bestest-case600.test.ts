// ASHRAE Std 140 (BESTEST) Cases 600/900 with the 5R1C WASM kernel on the Denver TMY3 EPW.
// Case 600's annual loads must lie inside the Std 140-2023 acceptance limits; Case 900 and the peaks are
// reported in docs/bestest.md (tools/bestest-report.ts) against the 2020 example results.
import { beforeAll, describe, expect, it } from "vitest";
import { arealCapacity_J_m2K, type BestestRun, bestestData, runBestest } from "../support/bestest/model.ts";

let run: BestestRun;
beforeAll(async () => {
  run = await runBestest();
});

describe("BESTEST Case 600 / 900 (ASHRAE Std 140)", () => {
  it("derives κ from the layers by hand (ISO 13786 10 cm rule)", () => {
    const d = bestestData.case600_description.constructions_layers_outside_to_inside;
    // plasterboard 0.012 m · 950 kg/m³ · 840 J/(kgK) = 9576 J/(m²K); stops at the fibreglass
    expect(arealCapacity_J_m2K(d.wall_LTWALL)).toBeCloseTo(9576, 6);
    // concrete block 0.1 m · 1400 · 1000 = 140,000 J/(m²K)
    expect(arealCapacity_J_m2K(bestestData.case900_differences.wall_HWWALL)).toBeCloseTo(140_000, 6);
    // Case 600: (9576·63.6 + 7980·48 + 19,500·48)/48 = 40,168.2 J/(m²K)
    expect(run.zones["600"].capacitance_J_m2K).toBeCloseTo(40_168.2, 6);
  });

  it("Case 600 annual heating and cooling are inside the Std 140-2023 acceptance limits", () => {
    const acc = bestestData.reference_results.std140_2023_acceptance_criteria_case600_annual;
    const r = run.results["600"];
    expect(r.annualHeating_MWh).toBeGreaterThanOrEqual(acc.heating_MWh[0]);
    expect(r.annualHeating_MWh).toBeLessThanOrEqual(acc.heating_MWh[1]);
    expect(r.annualCooling_MWh).toBeGreaterThanOrEqual(acc.cooling_MWh[0]);
    expect(r.annualCooling_MWh).toBeLessThanOrEqual(acc.cooling_MWh[1]);
  });

  it("obeys the physics the cases were designed to show", () => {
    const { results: r } = run;
    // thermal mass lowers both heating and cooling and narrows the free-floating swing
    expect(r["900"].annualHeating_MWh).toBeLessThan(r["600"].annualHeating_MWh);
    expect(r["900"].annualCooling_MWh).toBeLessThan(r["600"].annualCooling_MWh);
    expect(r["900FF"].maxAir_C - r["900FF"].minAir_C).toBeLessThan(r["600FF"].maxAir_C - r["600FF"].minAir_C);
    // controlled cases stay within the thermostat band (unlimited plant)
    expect(r["600"].minAir_C).toBeGreaterThan(20 - 1e-9);
    expect(r["600"].maxAir_C).toBeLessThan(27 + 1e-9);
    // free-floating cases have no plant
    expect(r["600FF"].annualHeating_MWh + r["600FF"].annualCooling_MWh).toBe(0);
  });
});
