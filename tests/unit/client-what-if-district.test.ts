// The client's district what-if: the lever panel's district scope becomes district-scoped interventions, and
// the worker's warm runner (district parts) re-runs only the district moved, with the result of a fresh run of
// the whole city in one model (per-building records bit for bit but the district-heat emissions; network
// series and indicators ≤ 1e-12 relative: the same numbers added in another order).
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { runCityYear, WarmRunner } from "../../client/src/core/modelRun.ts";
import type { ModelResult } from "../../client/src/core/modelResult.ts";
import {
  BASE_YEAR,
  defaultLevers,
  scenarioFromLevers,
  scopedValues,
  withLever,
} from "../../client/src/scenario/leverState.ts";
import { baseOf } from "../../client/src/scenario/whatIfInputs.ts";
import { stationNormals } from "../../client/src/weatherNormals.ts";
import { weatherFromNormals } from "../../sim-core/host/model/weather.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { districtGroups } from "../../sim-core/scenario/run/index.ts";
import { spreadCity } from "./scenario-fixtures.ts";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-9);

function expectSameResult(warm: ModelResult, fresh: ModelResult): void {
  let differ = 0;
  for (let r = 0; r < fresh.yearly.length; r++) {
    if (r % L.M_STRIDE === L.M_CO2_DH_G) expect(rel(warm.yearly[r], fresh.yearly[r])).toBeLessThanOrEqual(1e-12);
    else if (warm.yearly[r] !== fresh.yearly[r]) differ++;
  }
  expect(differ).toBe(0);
  for (const [k, v] of Object.entries(fresh.indicators))
    expect(rel(warm.indicators[k], v), k).toBeLessThanOrEqual(1e-12);
  for (const k of ["gridImport_W", "gridExport_W", "dhDemand_W"] as const) {
    const peak = Math.max(...fresh[k].map(Math.abs), 1);
    for (let h = 0; h < fresh[k].length; h++)
      expect(Math.abs(warm[k][h] - fresh[k][h]) / peak).toBeLessThanOrEqual(1e-12);
  }
  expect(Array.from(warm.system)).toEqual(Array.from(fresh.system));
}

describe("district levers ⇄ scenario", () => {
  it("a district's own value is a district intervention after the municipality's; equal or municipal-only values add none", () => {
    const levers = { ...defaultLevers(), heatPumpShare: 30 };
    let moved = withLever(levers, {}, "Stabekk", "heatPumpShare", 80);
    moved = withLever(moved.values, moved.districts, "Stabekk", "rooftopPvShare", defaultLevers().rooftopPvShare);
    moved = withLever(moved.values, moved.districts, "Stabekk", "newHeatPlant", 10); // municipal-only: whole city
    expect(moved.values.newHeatPlant).toBe(10);
    expect(scopedValues(moved.values, moved.districts, "Stabekk").heatPumpShare).toBe(80);
    expect(scopedValues(moved.values, moved.districts, "Haslum").heatPumpShare).toBe(30);
    expect(scopedValues(moved.values, moved.districts).heatPumpShare).toBe(30);
    const s = scenarioFromLevers(moved.values, "baerum", "what-if", moved.districts);
    expect(s.interventions).toEqual([
      { lever: "heatPumpShare", value: 30, startYear: BASE_YEAR, where: { scope: "municipality" } },
      { lever: "newHeatPlant", value: 10, startYear: BASE_YEAR, where: { scope: "municipality" } },
      { lever: "heatPumpShare", value: 80, startYear: BASE_YEAR, where: { scope: "district", district: "Stabekk" } },
    ]);
  });
});

describe("the worker's warm runner", () => {
  it("a district lever re-runs that district only and equals a fresh run of the whole city; the municipality re-runs all", async () => {
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const city = spreadCity(80);
    const base = baseOf(city);
    const weather = weatherFromNormals(stationNormals("oslo-blindern"));
    const warm = new WarmRunner(module, base, weather, 1); // every district its own part
    const groups = districtGroups(city);
    const fractions: number[] = [];
    const baseline = scenarioFromLevers(defaultLevers(), "t", "baseline");
    const first = await runCityYear(
      module,
      base,
      weather,
      { runId: 1, scenario: baseline },
      (f) => fractions.push(f),
      warm,
    );
    expect(first.rerunBuildings).toBe(80);
    expect(fractions.at(-1)).toBe(1);
    expectSameResult(first, await runCityYear(module, base, weather, { runId: 1, scenario: baseline }));

    const [district, indices] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
    let moved = withLever(defaultLevers(), {}, district, "heatPumpShare", 100);
    moved = withLever(moved.values, moved.districts, district, "rooftopPvShare", 70);
    const local = scenarioFromLevers(moved.values, "t", "what-if", moved.districts);
    fractions.length = 0;
    const fast = await runCityYear(
      module,
      base,
      weather,
      { runId: 2, scenario: local },
      (f) => fractions.push(f),
      warm,
    );
    expect(fast.rerunBuildings).toBe(indices.length);
    expect(fractions.at(-1)).toBe(1);
    expectSameResult(fast, await runCityYear(module, base, weather, { runId: 2, scenario: local }));

    const whole = scenarioFromLevers({ ...defaultLevers(), rooftopPvShare: 100 }, "t");
    const all = await runCityYear(module, base, weather, { runId: 3, scenario: whole }, undefined, warm);
    expect(all.rerunBuildings).toBe(80);
    expectSameResult(all, await runCityYear(module, base, weather, { runId: 3, scenario: whole }));
  }, 300_000);
});
