// District heat's monthly primary heat is kept only for the buildings on district heat (supply/state.ts,
// monthPrim rows given out as buildings complete a month). A run after more buildings switched to district
// heat (rows grown at the reset) gives the same results, bit for bit, as a fresh model with those systems
// from the start; stepping hour by hour the same to rounding (1e-12 relative; the year mode sums the
// appliances and EV of buildings without PV and battery per area and month, supply/linear.ts), and the
// district heat's months bit for bit.
import { describe, expect, it } from "vitest";
import { EnergyModel, SupplyLayout as L } from "../../sim-core/index.ts";
import { SYS_DISTRICT } from "../../sim-core/host/supply/layout.ts";
import { osloWeather, resultDifferences, smallCity, wasmBytes } from "./model-fixtures.ts";

const N = 40;
const options = { districtHeatShare: 0.1 };

/** Every other building on district heat, written as the scenario runner's overrides write systems. */
function switchToDistrictHeat(model: EnergyModel): void {
  const wasm = (model as unknown as { wasm: { memory: WebAssembly.Memory; supplySystemPtr(): number } }).wasm;
  const system = new Int32Array(wasm.memory.buffer, wasm.supplySystemPtr(), model.buildings);
  for (let i = 0; i < model.buildings; i += 2) system[i] = SYS_DISTRICT;
}

describe("district heat's monthly sums per building on district heat", () => {
  it("a run after more buildings switched to district heat equals a fresh model with those systems", async () => {
    const before = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
    before.runYear();
    const dhBefore = before.emissions_g().districtHeat;
    switchToDistrictHeat(before);
    before.runYear();

    const fresh = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
    switchToDistrictHeat(fresh);
    fresh.runYear();
    expect(before.stateHash()).toBe(fresh.stateHash());
    // the switch did add district heat and its emissions, each building's in its months
    expect(fresh.emissions_g().districtHeat).toBeGreaterThan(dhBefore);
    let monthsSum = 0;
    for (let m = 0; m < 12; m++) monthsSum += fresh.monthly(0, m, L.M_CO2_DH_G);
    expect(monthsSum).toBeGreaterThan(0);
    expect(Math.abs(monthsSum - fresh.yearly(0, L.M_CO2_DH_G)) / fresh.yearly(0, L.M_CO2_DH_G)).toBeLessThan(1e-6);

    const stepped = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
    switchToDistrictHeat(stepped);
    while (stepped.stepHour() < stepped.hours);
    stepped.finalize();
    const d = resultDifferences(stepped.supply, fresh.supply);
    for (const [key, worst] of Object.entries(d)) expect(worst, key).toBeLessThan(key === "monthly" ? 2 ** -23 : 1e-12);
    for (let i = 0; i < N; i++)
      for (const q of [L.M_DISTRICT_HEAT, L.M_CO2_DH_G]) expect(stepped.yearly(i, q)).toBe(fresh.yearly(i, q));
  }, 120_000);
});
