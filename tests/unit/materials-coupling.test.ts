// The materials side of the district-heat coupling: the hourly heat series the host hands to the
// energy core's dispatch (wasteHeatAvailable_W, f64[8760]) rises with residual waste and saturates
// at the plant's capacity.
import { describe, expect, it } from "vitest";
import { norwayDefaultParams } from "../../sim-core/index.ts";
import { freshMaterialsCore } from "./materials-fixtures.ts";

const CAPACITY_T_YR = 100_000;

async function heatFor(population: number) {
  const core = await freshMaterialsCore();
  core.setup(norwayDefaultParams({ population, plant: { capacity_t_yr: CAPACITY_T_YR, bunkerMax_t: 1e9 } }));
  const ind = core.runYear();
  return { heat: core.wasteHeatAvailable_W(), elec: core.wasteElectricity_W(), ind };
}
const total = (a: Float64Array) => a.reduce((s, v) => s + v, 0);

describe("materials → district heat coupling", () => {
  it("hands over exactly one Float64Array(8760) of heat in W, and one of electricity", async () => {
    const { heat, elec, ind } = await heatFor(58_509);
    expect(heat).toBeInstanceOf(Float64Array);
    expect(heat.length).toBe(8760);
    expect(elec.length).toBe(8760);
    // Wh summed over the hours equals the indicator in MWh
    expect(total(heat) / 1e6).toBeCloseTo(ind.districtHeatFromWaste_MWh, 6);
    expect(heat.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
  });

  it("more residual waste raises the heat series, less lowers it, in proportion below capacity", async () => {
    const small = await heatFor(100_000);
    const double = await heatFor(200_000);
    expect(total(double.heat)).toBeGreaterThan(total(small.heat));
    // below capacity the plant burns what arrives: twice the waste, twice the heat (same mix)
    expect(total(double.heat) / total(small.heat)).toBeCloseTo(2, 6);
    for (let h = 0; h < 8760; h += 97) expect(double.heat[h]).toBeCloseTo(2 * small.heat[h], 3);
  });

  it("saturates at the plant's capacity: beyond it more waste adds no heat", async () => {
    const runs = await Promise.all([100_000, 300_000, 600_000, 1_200_000].map(heatFor));
    const annual = runs.map((r) => total(r.heat));
    for (let i = 1; i < annual.length; i++) expect(annual[i]).toBeGreaterThanOrEqual(annual[i - 1]);
    const [, , full, overfull] = runs;
    // the plant burns its capacity (≤ 1 t/h·8760 … less only the first hours of filling)
    expect(full.ind.incineration.burnt_t).toBeLessThanOrEqual(CAPACITY_T_YR * (1 + 1e-12));
    expect(full.ind.incineration.burnt_t).toBeGreaterThan(0.99 * CAPACITY_T_YR);
    expect(overfull.ind.incineration.burnt_t).toBeLessThanOrEqual(CAPACITY_T_YR * (1 + 1e-12));
    // once saturated, the hourly heat is the same whatever the extra waste (it waits in the bunker)
    for (let h = 4380; h < 8760; h += 11) expect(overfull.heat[h] / full.heat[h]).toBeCloseTo(1, 9);
    expect(overfull.ind.incineration.bunker_t).toBeGreaterThan(full.ind.incineration.bunker_t);
  });
});
