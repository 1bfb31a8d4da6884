import { describe, expect, it } from "vitest";
import { SupplyLayout as L, type SupplyModel, SupplyReference, packSupply } from "../../sim-core/index.ts";
import { buildingResiduals, fillInputs, mixedConfig, networkResiduals, supplyWasm } from "./supply-fixtures.ts";

const N = 120;
const HOURS = 1500; // January into March: crosses two month boundaries
const TOL = 1e-9;

interface Worst {
  electric: number;
  heat: number;
  area: number;
  network: number;
  networkDemand: number;
}

/** Runs the mixed stock and returns the worst relative residual of every energy balance. */
function runChecked(m: SupplyModel): Worst {
  const w: Worst = { electric: 0, heat: 0, area: 0, network: 0, networkDemand: 0 };
  const socBefore = new Float64Array(m.buildings);
  const areaNet = new Float64Array(m.areas);
  for (let h = 0; h < HOURS; h++) {
    fillInputs(m, h);
    socBefore.set(m.soc_Wh);
    m.step();
    const out = m.buildingOut;
    const soc = m.soc_Wh;
    const heat = m.spaceHeat_W;
    const cool = m.spaceCool_W;
    const dhw = m.dhw_W;
    const app = m.appliances_W;
    const pv = m.pv_W;
    const sys = packed.gridArea;
    areaNet.fill(0);
    let dhDelivered = 0;
    for (let i = 0; i < m.buildings; i++) {
      const demand = { pv_W: pv[i], appliances_W: app[i], spaceHeat_W: heat[i], dhw_W: dhw[i] };
      const r = buildingResiduals(out, i, demand, soc[i] - socBefore[i]);
      w.electric = Math.max(w.electric, r.electric);
      w.heat = Math.max(w.heat, r.heat);
      areaNet[sys[i]] += r.netImport_W;
      dhDelivered += r.districtHeat_W;
      if (cool[i] > 0) throw new Error(`fixture gave positive cooling at building ${i}`);
    }
    const net = networkResiduals(m, h, areaNet, dhDelivered);
    w.area = Math.max(w.area, net.area);
    w.network = Math.max(w.network, net.network);
    w.networkDemand = Math.max(w.networkDemand, net.demand);
  }
  return w;
}

const packed = packSupply(mixedConfig(N, HOURS));

describe("energy balance every hour (buildings, grid areas, district-heat network)", () => {
  for (const [label, make] of [
    ["WASM", () => supplyWasm(mixedConfig(N, HOURS))],
    ["TS reference", async () => new SupplyReference(packSupply(mixedConfig(N, HOURS)))],
  ] as const)
    it(`closes with relative residual < 1e-9 (${label})`, async () => {
      const m = await make();
      const w = runChecked(m);
      console.log(`${label} worst relative residuals`, w);
      expect(w.electric).toBeLessThan(TOL);
      expect(w.heat).toBeLessThan(TOL);
      expect(w.area).toBeLessThan(TOL);
      expect(w.network).toBeLessThan(TOL);
      expect(w.networkDemand).toBeLessThan(TOL);
      // the run exercised what it claims: unserved heat, hours over capacity, waste heat use
      expect(m.dhSeries.some((v, k) => k % L.D_STRIDE === L.D_UNSERVED && v > 0)).toBe(true);
      expect(Math.max(...m.areaHoursOver)).toBeGreaterThan(0);
    });

  it("WASM and the TS reference agree to 1e-9 on every result buffer (the core's f32 months to 1e-7)", async () => {
    const wasm = await supplyWasm(mixedConfig(N, HOURS));
    const ref = new SupplyReference(packSupply(mixedConfig(N, HOURS)));
    let worst = 0;
    const cmp = (a: Float64Array | Float32Array, b: Float64Array | Float32Array) => {
      expect(a.length).toBe(b.length);
      for (let k = 0; k < a.length; k++)
        worst = Math.max(worst, Math.abs(a[k] - b[k]) / Math.max(1, Math.abs(a[k]), Math.abs(b[k])));
    };
    for (let h = 0; h < HOURS; h++) {
      fillInputs(wasm, h);
      fillInputs(ref, h);
      wasm.step();
      ref.step();
      if (h % 97 === 0) cmp(wasm.buildingOut, ref.buildingOut);
    }
    wasm.finalize();
    ref.finalize();
    const worstHourly = worst;
    worst = 0;
    cmp(wasm.monthly, ref.monthly);
    expect(worst).toBeLessThan(1e-7); // the core stores months as f32: one rounding of an f64 sum
    worst = worstHourly;
    for (const key of [
      "buildingOut",
      "soc_Wh",
      "yearly",
      "areaSeries",
      "areaPeakImport_W",
      "areaPeakExport_W",
      "areaHoursOver",
      "dhSeries",
      "plantOut_W",
    ] as const)
      cmp(wasm[key], ref[key]);
    expect(worst).toBeLessThan(1e-9);
  });
});
