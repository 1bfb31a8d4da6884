import { describe, expect, it } from "vitest";
import { MaterialsReference, type MaterialsParams } from "../../sim-core/index.ts";
import { busyTown, fractions, freshMaterialsCore, plantOnly } from "./materials-fixtures.ts";

/** 1,000 persons eating 365 kg food and 365 kg plastic each a year (1 t/day each), and a 1,000 m²
 *  office with 36.5 kg paper/m²/yr (0.1 t/day); a plant that burns each day's deliveries at once. */
function handCase(): MaterialsParams {
  const p = plantOnly(0);
  p.households = [{ dwellingType: "one", persons: 1000, kgPerPersonYr: fractions({ food: 365, plastic: 365 }) }];
  p.businesses = [{ useType: "office", floorArea_m2: 1000, kgPerM2Yr: fractions({ paper: 36.5 }) }];
  p.transfer.separation!.food = { collectionSeparate: 0.5, collectionResidual: 0.5 };
  p.transfer.separation!.plastic = { collectionSeparate: 0.25, collectionResidual: 0.75 };
  p.transfer.separation!.paper = { collectionSeparate: 1 };
  p.transfer.collectionSeparate!.food = { biogas: 1 };
  p.transfer.collectionResidual!.food = { landfill: 0.2, incineration: 0.8 };
  p.incineration.residence_h = 1; // under capacity the whole bunker burns in the first hour
  p.collection.electricShare = 0.5;
  return p;
}

describe("materials indicators (hand-computed)", () => {
  it("gives generation, treatment, U4SSC shares, energy, emissions and credits of a small case", async () => {
    const params = handCase();
    const core = await freshMaterialsCore();
    core.setup(params);
    const ind = core.runYear();
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(rel(ind.generated_t, 365 + 365 + 36.5)).toBeLessThan(1e-12);
    expect(rel(ind.householdWaste_kg_per_inh_yr, 730)).toBeLessThan(1e-12);
    // food: 182.5 t to biogas; 182.5 t in the residual bin → 36.5 t landfill, 146 t incineration
    // plastic: 91.25 t sorted (85 % recycled, 13.6875 t rejects), 273.75 t in the residual bin
    // paper: 36.5 t sorted (98 % recycled, 0.73 t rejects)
    const t = ind.treatment_t;
    expect(rel(t.biogas, 182.5)).toBeLessThan(1e-12);
    expect(rel(t.landfill, 36.5)).toBeLessThan(1e-12);
    expect(rel(t.incineration, 146 + 273.75 + 13.6875 + 0.73)).toBeLessThan(1e-12);
    expect(rel(t.recycling, 77.5625 + 35.77)).toBeLessThan(1e-12);
    const s = ind.u4sscTreatmentShares_pct;
    expect(rel(s.landfill, (100 * 36.5) / 766.5)).toBeLessThan(1e-12);
    expect(rel(s.recycled, (100 * (113.3325 + 182.5)) / 766.5)).toBeLessThan(1e-12);
    expect(s.landfill + s.incinerated + s.recycled + s.other).toBeCloseTo(100, 10);
    // the plant burns all 434.1675 t; fossil CO2: plastic 287.4375 t × 2.75 + paper 0.73 t × 0.0152
    expect(rel(ind.incineration.burnt_t, 434.1675)).toBeLessThan(1e-12);
    expect(rel(ind.incineration.fossilCO2_t, 287.4375 * 2.75 + 0.73 * 0.0152)).toBeLessThan(1e-12);
    // heat: Σ t × LHV [MJ/kg] × 1000 / 3600 = MWh of fuel, × η_heat
    const lhv = params.incineration.lhv_MJ_kg;
    const fuel_MWh = ((146 * lhv.food + 287.4375 * lhv.plastic + 0.73 * lhv.paper) * 1000) / 3600;
    expect(rel(ind.districtHeatFromWaste_MWh, fuel_MWh * params.incineration.heatEfficiency)).toBeLessThan(1e-9);
    // landfill CH4 (IPCC default): 36.5 t × 0.15 × 0.5 × 1 × 0.5 × 16/12 × (1 − 0.3) × (1 − 0.1)
    const ch4 = 36.5 * 0.15 * 0.5 * 1 * 0.5 * (16 / 12) * 0.7 * 0.9;
    expect(rel(ind.landfillCH4_t, ch4)).toBeLessThan(1e-12);
    // collection: 766.5 t × 5 km/t, half diesel (0.6 L/km × 2.66 kg/L), half electric (1.3 kWh/km × 0.015 kg/kWh)
    const km = 766.5 * 5;
    const collectionCO2 = (km * 0.5 * 0.6 * 2.66 + km * 0.5 * 1.3 * 0.015) / 1000;
    expect(rel(ind.collection.co2_t, collectionCO2)).toBeLessThan(1e-12);
    expect(rel(ind.ghgFromWaste_tCO2e, ind.incineration.fossilCO2_t + ch4 * 28 + collectionCO2)).toBeLessThan(1e-12);
    // biogas 182.5 t × 850 kWh/t; digestate 0.8 t/t; credits reported apart, never netted
    expect(rel(ind.biogas.biogas_MWh, 155.125)).toBeLessThan(1e-12);
    expect(rel(ind.biogas.digestate_t, 146)).toBeLessThan(1e-12);
    expect(rel(ind.avoidedCredits_tCO2e.biogas, (155125 * 0.265) / 1000)).toBeLessThan(1e-12);
    // secondary: plastic 77.5625 × 0.7, paper 35.77 × 0.9; credits 1.1 and 0.7 t CO2e per t
    expect(rel(ind.secondaryMaterial_t, 77.5625 * 0.7 + 35.77 * 0.9)).toBeLessThan(1e-12);
    expect(rel(ind.avoidedCredits_tCO2e.recycling, 77.5625 * 0.7 * 1.1 + 35.77 * 0.9 * 0.7)).toBeLessThan(1e-12);
    expect(ind.ghgFromWaste_tCO2e).toBeGreaterThan(0); // not reduced by the credits
  });

  it("counts each year on its own after clearTotals, keeping the stocks", async () => {
    const core = await freshMaterialsCore();
    core.setup(busyTown());
    const twoYears = await freshMaterialsCore();
    twoYears.setup(busyTown());
    const y1 = core.runYear();
    const bunker = core.indicators().incineration.bunker_t;
    core.clearTotals();
    expect(core.indicators().incineration.bunker_t).toBe(bunker); // stocks stay
    const y2 = core.runYear();
    twoYears.step(730);
    const both = twoYears.indicators();
    expect(y2.days).toBe(365);
    expect(y2.householdWaste_kg_per_inh_yr).toBeCloseTo(y1.householdWaste_kg_per_inh_yr, 9);
    expect((y1.generated_t + y2.generated_t) / both.generated_t).toBeCloseTo(1, 12);
    const heat = y1.districtHeatFromWaste_MWh + y2.districtHeatFromWaste_MWh;
    expect(heat / both.districtHeatFromWaste_MWh).toBeCloseTo(1, 12);
    const demolition = y1.buildings.demolition_t + y2.buildings.demolition_t;
    expect(demolition / both.buildings.demolition_t).toBeCloseTo(1, 12);
  });

  it("applies changed inputs at the next step boundary and keeps every stock (WASM = reference)", async () => {
    const core = await freshMaterialsCore();
    const params = busyTown();
    core.setup(params);
    const ref = new MaterialsReference(params);
    core.step(100);
    ref.step(100);
    const stock = core.indicators().buildings.stock_t;
    const halved: MaterialsParams = {
      ...params,
      households: params.households.map((h) => ({ ...h, persons: h.persons / 2 })),
      businesses: params.businesses.map((b) => ({ ...b, floorArea_m2: 0 })),
    };
    const F = 10;
    const before = core.buf("genDaily")[F + 0]; // households' food [t/day] (fraction 0)
    core.applyInputs(halved);
    ref.applyInputs(halved);
    expect(core.buf("genDaily")[F + 0]).toBeCloseTo(before / 2, 12);
    expect(core.indicators().buildings.stock_t).toBe(stock);
    core.step(1);
    ref.step(1);
    const pin = core.buf("pIn");
    // the generation process's food inflow on the next day: households only now, at half the rate
    expect(pin[0 * F + 0]).toBeCloseTo(before / 2, 12);
    const gap = Math.max(...core.buf("flowTotal").map((v, i) => Math.abs(v - ref.buf("flowTotal")[i])));
    expect(gap).toBeLessThan(1e-9);
    const wrongShape = { ...params, households: params.households.slice(1) };
    expect(() => core.applyInputs(wrongShape)).toThrow(/dwellings changed from 4 to 3/);
  });
});
