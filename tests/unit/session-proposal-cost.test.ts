// The cost of a proposal for role budgets (server/session/proposalCost.ts), checked by hand on a tiny city.
import { describe, expect, it } from "vitest";
import { costFacts, proposalCost } from "../../server/session/proposalCost.ts";
import type { CityDataset } from "../../sim-core/index.ts";

const square = (side: number): [number, number][] => [
  [0, 0],
  [side, 0],
  [side, side],
  [0, side],
];
const city = {
  buildings: [
    { id: "a", district: "North", use: "house", year: 1970, floors: 2, footprint_m: square(10) }, // 200 m², pre-2007
    { id: "b", district: "South", use: "apartment", year: 1990, floors: 4, footprint_m: square(20) }, // 1600 m²
    { id: "c", district: "South", use: "office", year: 2015, floors: 3, footprint_m: square(10) }, // 300 m², new
  ],
} as unknown as CityDataset;

describe("proposal cost", () => {
  it("sums the cost bases of the buildings `where` selects", () => {
    const all = costFacts(city);
    expect(all).toEqual({
      buildings: 3,
      floorArea_m2: 2100,
      floorAreaPre2007_m2: 1800,
      footprint_m2: 600,
      residents: 1800 / 50, // no residents in the data: residential floor area / 50 m² per inhabitant
    });
    expect(costFacts(city, { scope: "district", district: "South" }).floorAreaPre2007_m2).toBe(1600);
    expect(costFacts(city, { scope: "filter", use: ["office"] }).buildings).toBe(1);
  });

  it("costs retrofit by the floor area retrofitted until the horizon, at most all of it", () => {
    const facts = costFacts(city);
    // retrofitRate 2.5 %/yr (default 0.5): +2 %/yr × 11 years (2040-2050) = 22 % of 1800 m² = 396 m² × 3500 NOK
    const r = proposalCost("retrofitRate", 2.5, 2040, 2050, facts);
    expect(r.units).toBeCloseTo(396, 9);
    expect(r.cost_NOK).toBeCloseTo(396 * 3500, 6);
    // +4.5 %/yr over 26 years would be 117 %: capped at the whole pre-2007 area
    expect(proposalCost("retrofitRate", 5, 2025, 2050, facts).units).toBe(1800);
  });

  it("charges only increases over the lever's default, and O&M for every year in force", () => {
    const facts = costFacts(city);
    expect(proposalCost("retrofitRate", 0.2, 2030, 2050, facts).cost_NOK).toBe(0);
    // heat pumps 100 % (default 0) of 3 buildings: 3 × (35 000 + 500 NOK/yr × 21 years)
    expect(proposalCost("heatPumpShare", 100, 2030, 2050, facts).cost_NOK).toBe(3 * (35_000 + 500 * 21));
    // direct units: 2 MW of new heat plant from 2049: 2 × (12 MNOK + 0.25 MNOK/yr × 2 years)
    expect(proposalCost("newHeatPlant", 2, 2049, 2050, facts).cost_NOK).toBe(2 * (12e6 + 250_000 * 2));
  });
});
