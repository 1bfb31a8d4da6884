// Every lever moves its indicators in the expected direction: one simulated year (2040) of a 40-building
// stock with the lever set from 2026, against the same year of the baseline (or of a stated reference).
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Intervention,
  type ScenarioBase,
  type SimulatedYear,
  inputsForYear,
  simulateYear,
} from "../../sim-core/scenario/index.ts";
import { osloWeather } from "./model-fixtures.ts";
import { everywhere, scenario, smallBase, wasmModule } from "./scenario-fixtures.ts";

const YEAR = 2040;
const weather = osloWeather();
let base: ScenarioBase;
let baseline: SimulatedYear;

const lever = (id: string, value: number): Intervention => ({ lever: id, value, startYear: 2026, where: everywhere });
async function run(...interventions: Intervention[]): Promise<SimulatedYear> {
  return simulateYear(await wasmModule(), base, inputsForYear(base, scenario(interventions), YEAR), weather);
}

beforeAll(async () => {
  base = await smallBase(40);
  baseline = await run();
}, 120_000);

type Case = [lever: Intervention[], indicator: string, direction: "lower" | "higher", reference?: Intervention[]];
const CASES: Case[] = [
  [[lever("retrofitRate", 5)], "residentialThermalPerCapita", "lower"],
  [
    [lever("retrofitRate", 5), lever("retrofitDepth", 1)],
    "residentialThermalPerCapita",
    "lower",
    [lever("retrofitRate", 5)],
  ],
  [[lever("heatPumpShare", 100)], "electricityPerCapita", "lower"],
  [[lever("rooftopPvShare", 100)], "selfSufficiency", "higher"],
  [
    [lever("rooftopPvShare", 50), lever("rooftopPvSize", 80)],
    "selfSufficiency",
    "higher",
    [lever("rooftopPvShare", 50)],
  ],
  [
    [lever("rooftopPvShare", 100), lever("batteryShare", 100)],
    "demandResponseShare",
    "higher",
    [lever("rooftopPvShare", 100)],
  ],
  [[lever("evShare", 100)], "ghgPerCapita", "lower"],
  [[lever("evShare", 100)], "electricityPerCapita", "higher"],
  [[lever("evShare", 60), lever("smartChargingShare", 100)], "demandResponseShare", "higher", [lever("evShare", 60)]],
  [[lever("districtHeatExpansion", 1000)], "electricityPerCapita", "lower"],
  [[lever("newHeatPlant", 20)], "renewableShare", "higher"],
  [[lever("sourceSeparation", 40)], "wasteRecycledShare", "higher"],
  [[lever("foodWasteReduction", 50)], "ghgPerCapita", "lower"],
  [[lever("reuseCentres", 10)], "wasteIncineratedShare", "lower"],
  [[lever("payAsYouThrow", 1)], "wasteRecycledShare", "higher"],
  [[lever("biogasBuses", 100)], "ghgPerCapita", "lower"],
  [[lever("timberShare", 100)], "ghgPerCapita", "lower"],
];

describe("every lever moves its indicator the expected way", () => {
  for (const [interventions, indicator, direction, reference] of CASES) {
    const name = interventions.map((i) => `${i.lever}=${i.value}`).join(" + ");
    it(`${name}: ${indicator} ${direction}${reference ? " than without the last lever" : ""}`, async () => {
      const ref = reference ? await run(...reference) : baseline;
      const got = await run(...interventions);
      const a = got.indicators[indicator];
      const b = ref.indicators[indicator];
      if (direction === "lower") expect(a).toBeLessThan(b);
      else expect(a).toBeGreaterThan(b);
    }, 60_000);
  }

  it("gridCapacityUpgrade=100 with every car electric and uncontrolled: fewer hours over capacity", async () => {
    const ev = [lever("evShare", 100), lever("smartChargingShare", 0)];
    const ref = await run(...ev);
    const got = await run(...ev, lever("gridCapacityUpgrade", 100));
    expect(ref.indicators.hoursOverGridCapacity).toBeGreaterThan(0);
    expect(got.indicators.hoursOverGridCapacity).toBeLessThan(ref.indicators.hoursOverGridCapacity);
  }, 60_000);

  it("componentReuse=50: more demolition components reused", async () => {
    const got = await run(lever("componentReuse", 50));
    expect(got.metrics.waste.reusedComponents_t).toBeGreaterThan(baseline.metrics.waste.reusedComponents_t);
  }, 60_000);
});
