import { describe, expect, it } from "vitest";
import { sankeyColumns, sankeyNodeValues } from "../../server/report/sankey.ts";
import { htmlReport } from "../../server/report/htmlReport.ts";
import { macCurve } from "../../sim-core/scenario/macCurve.ts";
import type { ScenarioRunResult } from "../../sim-core/scenario/results.ts";

describe("MAC curve", () => {
  it("orders measures by NOK per tonne and stacks their abatement", () => {
    const bars = macCurve([
      { label: "PV", annualCost_NOK: 3_000_000, abated_tCO2e_yr: 1000 }, // 3,000 NOK/t
      { label: "heat pumps", annualCost_NOK: -500_000, abated_tCO2e_yr: 2500 }, // −200 NOK/t (saves money)
      { label: "campaign", annualCost_NOK: 100_000, abated_tCO2e_yr: 0 }, // abates nothing: left out
      { label: "retrofit", annualCost_NOK: 4_000_000, abated_tCO2e_yr: 4000 }, // 1,000 NOK/t
    ]);
    expect(bars.map((b) => b.label)).toEqual(["heat pumps", "retrofit", "PV"]);
    expect(bars.map((b) => b.cost_NOK_t)).toEqual([-200, 1000, 3000]);
    expect(bars.map((b) => [b.from_t, b.to_t])).toEqual([
      [0, 2500],
      [2500, 6500],
      [6500, 7500],
    ]);
  });
});

describe("Sankey layout", () => {
  const flows = [
    { from: "households", to: "sorting", value: 40 },
    { from: "households", to: "incineration", value: 60 },
    { from: "sorting", to: "recycling", value: 35 },
    { from: "sorting", to: "incineration", value: 5 },
    { from: "incineration", to: "district heat", value: 50 },
  ];
  it("places nodes by longest path and sizes them by throughput", () => {
    const col = sankeyColumns(flows);
    expect(col.get("households")).toBe(0);
    expect(col.get("sorting")).toBe(1);
    expect(col.get("incineration")).toBe(2); // reached via sorting too
    const size = sankeyNodeValues(flows);
    expect(size.get("incineration")).toBe(65); // 60 + 5 in, 50 out
    expect(size.get("sorting")).toBe(40);
  });
  it("refuses cycles", () => {
    expect(() => sankeyColumns([...flows, { from: "recycling", to: "households", value: 1 }])).toThrow(/cycle/);
  });
});

describe("HTML report", () => {
  const result: ScenarioRunResult = {
    scenario: {
      formatVersion: 1,
      name: "Heat pumps <&> PV",
      municipality: "baerum",
      weather: "normals",
      baseYear: 2025,
      horizon: 2030,
      seed: 1,
      interventions: [],
    },
    hash: "ab".repeat(32),
    years: [2025, 2030],
    indicators: { electricityPerCapita: [9000, 8500], ghgPerCapita: [1.2, 1.0] },
    baseline: { hash: "cd".repeat(32), indicators: { electricityPerCapita: [9000, 9100], ghgPerCapita: [1.2, 1.25] } },
    measures: [{ label: "heat pumps", annualCost_NOK: 1e6, abated_tCO2e_yr: 500 }],
    energyFlows_MWh: [{ from: "grid", to: "buildings", value: 100 }],
    materialFlows_t: [{ from: "households", to: "incineration", value: 10 }],
  };
  it("is self-contained, escapes names and shows the scenario-vs-baseline difference", () => {
    const html = htmlReport(result);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("Heat pumps &lt;&amp;&gt; PV");
    expect(html).toContain("<td>8500</td><td>9100</td><td>-600</td>");
    expect(html).toContain("2000</td>"); // 1e6 NOK / 500 t = 2,000 NOK/t
  });
});

describe("HTML report of a runner result", () => {
  it("shows the cumulative comparison, the milestones and GHG by sector", () => {
    const html = htmlReport({
      scenario: {
        formatVersion: 1,
        name: "S",
        municipality: "baerum",
        weather: "normals",
        baseYear: 2025,
        horizon: 2026,
        seed: 1,
        interventions: [],
      },
      hash: "ab".repeat(32),
      years: [2025, 2026],
      milestones: [2025, 2026],
      indicators: { ghgPerCapita: [1, 0.9] },
      ghgBySector_t: { transport: [100, 80] },
      baseline: {
        hash: "cd".repeat(32),
        indicators: { ghgPerCapita: [1, 1] },
        ghgBySector_t: { transport: [100, 100] },
      },
      comparison: {
        abated_t: [0, 20],
        annualCost_NOK: [0, 40_000],
        cumulativeAbated_t: 20,
        cumulativeCost_NOK: 40_000,
      },
      measures: [],
      energyFlows_MWh: [],
      materialFlows_t: [],
    });
    // 40,000 NOK over 20 t = 2,000 NOK/t on average
    expect(html).toContain("<td>20</td><td>0</td><td>2000</td><td>20</td>");
    expect(html).toContain("Simulated hour by hour in 2025, 2026");
    expect(html).toContain("GHG, transport");
  });
});
