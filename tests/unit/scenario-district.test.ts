// The live district re-run (YearSimulator with split "district"): a lever change scoped to one district re-runs
// that district's buildings only and reuses every other district's cached results and sums; the networks are
// dispatched again from all parts. Laws: per-building energy is a function of the building's own inputs, so it
// equals a fresh run of the whole stock in one model bit for bit; the network sums (grid areas, district heat)
// only add the same numbers in another order (parts' subtotals), so they and the indicators agree to ≤ 1e-12
// relative; undoing a change gives back the first results bit for bit; the same requests give the same bits.
import { describe, expect, it } from "vitest";
import * as L from "../../sim-core/host/supply/layout.ts";
import {
  type Intervention,
  type Scenario,
  type SimulatedYear,
  YearSimulator,
  DEFAULT_MIN_PART_BUILDINGS,
  districtGroups,
  inputsForYear,
  simulateYear,
} from "../../sim-core/scenario/index.ts";
import { osloWeather } from "./model-fixtures.ts";
import { everywhere, scenario, smallBase, spreadCity, wasmModule } from "./scenario-fixtures.ts";

const YEAR = 2035;
/** Every district its own part (the default gathers districts under 500 buildings: the sample would be one). */
const SPLIT = { split: "district", minPartBuildings: 1 } as const;
const district = (name: string) => ({ scope: "district", district: name }) as const;

/** Relative difference, with an absolute floor of 1e-9 of the unit for quantities that are (near) zero. */
function rel(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

interface Run {
  year: SimulatedYear;
  yearly: Float64Array;
}

function expectSameYear(fastRun: Run, fullRun: Run): void {
  const fast = fastRun.year;
  const full = fullRun.year;
  // Every per-building yearly record (f64): the same bits, but the district-heat emissions, which are allocated
  // from the network's dispatch (≤ 1e-12 relative).
  expect(fastRun.yearly.length).toBe(fullRun.yearly.length);
  let differ = 0;
  for (let r = 0; r < fullRun.yearly.length; r++) {
    const [a, b] = [fastRun.yearly[r], fullRun.yearly[r]];
    if (r % L.M_STRIDE === L.M_CO2_DH_G) expect(rel(a, b)).toBeLessThanOrEqual(1e-12);
    else if (a !== b) differ++;
  }
  expect(differ).toBe(0);
  expect(Array.from(fast.perBuilding_kWh)).toEqual(Array.from(full.perBuilding_kWh));
  expect(Array.from(fast.perBuildingSpaceHeat_kWh)).toEqual(Array.from(full.perBuildingSpaceHeat_kWh));
  // Building totals (sums of the same per-building numbers in building order): the same bits.
  for (const k of ["electricityUse_MWh", "districtHeat_MWh", "pv_MWh", "gridImport_MWh", "ambientHeat_MWh"] as const)
    expect(fast.metrics[k], k).toBe(full.metrics[k]);
  // Network series and what depends on them: ≤ 1e-12 relative.
  for (const [k, v] of Object.entries(full.indicators))
    expect(rel(fast.indicators[k], v), `indicator ${k}: ${fast.indicators[k]} vs ${v}`).toBeLessThanOrEqual(1e-12);
  for (const k of ["areaImport_MWh", "peakGridLoad_MW", "dhLoss_MWh", "dhElectric_MWh", "co2DistrictHeat_t"] as const)
    expect(rel(fast.metrics[k], full.metrics[k]), k).toBeLessThanOrEqual(1e-12);
  expect(fast.metrics.hoursOverGridCapacity).toBe(full.metrics.hoursOverGridCapacity);
  for (const [kind, heat] of Object.entries(full.metrics.dhPlantHeat_MWh))
    expect(rel(fast.metrics.dhPlantHeat_MWh[kind], heat), `plant ${kind}`).toBeLessThanOrEqual(1e-12);
}

/** A fresh run of the whole stock in one model (simulateYear's path), with its per-building records. */
async function fullRun(s: Scenario): Promise<Run> {
  const base = await smallBase(80);
  const sim = new YearSimulator(await wasmModule(), base, osloWeather());
  const { year, view } = await sim.runDetailed(inputsForYear(base, s, YEAR));
  return { year, yearly: view.yearly.slice() };
}

/** A district-split simulator's run with its per-building records. */
async function fastRun(sim: YearSimulator, s: Scenario): Promise<Run> {
  const { year, view } = await sim.runDetailed(inputsForYear(sim.base, s, YEAR));
  return { year, yearly: view.yearly.slice() };
}

describe("live district re-run (YearSimulator split by district)", () => {
  it("parts: districts in order of first appearance, small ones gathered; every building in exactly one part", async () => {
    const sizes: [string, number][] = [
      ["A", 600],
      ["B", 100],
      ["C", 200],
      ["D", 300],
      ["E", 50],
    ];
    const city = spreadCity(1);
    const buildings = sizes.flatMap(([d, n]) =>
      Array.from({ length: n }, (_, k) => ({ ...city.buildings[0], id: `${d}${k}`, district: d })),
    );
    // interleave A's and B's buildings: a part keeps dataset order
    [buildings[0], buildings[600]] = [buildings[600], buildings[0]];
    const parts = districtGroups({ ...city, buildings }, 500);
    expect([...parts.keys()]).toEqual(["A", "B + C + D", "E"]);
    expect([...parts.values()].map((p) => p.length)).toEqual([600, 600, 50]);
    for (const p of parts.values()) for (let k = 1; k < p.length; k++) expect(p[k]).toBeGreaterThan(p[k - 1]);
    expect(districtGroups(spreadCity(80), DEFAULT_MIN_PART_BUILDINGS).size).toBe(1); // the small sample: one part
  });

  it("the sample's districts: DH-connected buildings in some, every building in one part", async () => {
    const base = await smallBase(80);
    const groups = districtGroups(base.city);
    expect(groups.size).toBeGreaterThanOrEqual(4);
    const all = [...groups.values()].flatMap((g) => Array.from(g)).sort((a, b) => a - b);
    expect(all).toEqual(base.city.buildings.map((_, i) => i));
    const dhDistricts = new Set(base.city.buildings.filter((b) => b.districtHeating).map((b) => b.district));
    expect(dhDistricts.size).toBeGreaterThan(0);
  });

  it("heat pumps, rooftop PV and a retrofit of DH-connected buildings in one district each re-run that district only and equal a full run", async () => {
    const base = await smallBase(80);
    const module = await wasmModule();
    const weather = osloWeather();
    const sim = new YearSimulator(module, base, weather, SPLIT);
    const groups = districtGroups(base.city);
    const start: Intervention[] = [{ lever: "retrofitRate", value: 2, startYear: 2026, where: everywhere }];
    const firstRun = await fastRun(sim, scenario(start));
    const first = firstRun.year;
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(base.city.buildings.length);
    expectSameYear(firstRun, await fullRun(scenario(start)));
    // simulateYear (a fresh single model) is the reference the full runs above take.
    const fresh = await simulateYear(module, base, inputsForYear(base, scenario(start), YEAR), weather);
    expect((await fullRun(scenario(start))).year.indicators).toEqual(fresh.indicators);

    // A district with direct-electric buildings (heat pumps replace those) and one with DH-connected ones.
    const y0 = inputsForYear(base, scenario(start), YEAR);
    const directIn = [...groups].find(([, idx]) => Array.from(idx).some((i) => y0.buildings.system[i] === 0));
    const dhIn = [...groups].find(([, idx]) => Array.from(idx).some((i) => y0.buildings.system[i] === 4));
    expect(directIn && dhIn).toBeTruthy();
    const [hpDistrict, hpIdx] = directIn as [string, Int32Array];
    const [dhDistrict, dhIdx] = dhIn as [string, Int32Array];

    const cases: [string, Intervention[], string, Int32Array][] = [
      [
        "heat pumps",
        [{ lever: "heatPumpShare", value: 100, startYear: 2026, where: district(hpDistrict) }],
        hpDistrict,
        hpIdx,
      ],
      [
        "rooftop PV",
        [
          { lever: "heatPumpShare", value: 100, startYear: 2026, where: district(hpDistrict) },
          { lever: "rooftopPvShare", value: 80, startYear: 2026, where: district(dhDistrict) },
        ],
        dhDistrict,
        dhIdx,
      ],
      [
        "deep retrofit of a DH district",
        [
          { lever: "heatPumpShare", value: 100, startYear: 2026, where: district(hpDistrict) },
          { lever: "rooftopPvShare", value: 80, startYear: 2026, where: district(dhDistrict) },
          { lever: "retrofitRate", value: 10, startYear: 2026, where: district(dhDistrict) },
          { lever: "retrofitDepth", value: 1, startYear: 2026, where: district(dhDistrict) },
        ],
        dhDistrict,
        dhIdx,
      ],
    ];
    let previous = first;
    for (const [name, extra, where, idx] of cases) {
      const s = scenario([...start, ...extra]);
      const run = await fastRun(sim, s);
      const fast = run.year;
      const stats = sim.lastDistrictRun;
      expect(stats?.rerunParts, name).toBe(1);
      expect(stats?.rerunBuildings, name).toBe(idx.length);
      expect(stats?.createdParts, name).toBe(0);
      expect(stats?.networkReused, name).toBe(true);
      expect(stats?.changedBuildings, name).toBeGreaterThan(0);
      expect(sim.lastReuse.energyModel).toBe(true);
      // Only that district's buildings can differ from the previous run.
      const outside = Array.from(previous.perBuildingSpaceHeat_kWh.keys()).filter(
        (i) => base.city.buildings[i].district !== where,
      );
      for (const i of outside) expect(fast.perBuildingSpaceHeat_kWh[i]).toBe(previous.perBuildingSpaceHeat_kWh[i]);
      expectSameYear(run, await fullRun(s));
      previous = fast;
    }
    // The DH-connected district's retrofit lowered the network's delivered heat (the dispatch changed).
    expect(previous.metrics.districtHeat_MWh).toBeLessThan(first.metrics.districtHeat_MWh);
    expect(previous.metrics.dhLoss_MWh).not.toBe(first.metrics.dhLoss_MWh);
    // Undoing every change (envelopes back to as built included) gives the first run back, bit for bit.
    const undone = await fastRun(sim, scenario(start));
    expect(sim.lastDistrictRun?.rerunParts).toBe(2);
    expect(Array.from(undone.yearly)).toEqual(Array.from(firstRun.yearly));
    expect(undone.year.indicators).toEqual(first.indicators);
    expect(undone.year.metrics).toEqual(first.metrics);
  }, 300_000);

  it("a whole-municipality change re-runs every district; undoing a change restores the cached results bit for bit", async () => {
    const base = await smallBase(80);
    const module = await wasmModule();
    const sim = new YearSimulator(module, base, osloWeather(), SPLIT);
    const groups = districtGroups(base.city);
    const baseline = scenario([]);
    const a = await sim.run(baseline, YEAR);
    const whole = scenario([{ lever: "rooftopPvShare", value: 100, startYear: 2026, where: everywhere }]);
    const w = await fastRun(sim, whole);
    expect(sim.lastDistrictRun?.rerunParts).toBe(groups.size);
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(base.city.buildings.length);
    expectSameYear(w, await fullRun(whole));
    const back = await sim.run(baseline, YEAR);
    expect(sim.lastDistrictRun?.createdParts).toBe(0);
    expect(Array.from(back.perBuilding_kWh)).toEqual(Array.from(a.perBuilding_kWh));
    expect(back.indicators).toEqual(a.indicators);
    expect(back.metrics).toEqual(a.metrics);
    // An unchanged request re-runs nothing and gives the same bits (determinism).
    const again = await sim.run(baseline, YEAR);
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(0);
    expect(sim.lastDistrictRun?.dispatchReused).toBe(true); // nor the networks' dispatch
    expect(again.metrics).toEqual(a.metrics);
    expect(again.indicators).toEqual(a.indicators);
    expect(Array.from(again.perBuilding_kWh)).toEqual(Array.from(a.perBuilding_kWh));
    // More grid capacity alone: no building re-runs, the networks dispatch again (same bits as a full run).
    const grid = scenario([{ lever: "gridCapacityUpgrade", value: 50, startYear: 2026, where: everywhere }]);
    const g = await fastRun(sim, grid);
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(0);
    expect(sim.lastDistrictRun?.dispatchReused).toBe(false);
    expectSameYear(g, await fullRun(grid));
    // A second simulator from cold gives the same bits.
    const cold = new YearSimulator(module, base, osloWeather(), SPLIT);
    const c = await cold.run(baseline, YEAR);
    expect(c.metrics).toEqual(a.metrics);
    expect(Array.from(c.perBuilding_kWh)).toEqual(Array.from(a.perBuilding_kWh));
  }, 300_000);

  it("a new heat plant or more grid capacity re-dispatches the networks without re-running any building; a circular lever re-runs the materials year only", async () => {
    const base = await smallBase(80);
    const module = await wasmModule();
    const sim = new YearSimulator(module, base, osloWeather(), SPLIT);
    await sim.run(scenario([]), YEAR);
    const plant = scenario([
      { lever: "newHeatPlant", value: 20, startYear: 2026, where: everywhere },
      { lever: "gridCapacityUpgrade", value: 50, startYear: 2026, where: everywhere },
    ]);
    const fast = await fastRun(sim, plant);
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(0);
    expect(sim.lastDistrictRun?.networkReused).toBe(false);
    expect(sim.lastReuse.materials).toBe(true);
    expectSameYear(fast, await fullRun(plant));
    // A circular lever in one district: the materials year re-runs, no building does (Bærum has no waste plant
    // feeding district heat, so the networks are the same too).
    const sorting = scenario([
      ...plant.interventions,
      { lever: "sourceSeparation", value: 30, startYear: 2026, where: district("Stabekk") },
    ]);
    const circular = await fastRun(sim, sorting);
    expect(sim.lastReuse.materials).toBe(false);
    expect(sim.lastDistrictRun?.rerunBuildings).toBe(0);
    expect(sim.lastDistrictRun?.networkReused).toBe(true);
    expectSameYear(circular, await fullRun(sorting));
    expect(circular.year.indicators.wasteRecycledShare).toBeGreaterThan(fast.year.indicators.wasteRecycledShare);
  }, 300_000);
});
