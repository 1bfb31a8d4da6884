// Energy balances of the integrated run close every hour for every building, grid area and the
// district-heat network; more waste heat from the materials model displaces the other DH plants.
import { describe, expect, it } from "vitest";
import { EnergyModel, MaterialsCore, SupplyLayout as L, norwayDefaultParams } from "../../sim-core/index.ts";
import { osloWeather, smallCity, wasmBytes } from "./model-fixtures.ts";
import { buildingResiduals, networkResiduals } from "./supply-fixtures.ts";

const TOL = 1e-9;
const rel = (residual: number, scale: number) => Math.abs(residual) / Math.max(Math.abs(scale), 1);

describe("integrated model: energy balance every hour", () => {
  it("closes for every building (electricity, heat), grid area and the DH network (< 1e-9)", async () => {
    const model = await EnergyModel.create(wasmBytes(), smallCity(60), osloWeather(), {
      districtHeatShare: 0.3,
      pv: { share: 0.5 },
      detail: true,
    });
    const s = model.supply;
    const n = model.buildings;
    const area = model.inputs.supply.buildings.gridArea;
    const worst = { electric: 0, heat: 0, area: 0, network: 0, demand: 0 };
    const areaNet = new Float64Array(s.areas);
    model.restart();
    for (let h = 0; h < model.hours; h++) {
      model.stepHour();
      const out = s.buildingOut;
      const heat = s.spaceHeat_W;
      const dhw = s.dhw_W;
      const app = s.appliances_W;
      const pv = s.pv_W;
      areaNet.fill(0);
      let delivered = 0;
      for (let i = 0; i < n; i++) {
        const demand = { pv_W: pv[i], appliances_W: app[i], spaceHeat_W: heat[i], dhw_W: dhw[i] };
        const r = buildingResiduals(out, i, demand, 0); // ΔSOC 0: the default model inputs have no batteries
        worst.electric = Math.max(worst.electric, r.electric);
        worst.heat = Math.max(worst.heat, r.heat);
        areaNet[area[i] as number] += r.netImport_W;
        delivered += r.districtHeat_W;
      }
      const net = networkResiduals(s, h, areaNet, delivered);
      worst.area = Math.max(worst.area, net.area);
      worst.network = Math.max(worst.network, net.network);
      worst.demand = Math.max(worst.demand, net.demand);
    }
    for (const [k, v] of Object.entries(worst)) expect(v, k).toBeLessThan(TOL);
    model.finalize();
    // what the balances covered is not empty: heating, PV export hours, district heat
    expect(model.total(L.M_SPACE_HEAT)).toBeGreaterThan(0);
    expect(model.total(L.M_EXPORT)).toBeGreaterThan(0);
    expect(model.total(L.M_DISTRICT_HEAT)).toBeGreaterThan(0);
  }, 120_000);
});

describe("materials → district heat coupling in the integrated model", () => {
  it("more waste heat lowers the other plants' output by the same energy; the network still balances", async () => {
    const materials = await MaterialsCore.load(wasmBytes());
    materials.setup(norwayDefaultParams({ population: 20_000 }));
    materials.runYear();
    const waste = Float64Array.from(materials.wasteHeatAvailable_W());
    const run = async (scale: number) => {
      const m = await EnergyModel.create(wasmBytes(), smallCity(120), osloWeather(), {
        districtHeatShare: 0.6,
        wasteHeatAvailable_W: waste.map((w) => w * scale),
        plants: [
          { name: "waste", kind: "waste", capacity_W: 5e6, efficiency: 1, ef_g_kWh: 11 },
          { name: "bio", kind: "bio", capacity_W: 1e6, efficiency: 0.9, ef_g_kWh: 13 },
          { name: "oil", kind: "oil", capacity_W: 5e6, efficiency: 0.9, ef_g_kWh: 260 },
        ],
      });
      m.runYear();
      const out = m.supply.plantOut_W;
      const sums = [0, 0, 0];
      let residual = 0;
      for (let h = 0; h < m.hours; h++) {
        let produced = m.supply.dhSeries[h * L.D_STRIDE + L.D_UNSERVED];
        for (let p = 0; p < 3; p++) {
          sums[p] += out[h * 3 + p];
          produced += out[h * 3 + p];
        }
        const needed = m.supply.dhSeries[h * L.D_STRIDE + L.D_DEMAND] + m.supply.dhSeries[h * L.D_STRIDE + L.D_LOSS];
        residual = Math.max(residual, rel(produced - needed, needed));
      }
      return { sums, residual, co2: m.emissions_g().districtHeat };
    };
    const low = await run(0.002);
    const high = await run(0.02);
    expect(high.sums[0]).toBeGreaterThan(low.sums[0]);
    expect(high.sums[1] + high.sums[2]).toBeLessThan(low.sums[1] + low.sums[2]);
    // same demand: the extra waste heat replaces exactly as much heat from the others
    expect(
      rel(high.sums[0] - low.sums[0] - (low.sums[1] + low.sums[2] - high.sums[1] - high.sums[2]), high.sums[0]),
    ).toBeLessThan(1e-9);
    expect(high.co2).toBeLessThan(low.co2);
    expect(low.residual).toBeLessThan(TOL);
    expect(high.residual).toBeLessThan(TOL);
  }, 120_000);
});
