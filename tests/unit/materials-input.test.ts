import { describe, expect, it } from "vitest";
import { MaterialsReference, SimInputError, validateParams } from "../../sim-core/index.ts";
import { busyTown, freshMaterialsCore } from "./materials-fixtures.ts";

describe("materials bad input gives clear errors", () => {
  it("rejects negative generation rates, naming the entry", () => {
    const p = busyTown();
    p.households[1].kgPerPersonYr.food = -3;
    expect(() => validateParams(p)).toThrow(SimInputError);
    expect(() => validateParams(p)).toThrow(/households\[1\]\.kgPerPersonYr\.food: -3 is below the minimum 0/);
  });

  it("rejects transfer coefficients that do not sum to one", () => {
    const p = busyTown();
    p.transfer.sorting!.plastic = { recycling: 0.8, incineration: 0.1 };
    expect(() => validateParams(p)).toThrow(/transfer\.sorting\.plastic: transfer coefficients sum to 0\.9/);
  });

  it("rejects an unknown fraction, process or destination", () => {
    const p = busyTown();
    (p.transfer.sorting as Record<string, unknown>).glas = { recycling: 1 };
    expect(() => validateParams(p)).toThrow(/transfer\.sorting\.glas: unknown fraction 'glas'/);
    const q = busyTown();
    (q.households[0].kgPerPersonYr as Record<string, number>).diapers = 5;
    expect(() => validateParams(q)).toThrow(/unknown fraction 'diapers'/);
    const r = busyTown();
    (r.transfer.sorting!.paper as Record<string, number>) = { recyclingPlant: 1 };
    expect(() => validateParams(r)).toThrow(/unknown destination 'recyclingPlant'/);
    const s = busyTown();
    (s.transfer as Record<string, unknown>).pyrolysis = {};
    expect(() => validateParams(s)).toThrow(/unknown process 'pyrolysis'/);
  });

  it("rejects a missing fraction, upstream transfers, and coefficients on stock processes", () => {
    const p = busyTown();
    delete (p.households[0].kgPerPersonYr as Partial<Record<string, number>>).wood;
    expect(() => validateParams(p)).toThrow(/households\[0\]\.kgPerPersonYr\.wood: undefined is not a finite number/);
    const q = busyTown();
    q.transfer.recycling!.paper = { sorting: 1 };
    expect(() => validateParams(q)).toThrow(/transfer\.recycling\.paper\.sorting: transfers must go downstream/);
    const r = busyTown();
    r.transfer.landfill = {};
    expect(() => validateParams(r)).toThrow(/transfer\.landfill: this process keeps a stock/);
  });

  it("rejects bad plant, building and C&D inputs", () => {
    const cases: [(p: ReturnType<typeof busyTown>) => void, RegExp][] = [
      [(p) => (p.incineration.residence_h = 0.5), /incineration\.residence_h: 0\.5 is below the minimum 1/],
      [(p) => (p.incineration.capacity_t_yr = Number.NaN), /incineration\.capacity_t_yr: NaN is not a finite/],
      [(p) => (p.incineration.heatEfficiency = 0.95), /heat \+ electric efficiency exceeds 1/],
      [(p) => (p.buildings.archetype = Float64Array.from(p.buildings.archetype, () => 9)), /archetype\[0\]: 9 is not/],
      [(p) => (p.buildings.age_yr = [1]), /one entry per building/],
      [(p) => (p.buildings.cdTreatment.steel.recycling = 0.5), /cdTreatment\.steel: C&D treatment shares sum to 0\.55/],
      [(p) => (p.buildings.archetypes[2].intensity_kg_m2.steel = -1), /archetypes\[2\]\.intensity_kg_m2\.steel/],
    ];
    for (const [mutate, message] of cases) {
      const p = busyTown();
      mutate(p);
      expect(() => validateParams(p)).toThrow(message);
      expect(() => new MaterialsReference(p)).toThrow(message);
    }
  });

  it("the WASM host refuses bad input before the core sees it, and stepping before setup", async () => {
    const core = await freshMaterialsCore();
    expect(() => core.step(1)).toThrow(/call setup\(params\) first/);
    const p = busyTown();
    p.businesses[0].floorArea_m2 = -10;
    expect(() => core.setup(p)).toThrow(/businesses\[0\]\.floorArea_m2: -10 is below the minimum 0/);
  });
});
