// The year mode's linear aggregation (supply/linear.ts): a building without PV and battery imports its
// whole net every hour (every electricity term ≥ 0), so its appliances and EV are summed per grid area and
// hour once per year and per building and month from month sums, while its electric heat is summed per
// building-hour. Checked against the exact path (hour stepping with per-building hourly flows, every term
// per building-hour) on a stock mixing linear buildings with PV and battery buildings: the per-building
// import equals the sum of its hourly net (1e-12 relative; the f32 month records to one f32 ulp), the
// grid areas' import and export equal the exact path's, and the balances close. A lever that gives a
// linear building PV (or more EV energy) takes effect at the next run: it equals a fresh model.
import { describe, expect, it } from "vitest";
import { EnergyModel, type ModelExports, SupplyLayout as L } from "../../sim-core/index.ts";
import { osloWeather, resultDifferences, smallCity, wasmBytes } from "./model-fixtures.ts";
import { networkResiduals, relativeResidual } from "./supply-fixtures.ts";

const N = 48;
const options = { districtHeatShare: 0.3, pv: { share: 0.3 } };
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthOfHour = (h: number) => {
  let day = Math.floor(h / 24) % 365;
  let m = 0;
  while (day >= DAYS[m]) day -= DAYS[m++];
  return m;
};

function views(m: EnergyModel) {
  const wasm = (
    m as unknown as {
      wasm: ModelExports & {
        supplyBatCapacityPtr(): number;
        supplyBatPowerPtr(): number;
        supplyEvDailyPtr(): number;
      };
    }
  ).wasm;
  const b = wasm.memory.buffer;
  return {
    kWp: new Float64Array(b, wasm.modelPvKwpPtr(), N),
    evDaily: new Float64Array(b, wasm.supplyEvDailyPtr(), N),
    batCapacity: new Float64Array(b, wasm.supplyBatCapacityPtr(), N),
    batPower: new Float64Array(b, wasm.supplyBatPowerPtr(), N),
  };
}

/** The stock with batteries (10 kWh, 3 kW) on every fifth building, as the scenario runner writes them, in
 *  two grid areas (every sixth building from 1 in "A": pairs across areas and pairs in one), without PV on
 *  buildings 8 and 9 (8 has cooling: a linear pair with cooling, the pair kernel's linearPass). */
async function stock(detail: boolean): Promise<EnergyModel> {
  const city = smallCity(N);
  const buildings = city.buildings.map((b, i) => ({ ...b, gridArea: i % 6 === 1 ? "A" : "B" }));
  const m = await EnergyModel.create(wasmBytes(), { ...city, buildings }, osloWeather(), { ...options, detail });
  const v = views(m);
  for (let i = 2; i < N; i += 5) {
    v.batCapacity[i] = 10_000;
    v.batPower[i] = 3_000;
  }
  v.kWp[8] = 0;
  v.kWp[9] = 0;
  return m;
}

const isLinear = (m: EnergyModel, i: number) => views(m).kWp[i] === 0 && !(views(m).batCapacity[i] > 0);

describe("the year mode's linear aggregation (buildings without PV and battery)", () => {
  it("per-building import = Σ hourly net of the exact path; area import/export equal; balances close", async () => {
    const year = await stock(false);
    year.runYear(undefined, 8);
    const exact = await stock(true);
    exact.restart();
    const hours = exact.hours;
    const imp = new Float64Array(N * 12);
    const exp = new Float64Array(N * 12);
    const area = exact.inputs.supply.buildings.gridArea as ArrayLike<number>;
    const areaNet = new Float64Array(exact.supply.areas);
    const worst = { area: 0, network: 0, demand: 0 };
    for (let h = 0; h < hours; h++) {
      exact.stepHour();
      const out = exact.supply.buildingOut;
      const m = monthOfHour(h);
      areaNet.fill(0);
      let delivered = 0;
      for (let i = 0; i < N; i++) {
        const o = i * L.OUT_STRIDE;
        imp[i * 12 + m] += out[o + L.OUT_IMPORT];
        exp[i * 12 + m] += out[o + L.OUT_EXPORT];
        areaNet[area[i]] += out[o + L.OUT_IMPORT] - out[o + L.OUT_EXPORT];
        delivered += out[o + L.OUT_DISTRICT_HEAT];
      }
      // the year mode's hourly area and network series balance against the exact path's building flows
      const r = networkResiduals(year.supply, h, areaNet, delivered);
      worst.area = Math.max(worst.area, r.area);
      worst.network = Math.max(worst.network, r.network);
      worst.demand = Math.max(worst.demand, r.demand);
    }
    exact.finalize();
    for (const [k, v] of Object.entries(worst)) expect(v, k).toBeLessThan(1e-9);

    let linear = 0;
    for (let i = 0; i < N; i++) {
      let impYear = 0;
      let expYear = 0;
      for (let m = 0; m < 12; m++) {
        impYear += imp[i * 12 + m];
        expYear += exp[i * 12 + m];
        // f32 month records: one f32 ulp
        expect(relativeResidual(year.monthly(i, m, L.M_IMPORT) - imp[i * 12 + m], imp[i * 12 + m])).toBeLessThan(
          2 ** -23,
        );
      }
      expect(relativeResidual(year.yearly(i, L.M_IMPORT) - impYear, impYear), `building ${i}`).toBeLessThan(1e-12);
      expect(relativeResidual(year.yearly(i, L.M_EXPORT) - expYear, expYear), `building ${i}`).toBeLessThan(1e-12);
      if (isLinear(year, i)) {
        linear++;
        // the premise: no export in any hour of the exact path
        expect(expYear, `building ${i}`).toBe(0);
        expect(year.yearly(i, L.M_EXPORT)).toBe(0);
      }
      // electricity balance of the year: import + PV = end uses + export + battery loss + ΔSOC (start 0)
      const y = (q: number) => year.yearly(i, q);
      const supplied = y(L.M_IMPORT) + y(L.M_PV);
      const used =
        y(L.M_EL_SPACE) +
        y(L.M_EL_DHW) +
        y(L.M_EL_COOL) +
        y(L.M_EL_APPLIANCES) +
        y(L.M_EL_EV) +
        y(L.M_EXPORT) +
        y(L.M_BAT_LOSS) +
        year.supply.soc_Wh[i];
      expect(relativeResidual(supplied - used, supplied), `building ${i}`).toBeLessThan(1e-9);
      // appliances and EV as the exact path summed them per building-hour
      expect(
        relativeResidual(y(L.M_EL_APPLIANCES) - exact.yearly(i, L.M_EL_APPLIANCES), y(L.M_EL_APPLIANCES)),
      ).toBeLessThan(1e-12);
    }
    // the stock mixes both paths: linear buildings, PV, batteries, exports, a linear pair with cooling
    expect(linear).toBeGreaterThan(N / 2);
    expect(linear).toBeLessThan(N);
    expect(year.total(L.M_EXPORT)).toBeGreaterThan(0);
    expect(year.total(L.M_BAT_LOSS)).toBeGreaterThan(0);
    expect(isLinear(year, 8) && isLinear(year, 9)).toBe(true);
    expect(year.yearly(8, L.M_EL_COOL)).toBeGreaterThan(0);
    expect(year.supply.areas).toBe(2);
    // the pair kernels (block 8) and the scalar kernel (blocks of one) give the same bits
    const pairHash = year.stateHash();
    year.runYear(undefined, 1);
    expect(year.stateHash()).toBe(pairHash);
    // area import/export, district heat: as the exact path's
    const d = resultDifferences(year.supply, exact.supply);
    expect(d.areaSeries).toBeLessThan(1e-12);
    expect(d.yearly).toBeLessThan(1e-12);
    expect(d.dhSeries).toBe(0);
  }, 120_000);

  it("a lever giving a linear building PV and another more EV energy: the next run equals a fresh model", async () => {
    const lever = (m: EnergyModel, pvBuilding: number, evBuilding: number) => {
      const v = views(m);
      v.kWp[pvBuilding] = 6;
      v.evDaily[evBuilding] += 9_000;
    };
    const before = await stock(false);
    before.runYear(undefined, 8);
    const hashBefore = before.stateHash();
    const linearOnes = Array.from({ length: N }, (_, i) => i).filter((i) => isLinear(before, i));
    const [pvBuilding, evBuilding] = [linearOnes[0], linearOnes[3]];
    expect(before.yearly(pvBuilding, L.M_PV)).toBe(0);
    lever(before, pvBuilding, evBuilding);
    before.runYear(undefined, 8);
    const fresh = await stock(false);
    lever(fresh, pvBuilding, evBuilding);
    fresh.runYear(undefined, 8);
    expect(before.stateHash()).toBe(fresh.stateHash());
    expect(before.stateHash()).not.toBe(hashBefore);
    // the building with PV now runs the exact path: its PV is counted (and exported where it exceeds its use)
    expect(fresh.yearly(pvBuilding, L.M_PV)).toBeGreaterThan(0);
    expect(isLinear(fresh, pvBuilding)).toBe(false);
    // …and equals hour stepping with per-building hourly flows, to rounding
    const stepped = await stock(true);
    lever(stepped, pvBuilding, evBuilding);
    while (stepped.stepHour() < stepped.hours);
    stepped.finalize();
    const d = resultDifferences(fresh.supply, stepped.supply);
    for (const [key, worst] of Object.entries(d)) expect(worst, key).toBeLessThan(key === "monthly" ? 2 ** -23 : 1e-12);
  }, 120_000);

  it("a building with a negative term (EV energy < 0 written through a view) takes the exact path", async () => {
    // with a term < 0 its net can be < 0 (export): the linear law does not hold, so the predicate excludes it
    const write = (m: EnergyModel) => {
      views(m).evDaily[0] = -30_000;
    };
    const year = await stock(false);
    write(year);
    expect(isLinear(year, 0)).toBe(true); // no PV, no battery: only the sign keeps it off the linear path
    year.runYear(undefined, 8);
    const stepped = await stock(true);
    write(stepped);
    while (stepped.stepHour() < stepped.hours);
    stepped.finalize();
    expect(year.yearly(0, L.M_EXPORT)).toBeGreaterThan(0);
    expect(
      relativeResidual(year.yearly(0, L.M_EXPORT) - stepped.yearly(0, L.M_EXPORT), stepped.yearly(0, L.M_EXPORT)),
    ).toBeLessThan(1e-12);
    const d = resultDifferences(year.supply, stepped.supply);
    for (const [key, worst] of Object.entries(d)) expect(worst, key).toBeLessThan(key === "monthly" ? 2 ** -23 : 1e-12);
  }, 120_000);
});
