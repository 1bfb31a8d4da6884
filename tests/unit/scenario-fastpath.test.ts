// The fast path (YearSimulator: a warm model re-parameterised, the materials year reused) gives the same
// results as a fresh year, bit for bit, and reuses what it says it reuses.
import { describe, expect, it } from "vitest";
import { YearSimulator, inputsForYear, simulateYear } from "../../sim-core/scenario/index.ts";
import { osloWeather } from "./model-fixtures.ts";
import { everywhere, scenario, smallBase, wasmModule } from "./scenario-fixtures.ts";

describe("fast path for a lever change", () => {
  it("a district lever change re-runs on the warm model and equals a fresh run", async () => {
    const base = await smallBase(40);
    const module = await wasmModule();
    const weather = osloWeather();
    const sim = new YearSimulator(module, base, weather);
    const first = scenario([{ lever: "retrofitRate", value: 5, startYear: 2026, where: everywhere }]);
    await sim.run(first, 2035);
    const changed = scenario([
      { lever: "retrofitRate", value: 1, startYear: 2026, where: everywhere },
      { lever: "heatPumpShare", value: 100, startYear: 2026, where: { scope: "district", district: "Stabekk" } },
      { lever: "rooftopPvShare", value: 60, startYear: 2026, where: { scope: "district", district: "Stabekk" } },
    ]);
    const warm = await sim.run(changed, 2035);
    expect(sim.lastReuse).toEqual({ energyModel: true, materials: false });
    const fresh = await simulateYear(module, base, inputsForYear(base, changed, 2035), weather);
    expect(warm.indicators).toEqual(fresh.indicators);
    expect(Array.from(warm.perBuilding_kWh)).toEqual(Array.from(fresh.perBuilding_kWh));
    const energyOnly = scenario([
      { lever: "retrofitRate", value: 1, startYear: 2026, where: everywhere },
      { lever: "heatPumpShare", value: 50, startYear: 2026, where: { scope: "district", district: "Stabekk" } },
    ]);
    await sim.run(energyOnly, 2035);
    expect(sim.lastReuse).toEqual({ energyModel: true, materials: true });
  }, 120_000);
});
