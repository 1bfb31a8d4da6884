// The year mode's loop variants (a pair's two buildings in different grid areas, roof windows in a block,
// PV on one roof of a pair or on neither) give what blocks of one building, which run the scalar kernels,
// give: the same state, bit for bit; and what hour-major stepping gives, to rounding (1e-12 relative; the
// year mode sums the appliances and EV of buildings without PV and battery per grid area and month,
// supply/linear.ts, in another order than hour stepping's per building-hour sums).
import { describe, expect, it } from "vitest";
import { EnergyModel, type ModelExports } from "../../sim-core/index.ts";
import { PLANES } from "../../sim-core/host/model/inputs.ts";
import { osloWeather, resultDifferences, smallCity, wasmBytes } from "./model-fixtures.ts";

const N = 36;
const options = { districtHeatShare: 0.3, pv: { share: 0.4 } };

/** Every third building in grid area "A", the others in "B" (pairs across areas and pairs in one); roof
 *  windows of 4 m² on every fifth building when `roofWindows`. */
async function model(roofWindows: boolean): Promise<EnergyModel> {
  const city = smallCity(N);
  const buildings = city.buildings.map((b, i) => ({ ...b, gridArea: i % 3 === 0 ? "A" : "B" }));
  const m = await EnergyModel.create(wasmBytes(), { ...city, buildings }, osloWeather(), options);
  if (roofWindows) {
    const wasm = (m as unknown as { wasm: ModelExports }).wasm;
    const windows = new Float64Array(wasm.memory.buffer, wasm.modelWindowAreaPtr(), (N >> 1) * PLANES * 2);
    for (let i = 0; i < N; i += 5) windows[(i >> 1) * PLANES * 2 + (i & 1)] = 4; // plane 0, the roof
  }
  return m;
}

describe("the year mode's variants equal hour stepping", () => {
  it("pairs across grid areas, roof windows", async () => {
    for (const roofWindows of [false, true]) {
      const year = await model(roofWindows);
      year.runYear(undefined, 1);
      const scalarHash = year.stateHash();
      year.runYear(undefined, 8);
      expect(year.stateHash(), `roof windows ${roofWindows}`).toBe(scalarHash);
      const hourly = await model(roofWindows);
      hourly.restart();
      while (hourly.stepHour() < hourly.hours);
      hourly.finalize();
      const d = resultDifferences(year.supply, hourly.supply);
      for (const [key, worst] of Object.entries(d))
        expect(worst, `roof windows ${roofWindows}: ${key}`).toBeLessThan(key === "monthly" ? 2 ** -23 : 1e-12);
      expect(Array.from(hourly.thermal.tMass_C)).toEqual(Array.from(year.thermal.tMass_C));
      expect(year.supply.areas).toBe(2);
      if (roofWindows) expect(year.stateHash()).not.toBe((await ran(model(false))).stateHash());
    }
  }, 120_000);
});

async function ran(m: Promise<EnergyModel>): Promise<EnergyModel> {
  const model = await m;
  model.runYear(undefined, 8);
  return model;
}
