// Hand-derived amounts and laws of the scenario runner: heat-pump COP cut, PV self-sufficiency balance,
// linear source separation, annuity of one intervention, zero difference, determinism, interpolation.
import { describe, expect, it } from "vitest";
import type { CityDataset } from "../../sim-core/index.ts";
import { EnergyModel, weatherFromNormals } from "../../sim-core/index.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import {
  applyOverrides,
  baselineOf,
  inputsForYear,
  interpolate,
  interventionsCost,
  milestoneYears,
  runScenarios,
  scenarioBase,
  simulateYear,
} from "../../sim-core/scenario/index.ts";
import { municipalityFacts } from "../../server/cli/scenarioBase.ts";
import { osloWeather } from "./model-fixtures.ts";
import { everywhere, scenario, smallBase, spreadCity, wasmModule } from "./scenario-fixtures.ts";

/** Constant 0 °C, no sun: every heat pump runs at one COP all year. */
const constantWeather = () =>
  weatherFromNormals({
    name: "constant 0 °C",
    site: { latitude_deg: 60, longitude_deg: 10, timeZone_h: 1 },
    monthlyMean_C: new Array(12).fill(0),
    diurnalAmplitude_K: new Array(12).fill(0),
    monthlyGhi_kWh_m2: new Array(12).fill(0),
  });

describe("hand-computed amounts", () => {
  it("heat pumps replacing direct electric heating cut that heating electricity by 1 − 1/COP (COP constant)", async () => {
    // Houses only, so every converted building gets an air-air heat pump: η_C 0.35, sink 35 °C, source 0 °C →
    // COP = 0.35 · 308.15 / 35 = 3.0815 (Carnot fraction, supply/defaults.ts; lift above the 10 K floor).
    const sample = spreadCity(240);
    const houses: CityDataset = {
      ...sample,
      buildings: sample.buildings.filter((b) => b.use === "house").slice(0, 30),
    };
    const base = scenarioBase(houses, {}, 2025);
    const cop = (0.35 * 308.15) / 35;
    const weather = constantWeather();
    const module = await wasmModule();
    const elSpace = async (share: number) => {
      const y = inputsForYear(
        base,
        scenario([{ lever: "heatPumpShare", value: share, startYear: 2026, where: everywhere }]),
        2030,
      );
      const m = await EnergyModel.create(module, y.city, weather, y.options);
      applyOverrides(m, y.city, y.buildings);
      m.runYear();
      return {
        el: Array.from({ length: m.buildings }, (_, i) => m.yearly(i, L.M_EL_SPACE)),
        system: y.buildings.system,
      };
    };
    const before = await elSpace(0);
    const after = await elSpace(100);
    let direct = 0;
    let converted = 0;
    before.system.forEach((s, i) => {
      if (s !== 0) return;
      expect(after.system[i]).toBe(1);
      expect(after.el[i]).toBeCloseTo(before.el[i] / cop, 6);
      direct += before.el[i];
      converted += after.el[i];
    });
    expect(direct).toBeGreaterThan(0);
    expect(1 - converted / direct).toBeCloseTo(1 - 1 / cop, 9);
  }, 60_000);

  it("PV self-sufficiency is the PV not exported over the electricity use (area balance, no DH, no battery)", async () => {
    const sample = spreadCity(240);
    const city: CityDataset = {
      ...sample,
      buildings: sample.buildings.filter((b) => b.district === "Sandvika").slice(0, 20),
    };
    const base = scenarioBase(city, await municipalityFacts("baerum"), 2025);
    const module = await wasmModule();
    const none = await simulateYear(
      module,
      base,
      inputsForYear(base, scenario([{ lever: "rooftopPvShare", value: 0, startYear: 2026, where: everywhere }]), 2030),
      osloWeather(),
    );
    expect(none.indicators.selfSufficiency).toBeCloseTo(0, 9);
    const y = await simulateYear(
      module,
      base,
      inputsForYear(
        base,
        scenario([{ lever: "rooftopPvShare", value: 100, startYear: 2026, where: everywhere }]),
        2030,
      ),
      osloWeather(),
    );
    const m = y.metrics;
    // Σ_h (import − export) = E − PV per area ⇒ E − import = PV − export
    const areaExport = m.areaImport_MWh - (m.electricityUse_MWh - m.pv_MWh);
    expect(m.pv_MWh).toBeGreaterThan(0);
    expect(y.indicators.selfSufficiency).toBeCloseTo((100 * (m.pv_MWh - areaExport)) / m.electricityUse_MWh, 9);
  }, 60_000);

  it("the recycled share moves linearly with the separation points (no fraction reaches 100 %)", async () => {
    const base = await smallBase(20);
    const module = await wasmModule();
    const recycled = async (p: number) =>
      (
        await simulateYear(
          module,
          base,
          inputsForYear(
            base,
            scenario([{ lever: "sourceSeparation", value: p, startYear: 2026, where: everywhere }]),
            2030,
          ),
          osloWeather(),
        )
      ).indicators.wasteRecycledShare;
    // the highest base share is hazardous waste's 94.2 % (SSB-derived): +4 points stay below 100 %
    const [r0, r2, r4] = [await recycled(0), await recycled(2), await recycled(4)];
    expect(r2).toBeGreaterThan(r0);
    expect(r4 - r2).toBeCloseTo(r2 - r0, 9);
  }, 60_000);

  it("the cost of one intervention is the hand-computed annuity: heat pumps, 35,000 NOK, 15 yr, 4 %, +500 NOK/yr", async () => {
    const base = await smallBase(40);
    const s = scenario([{ lever: "heatPumpShare", value: 100, startYear: 2026, where: everywhere }]);
    const before = inputsForYear(base, baselineOf(s), 2030).buildings.system;
    const converted = before.filter((x) => x === 0).length;
    // CRF = 0.04 / (1 − 1.04^−15) = 0.0899411; 35,000 · 0.0899411 + 500 = 3,647.94 NOK per building and year
    expect(converted).toBeGreaterThan(0);
    expect(interventionsCost(base, s, baselineOf(s), 2030)).toBeCloseTo(converted * 3647.94, -1);
    expect(interventionsCost(base, s, baselineOf(s), 2025)).toBe(0);
  });
});

describe("comparisons and years", () => {
  it("identical scenarios give zero difference; a scenario without interventions equals the baseline; deterministic", async () => {
    const base = await smallBase(20);
    const module = await wasmModule();
    const s = scenario([{ lever: "heatPumpShare", value: 50, startYear: 2026, where: everywhere }]);
    const opts = { milestones: [2025, 2035], measures: false };
    const [a, b, empty] = await runScenarios(module, base, [s, structuredClone(s), scenario()], osloWeather(), opts);
    expect(b.indicators).toEqual(a.indicators);
    expect(b.hash).toBe(a.hash);
    expect(empty.indicators).toEqual(empty.baseline?.indicators);
    expect(empty.comparison?.abated_t.every((x) => x === 0)).toBe(true);
    const [again] = await runScenarios(module, base, [scenario()], osloWeather(), opts);
    expect(again.baseline?.indicators).toEqual(a.baseline?.indicators);
  }, 120_000);

  it("years between milestones are interpolated linearly", async () => {
    expect(milestoneYears(2025, 2050)).toEqual([2025, 2030, 2035, 2040, 2045, 2050]);
    expect(milestoneYears(2027, 2043)).toEqual([2027, 2030, 2035, 2040, 2043]);
    expect(interpolate([2025, 2030], [10, 20])).toEqual([10, 12, 14, 16, 18, 20]);
    const base = await smallBase(20);
    const s = scenario([{ lever: "evShare", value: 80, startYear: 2026, where: everywhere }], { horizon: 2035 });
    const [r] = await runScenarios(await wasmModule(), base, [s], osloWeather(), {
      milestones: [2025, 2035],
      measures: false,
    });
    const e = r.indicators.electricityPerCapita;
    expect(r.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(e[5]).toBeCloseTo((e[0] + e[10]) / 2, 9);
    expect(e[10]).toBeGreaterThan(e[0]);
  }, 120_000);
});
