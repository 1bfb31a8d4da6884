// The orchestrator is the same model as the modules run one after another through their own host
// classes (each in its own instance, arrays passed through JS every hour), and hour-major stepping
// equals the block-major year; results are deterministic across runs and independent of the block size
// (bit for bit). The year mode sums the appliances and EV of buildings without PV and battery per grid
// area and month (supply/linear.ts) where the chain and hour stepping sum every term per building-hour:
// the same quantities in another order, so those comparisons hold to 1e-12 relative (rounding), not bit
// for bit; the f32 monthly records to one f32 ulp (2^−23 relative).
import { beforeAll, describe, expect, it } from "vitest";
import { EnergyModel, SolarCore, SupplyCore, ThermalCore, type ModelOptions } from "../../sim-core/index.ts";
import { PLANES } from "../../sim-core/host/model/inputs.ts";
import { osloWeather, resultDifferences, smallCity, wasmBytes } from "./model-fixtures.ts";

/** Year mode vs hour stepping or the chain: rounding only (see above). */
function expectClose(a: Parameters<typeof resultDifferences>[0], b: Parameters<typeof resultDifferences>[0]): void {
  const d = resultDifferences(a, b);
  for (const [key, worst] of Object.entries(d)) expect(worst, key).toBeLessThan(key === "monthly" ? 2 ** -23 : 1e-12);
}

const N = 37; // odd: exercises the thermal kernel's pair/single split inside blocks
const options: ModelOptions = { districtHeatShare: 0.3, pv: { share: 0.4 } };

async function chain(model: EnergyModel): Promise<SupplyCore> {
  const bytes = wasmBytes();
  const weather = osloWeather();
  const inp = model.inputs;
  const solar = await SolarCore.load(bytes);
  solar.setup(weather, inp.planes);
  solar.compute({ ...weather.site, albedo: 0.2, year: 2025 });
  solar.computePv();
  solar.setupWindows({
    windowArea_m2: Array.from({ length: inp.n }, (_, i) => inp.windowArea_m2.subarray(i * PLANES, (i + 1) * PLANES)),
    g: inp.g,
    frameFraction: inp.frameFraction,
    shadingFactor: inp.shadingFactor,
  });
  const thermal = await ThermalCore.load(bytes);
  thermal.setupCity(inp.zones, 20);
  const supply = await SupplyCore.load(bytes, inp.supply);
  for (let h = 0; h < inp.hours; h++) {
    const gains = thermal.internalGains_W;
    for (let i = 0; i < inp.n; i++) gains[i] = inp.profiles.gains_W_m2[inp.useIndex[i]][h] * inp.floorArea_m2[i];
    thermal.solarGains_W.set(solar.windowGainsAt(h));
    thermal.step(weather.tAir_C[h]);
    supply.spaceHeat_W.set(thermal.heating_W);
    supply.spaceCool_W.set(thermal.cooling_W);
    const dhw = supply.dhw_W;
    const app = supply.appliances_W;
    const pv = supply.pv_W;
    for (let i = 0; i < inp.n; i++) {
      dhw[i] = inp.profiles.dhw_W_m2[inp.useIndex[i]][h] * inp.floorArea_m2[i];
      app[i] = inp.profiles.appliances_W_m2[inp.useIndex[i]][h] * inp.floorArea_m2[i];
      pv[i] = inp.pv_kWp[i] * solar.pv_W_per_kWp(inp.roofPlane[i])[h];
    }
    supply.step();
  }
  supply.finalize();
  return supply;
}

describe("integrated model = the modules chained through their hosts", () => {
  let model: EnergyModel;
  beforeAll(async () => {
    model = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
    model.runYear(undefined, 8);
  }, 120_000);

  it("gives the same monthly, yearly, grid-area and district-heat results (to rounding)", async () => {
    const ref = await chain(model);
    expectClose(model.supply, ref);
    // heat and district heat do not take the linear path: bit for bit
    const d = resultDifferences(model.supply, ref);
    expect(d.dhSeries).toBe(0);
    expect(d.plantOut_W).toBe(0);
    // the run exercised what it claims: heat, PV, district heat
    const L = await import("../../sim-core/host/supply/layout.ts");
    expect(model.total(L.M_SPACE_HEAT)).toBeGreaterThan(0);
    expect(model.total(L.M_PV)).toBeGreaterThan(0);
    expect(model.total(L.M_DISTRICT_HEAT)).toBeGreaterThan(0);
  }, 120_000);

  it("hour-major stepping equals the block-major year; repeated runs hash the same", async () => {
    const blockHash = model.stateHash();
    model.runYear(undefined, 64);
    expect(model.stateHash()).toBe(blockHash);
    // odd blocks start between pairs: the gains pass and single-building supply steps instead of the pair kernels
    model.runYear(undefined, 7);
    expect(model.stateHash()).toBe(blockHash);
    // blocks of one: every building on the scalar kernels (supplyRun), the linear path included
    model.runYear(undefined, 1);
    expect(model.stateHash()).toBe(blockHash);
    const other = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
    other.restart();
    while (other.stepHour() < other.hours);
    other.finalize();
    model.runYear(undefined, 8);
    expectClose(model.supply, other.supply);
    expect(Array.from(other.thermal.tMass_C)).toEqual(Array.from(model.thermal.tMass_C));
    // the year mode's fused step stores air temperatures at the last hour only: the same end state
    model.runYear(undefined, 64);
    expect(Array.from(other.thermal.tAir_C)).toEqual(Array.from(model.thermal.tAir_C));
  }, 120_000);

  it("with batteries on some buildings (the single-building supply kernel beside the pair one), the year equals hour stepping", async () => {
    const withBatteries = async () => {
      const m = await EnergyModel.create(wasmBytes(), smallCity(N), osloWeather(), options);
      // as the scenario runner's overrides write them: every third building gets 10 kWh / 3 kW
      const wasm = (m as unknown as { wasm: { memory: WebAssembly.Memory } & Record<string, () => number> }).wasm;
      const capacity = new Float64Array(wasm.memory.buffer, wasm.supplyBatCapacityPtr(), N);
      const power = new Float64Array(wasm.memory.buffer, wasm.supplyBatPowerPtr(), N);
      for (let i = 0; i < N; i += 3) {
        capacity[i] = 10_000;
        power[i] = 3_000;
      }
      return m;
    };
    const year = await withBatteries();
    year.runYear(undefined, 1);
    const scalarHash = year.stateHash();
    year.runYear(undefined, 7);
    expect(year.stateHash()).toBe(scalarHash);
    year.runYear(undefined, 8);
    expect(year.stateHash()).toBe(scalarHash);
    const hourly = await withBatteries();
    hourly.restart();
    while (hourly.stepHour() < hourly.hours);
    hourly.finalize();
    expectClose(year.supply, hourly.supply);
    const L = await import("../../sim-core/host/supply/layout.ts");
    expect(year.total(L.M_BAT_LOSS)).toBeGreaterThan(0);
    expect(year.stateHash()).not.toBe(model.stateHash());
  }, 120_000);
});
