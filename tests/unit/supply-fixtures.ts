// Shared fixtures of the supply tests: WASM loader and a seeded mixed stock with hand-made demand series.
import { readFile } from "node:fs/promises";
import { SupplyLayout as L, type SupplyConfig, SupplyCore, type SupplyModel } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { mulberry32 } from "../../tools/random.ts";

let bytes: Buffer | undefined;
export async function supplyWasm(config: SupplyConfig): Promise<SupplyCore> {
  bytes ??= await readFile(wasmPath);
  return SupplyCore.load(bytes, config);
}

/** A mixed stock: every system, EVs both modes, batteries both modes, three grid areas, five plants. */
export function mixedConfig(n: number, hours: number, seed = 7): SupplyConfig {
  const r = mulberry32(seed);
  const pick = (k: number) => Math.floor(r() * k);
  const outdoor_C = Float64Array.from({ length: hours }, (_, h) => -28 + 40 * r() + 5 * Math.sin(h / 9));
  return {
    buildings: {
      system: Array.from({ length: n }, (_, i) => i % 6),
      gridArea: Array.from({ length: n }, () => pick(3)),
      primaryCapacity_W: Array.from({ length: n }, () => (r() < 0.3 ? Number.POSITIVE_INFINITY : 2000 + 8000 * r())),
      evDaily_Wh: Array.from({ length: n }, () => (r() < 0.5 ? 4000 + 12000 * r() : 0)),
      evMode: Array.from({ length: n }, () => pick(2)),
      batteryCapacity_Wh: Array.from({ length: n }, () => (r() < 0.4 ? 5000 + 10000 * r() : 0)),
      batteryPower_W: Array.from({ length: n }, () => 1000 + 4000 * r()),
      batteryRoundTrip: Array.from({ length: n }, () => 0.8 + 0.15 * r()),
      batteryMode: Array.from({ length: n }, () => pick(2)),
      batteryThreshold_W: Array.from({ length: n }, () => 2000 + 6000 * r()),
    },
    areas: { capacity_W: [150e3, 200e3, 1e6], evDaily_Wh: [50e3, 0, 20e3], evMode: [0, 0, 1] },
    plants: [
      { name: "waste", kind: "waste", capacity_W: 60e3, efficiency: 1, ef_g_kWh: 11 },
      { name: "sea-water HP", kind: "heatPump", capacity_W: 30e3, efficiency: 3, ef_g_kWh: 0 },
      { name: "bio", kind: "bio", capacity_W: 20e3, efficiency: 0.9, ef_g_kWh: 13 },
      { name: "el boiler", kind: "electricBoiler", capacity_W: 20e3, efficiency: 0.99, ef_g_kWh: 0 },
      { name: "oil", kind: "oil", capacity_W: 30e3, efficiency: 0.9, ef_g_kWh: 260 },
    ],
    hourly: {
      outdoor_C,
      gridEf_g_kWh: Float64Array.from({ length: hours }, () => 15 + 4 * r()),
      wasteHeatAvailable_W: Float64Array.from({ length: hours }, () => 50e3 * r()),
    },
    globals: { dhFixedLoss_W: 500, dhGridArea: 2 },
    detail: true,
  };
}

/** Hand-made hourly demand: heat, cooling (≤ 0), DHW, appliances, PV, seeded per hour. */
export function fillInputs(m: SupplyModel, h: number, seed = 11): void {
  const r = mulberry32(seed * 100003 + h);
  const heat = m.spaceHeat_W;
  const cool = m.spaceCool_W;
  const dhw = m.dhw_W;
  const app = m.appliances_W;
  const pv = m.pv_W;
  for (let i = 0; i < m.buildings; i++) {
    heat[i] = r() < 0.2 ? 0 : 12000 * r();
    cool[i] = r() < 0.7 ? 0 : -3000 * r();
    dhw[i] = 1500 * r();
    app[i] = 200 + 2000 * r();
    pv[i] = r() < 0.5 ? 0 : 9000 * r();
  }
}

/** The inputs fillInputs gives, for every hour: f64[hours · n] per quantity, index h·n + i. */
export function inputTable(n: number, hours: number, seed = 11) {
  const mk = () => new Float64Array(n);
  const m = { buildings: n, spaceHeat_W: mk(), spaceCool_W: mk(), dhw_W: mk(), appliances_W: mk(), pv_W: mk() };
  const table = {
    spaceHeat_W: new Float64Array(hours * n),
    spaceCool_W: new Float64Array(hours * n),
    dhw_W: new Float64Array(hours * n),
    appliances_W: new Float64Array(hours * n),
    pv_W: new Float64Array(hours * n),
  };
  for (let h = 0; h < hours; h++) {
    fillInputs(m as unknown as SupplyModel, h, seed);
    for (const k of Object.keys(table) as (keyof typeof table)[]) table[k].set(m[k], h * n);
  }
  return table;
}

/** Relative residual of a balance, against its scale (at least 1 W so empty hours do not divide by zero). */
export const relativeResidual = (residual: number, scale: number) => Math.abs(residual) / Math.max(Math.abs(scale), 1);

/**
 * Worst-case residuals of hour h's network balances: every grid area (net exchange = buildings' net import + EV +
 * DH electricity) and the DH network (plants + unserved = demand + loss; demand = heat delivered to buildings).
 * `areaNet` holds the buildings' net import per area and `delivered` their district heat, summed by the caller.
 */
export function networkResiduals(m: SupplyModel, h: number, areaNet: Float64Array, delivered: number) {
  const s = m.areaSeries;
  let area = 0;
  for (let a = 0; a < m.areas; a++) {
    const r = (h * m.areas + a) * L.A_STRIDE;
    const lhs = s[r + L.A_IMPORT] - s[r + L.A_EXPORT];
    const rhs = areaNet[a] + s[r + L.A_EV] + s[r + L.A_DH_ELECTRIC];
    area = Math.max(area, relativeResidual(lhs - rhs, s[r + L.A_IMPORT] + s[r + L.A_EXPORT]));
  }
  const d = h * L.D_STRIDE;
  let produced = m.dhSeries[d + L.D_UNSERVED];
  for (let p = 0; p < m.plants; p++) produced += m.plantOut_W[h * m.plants + p];
  const needed = m.dhSeries[d + L.D_DEMAND] + m.dhSeries[d + L.D_LOSS];
  return {
    area,
    network: relativeResidual(produced - needed, needed),
    demand: relativeResidual(m.dhSeries[d + L.D_DEMAND] - delivered, delivered),
  };
}

/** One building's hourly end uses as the supply module received them [W]. */
export interface BuildingDemand {
  pv_W: number;
  appliances_W: number;
  spaceHeat_W: number;
  dhw_W: number;
}

/**
 * Relative residuals of building i's balances in one hour, from its output row `out`:
 * electricity (import + PV = electric end uses + export + battery charge + battery loss) and heat
 * (electricity + ambient + district heat + fuel = space heat + DHW + boiler loss). `dSoc_Wh` is the battery's
 * change of charge in the hour (0 where the caller checks yearly sums).
 */
export function buildingResiduals(out: ArrayLike<number>, i: number, d: BuildingDemand, dSoc_Wh: number) {
  const o = (k: number) => out[i * L.OUT_STRIDE + k];
  const supplied = o(L.OUT_IMPORT) + d.pv_W;
  const used =
    o(L.OUT_EL_SPACE) +
    o(L.OUT_EL_DHW) +
    o(L.OUT_EL_COOL) +
    d.appliances_W +
    o(L.OUT_EL_EV) +
    o(L.OUT_EXPORT) +
    dSoc_Wh +
    o(L.OUT_BAT_LOSS);
  const heatIn = o(L.OUT_EL_SPACE) + o(L.OUT_EL_DHW) + o(L.OUT_AMBIENT) + o(L.OUT_DISTRICT_HEAT) + o(L.OUT_BIO_FUEL);
  const heatOut = d.spaceHeat_W + d.dhw_W + o(L.OUT_BIO_LOSS);
  return {
    electric: relativeResidual(supplied - used, supplied + used),
    heat: relativeResidual(heatIn - heatOut, heatIn),
    netImport_W: o(L.OUT_IMPORT) - o(L.OUT_EXPORT),
    districtHeat_W: o(L.OUT_DISTRICT_HEAT),
  };
}
