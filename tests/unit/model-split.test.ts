// A stock split in two parts (as two workers run it) with the networks dispatched once for the whole
// city gives the single instance's results: per-building energy bit for bit, the network series and the
// district-heat emissions allocated from them to ~1e-15 (the parts' subtotals are added, not one running sum).
import { describe, expect, it } from "vitest";
import { EnergyModel, SupplyLayout as L, dispatchParts, partSums } from "../../sim-core/index.ts";
import { osloWeather, smallCity, wasmBytes } from "./model-fixtures.ts";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

describe("a stock split over two instances, networks dispatched once", () => {
  it("equals the single run", async () => {
    const city = smallCity(90);
    const weather = osloWeather();
    const options = { districtHeatShare: 0.3 };
    const bytes = wasmBytes();
    const whole = await EnergyModel.create(bytes, city, weather, options);
    whole.runYear();
    const cut = 37; // not a block multiple, and parts see different grid areas first
    const parts = await Promise.all(
      [city.buildings.slice(0, cut), city.buildings.slice(cut)].map((buildings) =>
        EnergyModel.create(bytes, { ...city, buildings }, weather, options),
      ),
    );
    for (const p of parts) p.runBuildings(undefined, 16);
    const { network, months } = await dispatchParts(bytes, city, weather, options, parts.map(partSums));
    for (const p of parts) p.finalizeWithNetwork(months);

    let worstDh = 0;
    parts.forEach((p, k) => {
      const offset = k === 0 ? 0 : cut;
      for (let i = 0; i < p.buildings; i++)
        for (let q = 0; q < L.M_STRIDE; q++) {
          const a = p.yearly(i, q);
          const b = whole.yearly(offset + i, q);
          if (q === L.M_CO2_DH_G) worstDh = Math.max(worstDh, rel(a, b));
          else expect(a, `building ${offset + i}, quantity ${q}`).toBe(b);
        }
    });
    expect(whole.total(L.M_CO2_DH_G)).toBeGreaterThan(0);
    expect(worstDh).toBeLessThan(1e-12);
    const compare = (a: Float64Array, b: Float64Array) => {
      expect(a.length).toBe(b.length);
      let worst = 0;
      for (let k = 0; k < a.length; k++) worst = Math.max(worst, rel(a[k], b[k]));
      return worst;
    };
    expect(compare(network.areaSeries, whole.supply.areaSeries)).toBeLessThan(1e-12);
    expect(compare(network.dhSeries, whole.supply.dhSeries)).toBeLessThan(1e-12);
    expect(compare(network.plantOut_W, whole.supply.plantOut_W)).toBeLessThan(1e-12);
    expect(Array.from(network.areaHoursOver)).toEqual(Array.from(whole.supply.areaHoursOver));
  }, 120_000);
});
