// The client's scenario stand-in and chart layouts: levers ⇄ scenario, lever → model inputs, indicators and
// the Sankey layout, each checked against values derived by hand or laws (conservation, monotonicity).
import { describe, expect, it } from "vitest";
import { cityIndicators } from "../../client/src/core/cityIndicators.ts";
import type { ModelResult } from "../../client/src/core/modelResult.ts";
import { defaultLevers, leverValues, scenarioFromLevers } from "../../client/src/scenario/leverState.ts";
import { whatIfInputs } from "../../client/src/scenario/whatIfInputs.ts";
import { layoutSankey } from "../../client/src/ui/charts/sankey.ts";
import type { CityDataset } from "../../sim-core/host/city.ts";
import type { MaterialsIndicators } from "../../sim-core/host/materials/indicators.ts";
import { DEFAULT_SYSTEM_MIX, MODEL_DEFAULTS } from "../../sim-core/host/model/options.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import { LEVERS } from "../../sim-core/scenario/levers.ts";

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

describe("what-if inputs", () => {
  it("reproduces the model's defaults where the lever defaults agree (PV 40 % of roof = 0.08 kWp/m²)", () => {
    const w = whatIfInputs(city(10), scenarioFromLevers(defaultLevers(), "t"));
    expect(w.options.pv?.kWpPerFootprint_m2).toBeCloseTo(MODEL_DEFAULTS.pv.kWpPerFootprint_m2, 12);
    expect(w.options.pv?.share).toBe(0.02);
    expect(w.options.systemMix).toEqual({ ...DEFAULT_SYSTEM_MIX });
    expect(w.options.areaCapacity_W_m2).toBe(MODEL_DEFAULTS.areaCapacity_W_m2);
    expect(w.extraPlants).toEqual([]);
  });

  it("heat pumps take the direct-electric share; grid upgrade scales capacity; a new plant is added", () => {
    const w = whatIfInputs(
      city(10),
      scenarioFromLevers({ ...defaultLevers(), heatPumpShare: 100, gridCapacityUpgrade: 50, newHeatPlant: 5 }, "t"),
    );
    expect(w.options.systemMix?.direct).toBe(0);
    expect(w.options.systemMix?.airAir).toBeCloseTo(DEFAULT_SYSTEM_MIX.airAir + DEFAULT_SYSTEM_MIX.direct, 12);
    expect(w.options.areaCapacity_W_m2).toBe(60);
    expect(w.extraPlants[0].capacity_W).toBe(5e6);
  });

  it("retrofits only pre-2007 buildings, more with a higher rate, none at rate 0", () => {
    const c = city(3000);
    const count = (rate: number) => {
      const w = whatIfInputs(c, scenarioFromLevers({ ...defaultLevers(), retrofitRate: rate }, "t"));
      let k = 0;
      w.retrofitted.forEach((r, i) => {
        if (r) {
          expect(c.buildings[i].year).toBeLessThan(2007);
          expect(w.city.buildings[i].year).toBe(2017);
          k++;
        }
      });
      return k;
    };
    expect(count(0)).toBe(0);
    const low = count(1);
    const high = count(5);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(low);
    expect(high).toBeLessThanOrEqual(2000); // the 2000 pre-2007 buildings of the 3000
    expect(c.buildings[1].year).toBe(1970); // the base city is not mutated
  });
});

describe("city indicators", () => {
  it("per capita and per m² values of a hand-made two-building result", () => {
    const c = city(2); // B0 school (public), B1 house with 2 residents
    const yearly = new Float64Array(2 * L.M_STRIDE);
    const set = (i: number, q: number, wh: number) => {
      yearly[i * L.M_STRIDE + q] = wh;
    };
    set(0, L.M_IMPORT, 20_000e3);
    set(0, L.M_EL_APPLIANCES, 10_000e3);
    set(1, L.M_SPACE_HEAT, 3_000e3);
    set(1, L.M_DHW, 1_000e3);
    set(1, L.M_EL_SPACE, 2_000e3);
    const r = {
      buildings: 2,
      yearly,
      stride: L.M_STRIDE,
      floorArea_m2: new Float64Array([200, 200]),
      plants: [],
      population: 2,
    } as unknown as ModelResult;
    const waste = {
      u4sscTreatmentShares_pct: { recycled: 40, incinerated: 50, landfill: 5, other: 5 },
      ghgFromWaste_tCO2e: 1,
    } as MaterialsIndicators;
    const ind = cityIndicators(c, r, waste, 3e6, { peakImport_W: 2e6, hoursOver: 3 });
    expect(ind.electricityPerCapita).toBe((10_000 + 2_000) / 2); // kWh per person
    expect(ind.residentialThermalPerCapita).toBeCloseTo((4_000e3 * 3.6e-6) / 2, 12); // GJ per person
    expect(ind.publicBuildingEnergy).toBe(20_000 / 200); // kWh/m² of the school
    expect(ind.ghgPerCapita).toBe((3 + 1) / 2); // t per person
    expect(ind.peakGridLoad).toBe(2);
    expect(ind.wasteRecycledShare).toBe(40);
  });
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
