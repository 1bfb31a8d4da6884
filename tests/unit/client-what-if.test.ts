// The client's scenario plumbing and chart layout: levers ⇄ scenario, the client's year run against the
// scenario runner's, and the Sankey layout (conservation).
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { runCityYear } from "../../client/src/core/modelRun.ts";
import { DELIVERED } from "../../client/src/model/metrics.ts";
import { defaultLevers, leverValues, scenarioFromLevers } from "../../client/src/scenario/leverState.ts";
import { baseOf } from "../../client/src/scenario/whatIfInputs.ts";
import { layoutSankey } from "../../client/src/ui/charts/sankey.ts";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { weatherFromNormals } from "../../sim-core/host/model/weather.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { LEVERS } from "../../sim-core/scenario/levers.ts";
import { inputsForYear, simulateYear } from "../../sim-core/scenario/run/index.ts";
import { stationNormals } from "../../client/src/weatherNormals.ts";

function city(n: number): CityDataset {
  return {
    municipality: { code: "0000", name: "test" },
    synthetic: true,
    note: "",
    origin: { lat: 59.9, lon: 10.5 },
    weatherStation: "oslo-blindern",
    storeyHeight_m: 3,
    districts: [{ name: "A", x_m: 0, y_m: 0 }],
    buildings: Array.from({ length: n }, (_, i) => ({
      id: `B${i}`,
      district: "A",
      use: i % 2 ? "house" : "school",
      year: i % 3 === 0 ? 2010 : 1970,
      floors: 2,
      footprint_m: [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ] as [number, number][],
      dwellings: i % 2,
      residents: i % 2 ? 2 : 0,
    })),
  };
}

describe("levers ⇄ scenario", () => {
  it("the defaults are no interventions; a moved lever is one municipality-wide intervention from 2025", () => {
    expect(scenarioFromLevers(defaultLevers(), "baerum").interventions).toEqual([]);
    const s = scenarioFromLevers({ ...defaultLevers(), heatPumpShare: 60 }, "baerum");
    expect(s.interventions).toEqual([
      { lever: "heatPumpShare", value: 60, startYear: 2025, where: { scope: "municipality" } },
    ]);
    expect(leverValues(s, 2035).heatPumpShare).toBe(60);
    expect(leverValues({ ...s, interventions: [{ ...s.interventions[0], startYear: 2040 }] }, 2035).heatPumpShare).toBe(
      0,
    );
    expect(Object.keys(defaultLevers())).toHaveLength(LEVERS.length);
  });
});

describe("the client's run equals the scenario runner's year", () => {
  it("indicators of runCityYear are simulateYear's for the same base, scenario and year (bit-identical)", async () => {
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const c = city(40);
    const base = baseOf(c);
    const weather = weatherFromNormals(stationNormals("oslo-blindern"));
    const scenario = scenarioFromLevers({ ...defaultLevers(), heatPumpShare: 70, rooftopPvShare: 30 }, "t");
    const mine = await runCityYear(module, base, weather, { runId: 1, scenario, year: 2030 });
    const theirs = await simulateYear(module, base, inputsForYear(base, scenario, 2030), weather);
    expect(mine.indicators).toEqual(theirs.indicators);
    for (let i = 0; i < 40; i++) {
      let delivered = 0;
      for (const q of DELIVERED) delivered += mine.yearly[i * mine.stride + q];
      expect(Math.fround(delivered / 1000)).toBe(theirs.perBuilding_kWh[i]);
    }
    const baseline = await runCityYear(module, base, weather, {
      runId: 2,
      scenario: scenarioFromLevers(defaultLevers(), "t"),
      year: 2030,
    });
    expect(mine.indicators.electricityPerCapita).toBeLessThan(baseline.indicators.electricityPerCapita); // heat pumps
    expect(mine.units.rooftopPvShare).toBeGreaterThan(baseline.units.rooftopPvShare);
  }, 120_000);
});

describe("Sankey layout", () => {
  it("conserves flow: each column's nodes share the height in proportion to their throughput", () => {
    const flows = [
      { from: "a", to: "m", value: 30 },
      { from: "b", to: "m", value: 10 },
      { from: "m", to: "x", value: 25 },
      { from: "m", to: "y", value: 15 },
    ];
    const nodes = layoutSankey(flows, 300, 100, 10, 0);
    const by = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(by.a.column).toBe(0);
    expect(by.m.column).toBe(1);
    expect(by.x.column).toBe(2);
    expect(by.m.h).toBeCloseTo(100, 9);
    expect(by.a.h).toBeCloseTo(75, 9);
    expect(by.b.h).toBeCloseTo(25, 9);
    expect(by.x.h + by.y.h).toBeCloseTo(by.m.h, 9);
    expect(by.x.x).toBe(290);
  });
});
