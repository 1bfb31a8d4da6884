// inputsForYear: base-year inputs from the dataset and each lever's mapping, checked by laws and hand counts.
import { describe, expect, it } from "vitest";
import { FRACTIONS } from "../../sim-core/host/materials/layout.ts";
import { inputsForYear, periodOf } from "../../sim-core/scenario/index.ts";
import { everywhere, scenario, smallBase } from "./scenario-fixtures.ts";

describe("scenario inputs per year", () => {
  it("are deterministic: the same scenario and year give identical inputs", async () => {
    const base = await smallBase();
    const s = scenario([{ lever: "heatPumpShare", value: 50, startYear: 2026, where: everywhere }]);
    expect(inputsForYear(base, s, 2035)).toEqual(inputsForYear(base, s, 2035));
  });

  it("give the dataset's EV share of the cars in the base year (Bærum 18.4 %, OFV 2019)", async () => {
    const base = await smallBase();
    const y = inputsForYear(base, scenario(), 2025);
    expect(y.transport.evs / y.transport.cars).toBeCloseTo(0.184, 12);
    // cars per dwelling = the municipality's cars ÷ its dwellings
    expect(base.carsPerDwelling).toBeCloseTo(68079 / 55507, 3);
  });

  it("heatPumpShare 100 % leaves no direct-electric building, and converts only direct-electric ones", async () => {
    const base = await smallBase();
    const before = inputsForYear(base, scenario(), 2030).buildings.system;
    const after = inputsForYear(
      base,
      scenario([{ lever: "heatPumpShare", value: 100, startYear: 2026, where: everywhere }]),
      2030,
    ).buildings.system;
    expect(before.some((s) => s === 0)).toBe(true);
    expect(after.some((s) => s === 0)).toBe(false);
    for (let i = 0; i < before.length; i++) if (before[i] !== 0) expect(after[i]).toBe(before[i]);
  });

  it("applies an intervention only where it is scoped and only from its start year", async () => {
    const base = await smallBase();
    const s = scenario([
      { lever: "rooftopPvShare", value: 100, startYear: 2030, where: { scope: "district", district: "Fornebu" } },
    ]);
    const before = inputsForYear(base, s, 2029).buildings.pv_kWp;
    const after = inputsForYear(base, s, 2030).buildings.pv_kWp;
    base.city.buildings.forEach((b, i) => {
      if (b.district === "Fornebu") expect(after[i]).toBeGreaterThan(0);
      else expect(after[i]).toBe(before[i]);
    });
  });

  it("a larger PV share is a superset of a smaller one (draws per building)", async () => {
    const base = await smallBase();
    const pv = (v: number) =>
      inputsForYear(base, scenario([{ lever: "rooftopPvShare", value: v, startYear: 2026, where: everywhere }]), 2030)
        .buildings.pv_kWp;
    const small = pv(30);
    const large = pv(60);
    small.forEach((k, i) => {
      if (k > 0) expect(large[i]).toBe(k);
    });
  });

  it("retrofits every pre-2007 building after 20 years at 5 %/yr, to passive house at depth 1", async () => {
    const base = await smallBase();
    const s = scenario([
      { lever: "retrofitRate", value: 5, startYear: 2026, where: everywhere },
      { lever: "retrofitDepth", value: 1, startYear: 2026, where: everywhere },
    ]);
    const y = inputsForYear(base, s, 2045);
    base.city.buildings.forEach((b, i) => {
      expect(y.buildings.period[i]).toBe(b.year < 2007 ? "passive" : undefined);
    });
  });

  it("a filter by period retrofits only that period", async () => {
    const base = await smallBase();
    const s = scenario([
      { lever: "retrofitRate", value: 5, startYear: 2026, where: { scope: "filter", periods: ["TEK69"] } },
    ]);
    const y = inputsForYear(base, s, 2045);
    base.city.buildings.forEach((b, i) => {
      if (periodOf(b) === "TEK69") expect(y.buildings.period[i]).toBe("TEK17");
    });
  });

  it("source separation raises each sortable fraction's separate share by the points, rows still sum to 1", async () => {
    const base = await smallBase();
    const b0 = inputsForYear(base, scenario(), 2030).materials.transfer.separation ?? {};
    const b1 =
      inputsForYear(
        base,
        scenario([{ lever: "sourceSeparation", value: 10, startYear: 2026, where: everywhere }]),
        2030,
      ).materials.transfer.separation ?? {};
    for (const f of FRACTIONS) {
      const before = b0[f]?.collectionSeparate ?? 0;
      const after = b1[f]?.collectionSeparate ?? 0;
      expect(after + (b1[f]?.collectionResidual ?? 0)).toBeCloseTo(1, 12);
      if (f === "residual") expect(after).toBe(before);
      else expect(after).toBeCloseTo(Math.min(1, before + 0.1), 12);
    }
  });

  it("district-heat expansion connects buildings near the network and counts the trench", async () => {
    const base = await smallBase();
    const connected = (y: ReturnType<typeof inputsForYear>) =>
      y.city.buildings.filter((b) => b.districtHeating !== undefined).length;
    const y0 = inputsForYear(base, scenario(), 2030);
    const y1 = inputsForYear(
      base,
      scenario([{ lever: "districtHeatExpansion", value: 1000, startYear: 2026, where: everywhere }]),
      2030,
    );
    expect(connected(y1)).toBeGreaterThan(connected(y0));
    expect(y1.units.districtHeatExpansion).toBeGreaterThan(0);
    expect(y1.units.districtHeatExpansion).toBeLessThanOrEqual(1000 * (connected(y1) - connected(y0)));
    y1.city.buildings.forEach((b, i) => {
      if (b.districtHeating !== undefined) expect(y1.buildings.system[i]).toBe(4);
    });
  });
});

describe("example scenarios (assets/scenarios)", () => {
  it("all validate against their municipality's districts", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { validateScenario } = await import("../../sim-core/scenario/index.ts");
    const { loadScenarioBase } = await import("../../server/cli/scenarioBase.ts");
    const files = readdirSync("assets/scenarios").filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const doc = JSON.parse(readFileSync(`assets/scenarios/${f}`, "utf8"));
      const base = await loadScenarioBase(doc.municipality);
      const districts = [...new Set(base.city.buildings.map((b) => b.district))];
      expect(validateScenario(doc, { districts }), f).toMatchObject({ ok: true });
    }
  }, 60_000);
});
