// yearResultKey (server/session/yearResultKey.ts): scenarios with the same key give the same year. A year's
// simulation is a function of inputsForYear (YearSimulator.run), so equal inputs, bit for bit, are the law here.
import { describe, expect, it } from "vitest";
import { type Intervention, inputsForYear } from "../../sim-core/scenario/index.ts";
import { yearResultKey } from "../../server/session/yearResultKey.ts";
import { everywhere, scenario, smallBase } from "./scenario-fixtures.ts";

const stabekk = { scope: "district", district: "Stabekk" } as const;
const started: Intervention[] = [
  { lever: "retrofitRate", value: 3, startYear: 2025, where: everywhere },
  { lever: "heatPumpShare", value: 80, startYear: 2025, where: stabekk },
];

describe("yearResultKey", () => {
  it("ignores the name and what starts after the year, and the inputs of that year agree bit for bit", async () => {
    const base = await smallBase(40);
    // Later interventions on the same levers, per-building (heatPumpShare) and weighted (sourceSeparation,
    // payAsYouThrow: weightedValue), with other values, places and start years.
    const a = scenario([
      ...started,
      { lever: "heatPumpShare", value: 40, startYear: 2030, where: everywhere },
      { lever: "sourceSeparation", value: 10, startYear: 2031, where: everywhere },
      { lever: "payAsYouThrow", value: 50, startYear: 2026, where: stabekk },
    ]);
    const b = scenario(
      [
        { lever: "payAsYouThrow", value: 100, startYear: 2040, where: everywhere },
        ...started,
        { lever: "sourceSeparation", value: 30, startYear: 2045, where: stabekk },
        { lever: "heatPumpShare", value: 90, startYear: 2026, where: stabekk },
      ],
      { name: "another room" },
    );
    expect(yearResultKey(a, 2025)).toBe(yearResultKey(b, 2025));
    expect(inputsForYear(base, a, 2025)).toEqual(inputsForYear(base, b, 2025));
  });

  it("differs when a started intervention differs or a later one starts", async () => {
    const base = await smallBase(40);
    const a = scenario([...started, { lever: "heatPumpShare", value: 40, startYear: 2030, where: everywhere }]);
    const b = scenario([...started, { lever: "heatPumpShare", value: 90, startYear: 2030, where: everywhere }]);
    expect(yearResultKey(a, 2029)).toBe(yearResultKey(b, 2029));
    expect(yearResultKey(a, 2030)).not.toBe(yearResultKey(b, 2030)); // both started now
    expect(inputsForYear(base, a, 2030).buildings.system).not.toEqual(inputsForYear(base, b, 2030).buildings.system);

    const changedStarted = scenario([{ ...started[0], value: 4 }, started[1]]);
    expect(yearResultKey(changedStarted, 2025)).not.toBe(yearResultKey(scenario(started), 2025));
    const reordered = scenario([started[1], started[0]]);
    expect(yearResultKey(reordered, 2025)).not.toBe(yearResultKey(scenario(started), 2025)); // ties: order counts

    // A later intervention on a lever nothing else moves (weighted: sourceSeparation) counts for nothing yet.
    const laterLever = scenario([
      ...started,
      { lever: "sourceSeparation", value: 10, startYear: 2031, where: everywhere },
    ]);
    expect(yearResultKey(laterLever, 2025)).toBe(yearResultKey(scenario(started), 2025));
    expect(inputsForYear(base, laterLever, 2025)).toEqual(inputsForYear(base, scenario(started), 2025));
    expect(yearResultKey(laterLever, 2031)).not.toBe(yearResultKey(scenario(started), 2031));
    expect(yearResultKey(scenario(started, { seed: 8 }), 2025)).not.toBe(yearResultKey(scenario(started), 2025));
  });
});
