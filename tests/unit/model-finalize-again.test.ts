// A part finalised again with the network figures it already has (a re-dispatch after a lever on another
// part that left them as they were) keeps its records, which are those a finalisation gives; new figures,
// or a run in between, finalise it again. Laws: the state equals a fresh finalisation's, bit for bit.
import { describe, expect, it } from "vitest";
import { EnergyModel, SupplyLayout as L, dispatchParts, partSums } from "../../sim-core/index.ts";
import { osloWeather, smallCity, wasmBytes } from "./model-fixtures.ts";

describe("finalizeWithNetwork with the figures a part already has", () => {
  it("leaves the records as a finalisation makes them; other figures or a run finalise again", async () => {
    const city = smallCity(40);
    const weather = osloWeather();
    const options = { districtHeatShare: 0.5 };
    const bytes = wasmBytes();
    const part = await EnergyModel.create(bytes, city, weather, options);
    part.runBuildings();
    const { months } = await dispatchParts(bytes, city, weather, options, [partSums(part)]);
    part.finalizeWithNetwork(months);
    const hash = part.stateHash();
    expect(part.total(L.M_CO2_DH_G)).toBeGreaterThan(0);

    part.finalizeWithNetwork({ ...months, dhMonthCo2_g: months.dhMonthCo2_g.slice() }); // equal figures
    expect(part.stateHash()).toBe(hash);

    // twice the emissions per delivered Wh: every building's DH emissions double (exact in binary)
    const co2 = part.total(L.M_CO2_DH_G);
    part.finalizeWithNetwork({ ...months, dhMonthCo2_g: months.dhMonthCo2_g.map((g) => 2 * g) });
    expect(part.total(L.M_CO2_DH_G)).toBe(2 * co2);
    part.finalizeWithNetwork(months);
    expect(part.stateHash()).toBe(hash);

    // a run in between, with each building's EV energy per day doubled (EV energy = daily × the network's
    // monthly share): the same figures finalise it again, every EV figure doubles exactly
    const ev = part.total(L.M_EL_EV);
    expect(ev).toBeGreaterThan(0);
    const wasm = (part as unknown as { wasm: { memory: WebAssembly.Memory; supplyEvDailyPtr(): number } }).wasm;
    const evDaily_Wh = new Float64Array(wasm.memory.buffer, wasm.supplyEvDailyPtr(), part.buildings);
    const evBase = evDaily_Wh.slice();
    evDaily_Wh.set(evBase.map((wh) => 2 * wh));
    part.runBuildings();
    part.finalizeWithNetwork(months);
    expect(part.total(L.M_EL_EV)).toBe(2 * ev);
    new Float64Array(wasm.memory.buffer, wasm.supplyEvDailyPtr(), part.buildings).set(evBase);
    part.runBuildings();
    part.finalizeWithNetwork(months);
    expect(part.stateHash()).toBe(hash);
  }, 120_000);
});
