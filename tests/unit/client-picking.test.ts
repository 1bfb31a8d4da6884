import { describe, expect, it } from "vitest";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { indexCity } from "../../client/src/city/cityIndex.ts";
import { syntheticCity } from "../../client/src/city/syntheticCity.ts";
import { FootprintGrid } from "../../client/src/scene/footprintGrid.ts";

const box = (id: string, x0: number, z0: number, w: number, d: number, floors: number) => ({
  id,
  district: "A",
  use: "house",
  year: 2000,
  floors,
  footprint_m: [
    [x0, z0],
    [x0 + w, z0],
    [x0 + w, z0 + d],
    [x0, z0 + d],
  ] as [number, number][],
});

const city: CityDataset = {
  municipality: { code: "0", name: "T" },
  synthetic: true,
  note: "",
  origin: { lat: 60, lon: 10 },
  weatherStation: "oslo-blindern",
  storeyHeight_m: 3,
  districts: [{ name: "A", x_m: 0, y_m: 0 }],
  // a low house at x 0-10 and a 30 m tower at x 20-30 (both z 0-10), and an L-shaped building
  buildings: [
    box("low", 0, 0, 10, 10, 1),
    box("tower", 20, 0, 10, 10, 10),
    {
      ...box("L", 100, 100, 0, 0, 2),
      footprint_m: [
        [100, 100],
        [140, 100],
        [140, 110],
        [110, 110],
        [110, 140],
        [100, 140],
      ],
    },
  ],
};

describe("picking by footprint grid", () => {
  const grid = new FootprintGrid(city, indexCity(city));

  it("finds the building straight below a vertical ray, and nothing over open ground", () => {
    expect(grid.pickRay(5, 500, 5, 0, -1, 0)).toBe(0);
    expect(grid.pickRay(25, 500, 5, 0, -1, 0)).toBe(1);
    expect(grid.pickRay(15, 500, 5, 0, -1, 0)).toBe(-1);
  });

  it("tests the real polygon, not its bounding box (the L's notch is empty)", () => {
    expect(grid.pickRay(105, 500, 135, 0, -1, 0)).toBe(2);
    expect(grid.pickRay(130, 500, 130, 0, -1, 0)).toBe(-1);
  });

  it("an oblique ray meets the tower's wall before the house's footprint behind it", () => {
    // From (60, 20, 5) looking along −x and down 1:10: at x=30 it is at y=17 (< 30 m): the tower.
    expect(grid.pickRay(60, 20, 5, -10, -1, 0)).toBe(1);
    // The same ray from higher up passes over the tower (y > 30 m at x 20-30) and lands on open ground
    // or the house: at x 0-10 it is at y = 60 - (60-x)/10 ≥ 54: above the 3 m house, so no hit.
    expect(grid.pickRay(60, 60, 5, -10, -1, 0)).toBe(-1);
  });

  it("never hits looking up", () => {
    expect(grid.pickRay(5, 1, 5, 0, 1, 0)).toBe(-1);
  });

  it("picks every building of a 30,000-building synthetic city at its roof centre from above", () => {
    const big = syntheticCity(city, 30_000, 3);
    const index = indexCity(big);
    const g = new FootprintGrid(big, index);
    for (let i = 0; i < big.buildings.length; i += 997)
      expect(g.pickRay(index.centreX_m[i], 2000, index.centreZ_m[i], 0, -1, 0)).toBe(i);
  });
});

describe("synthetic city", () => {
  it("is deterministic in (count, seed) and has the requested size", () => {
    const a = syntheticCity(city, 1000, 5);
    const b = syntheticCity(city, 1000, 5);
    expect(a.buildings.length).toBe(1000);
    expect(a.buildings).toEqual(b.buildings);
    expect(syntheticCity(city, 1000, 6).buildings).not.toEqual(a.buildings);
  });
});
