// Flow paths for the animated particles conserve the run's totals (energy per carrier, waste per district).
import { describe, expect, it } from "vitest";
import { indexCity } from "../../client/src/city/cityIndex.ts";
import type { ModelResult } from "../../client/src/core/modelResult.ts";
import { arc, flowPaths } from "../../client/src/model/flowPaths.ts";
import type { CityDataset } from "../../sim-core/host/city.ts";
import * as L from "../../sim-core/host/supply/layout.ts";

const square = (x: number, z: number): [number, number][] => [
  [x, z],
  [x + 10, z],
  [x + 10, z + 10],
  [x, z + 10],
];

const city = {
  municipality: { code: "1508", name: "test" },
  synthetic: true,
  note: "",
  origin: { lat: 62.47, lon: 6.15 },
  weatherStation: "alesund-vigra",
  storeyHeight_m: 3,
  districts: [
    { name: "A", x_m: 0, y_m: 0 },
    { name: "B", x_m: 1000, y_m: 0 },
  ],
  districtHeating: [{ districts: ["A"], plants: [{ kind: "waste-chp", x_m: 500, y_m: 800 }] }],
  buildings: [
    { id: "a1", district: "A", use: "house", year: 1970, floors: 2, footprint_m: square(0, 0), residents: 2 },
    { id: "a2", district: "A", use: "apartment", year: 1990, floors: 4, footprint_m: square(30, 0), residents: 10 },
    { id: "b1", district: "B", use: "house", year: 2000, floors: 2, footprint_m: square(1000, 0), residents: 3 },
  ],
} as CityDataset;

function result(): ModelResult {
  const yearly = new Float64Array(3 * L.M_STRIDE);
  const set = (i: number, q: number, mwh: number) => {
    yearly[i * L.M_STRIDE + q] = mwh * 1e6;
  };
  set(0, L.M_IMPORT, 10);
  set(1, L.M_IMPORT, 5);
  set(2, L.M_IMPORT, 7);
  set(1, L.M_DISTRICT_HEAT, 40);
  set(2, L.M_PV, 3);
  return {
    buildings: 3,
    yearly,
    stride: L.M_STRIDE,
    waste_kg: new Float64Array([800, 4000, 1200]),
    materialFlows_t: [
      { from: "Household waste", to: "Material recycling", value: 1.5 },
      { from: "Household waste", to: "Biogas", value: 0.5 },
      { from: "Household waste", to: "Incineration", value: 3 },
      { from: "Demolition", to: "C&D waste", value: 9 },
    ],
    plants: [{ name: "w", kind: "waste", heat_MWh: 30 }],
  } as unknown as ModelResult;
}

describe("flow paths", () => {
  const paths = flowPaths(city, indexCity(city), result());
  const total = (kind: string) => paths.filter((p) => p.kind === kind).reduce((a, p) => a + p.value, 0);

  it("carry each carrier's yearly total exactly once", () => {
    expect(total("grid")).toBeCloseTo(22, 12);
    expect(total("districtHeat")).toBeCloseTo(40, 12);
    expect(total("pv")).toBeCloseTo(3, 12);
    expect(total("household")).toBeCloseTo(6, 12); // t of waste, per district from its buildings
    expect(total("recycling")).toBe(2);
    expect(total("incineration")).toBe(3);
    expect(total("wasteHeat")).toBeCloseTo(30, 12); // the plant's heat, to the districts on district heat
  });

  it("run from the district-heat plant to the connected district only", () => {
    const dh = paths.filter((p) => p.kind === "districtHeat");
    expect(dh).toHaveLength(1);
    expect(dh[0].points[0][0]).toBe(500);
    expect(dh[0].points[0][2]).toBe(800);
    expect(dh[0].points.at(-1)?.[0]).toBe(0);
  });

  it("arcs start and end at their ends, at the base height, highest in the middle", () => {
    const a = arc(0, 0, 1000, 0, 40, 8);
    expect(a[0]).toEqual([0, 40, 0]);
    expect(a[8]).toEqual([1000, 40, 0]);
    expect(a[4][1]).toBeCloseTo(40 + 0.2 * 1000, 9);
  });
});
