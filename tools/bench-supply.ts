// Benchmark of the supply core: a Bærum-scale stock (30,000 buildings × 8,760 h) through heat supply,
// DHW, cooling, EV, batteries, 20 grid areas and a 5-plant district-heat network, one core:
//   wasm_year_s   WASM year mode (building-major, blocks of 64)
//   wasm_hourly_s WASM stepped hour by hour
//   ts_s          the TS reference, hour by hour
// Inputs are written once and held (hourly mode: one value per building; year mode: one block's
// hourly series reused for every block), so the time is the supply model alone, as it runs after the
// thermal and solar kernels have written those buffers. Usage: npx tsx tools/bench-supply.ts [buildings] [hours]
import { readFile } from "node:fs/promises";
import {
  EXAMPLE_DH_PLANTS,
  type SupplyConfig,
  SupplyCore,
  type SupplyModel,
  SupplyReference,
  packSupply,
} from "../sim-core/index.ts";
import { wasmPath } from "../sim-core/node.ts";
import { mulberry32 } from "./random.ts";

const buildings = Number(process.argv[2] ?? 30000);
const hours = Number(process.argv[3] ?? 8760);
const areas = 20;

function config(): SupplyConfig {
  const r = mulberry32(2025);
  return {
    buildings: {
      system: Array.from({ length: buildings }, () => Math.floor(r() * 6)),
      gridArea: Array.from({ length: buildings }, (_, i) => i % areas),
      primaryCapacity_W: Array.from({ length: buildings }, () => 3000 + 9000 * r()),
      evDaily_Wh: Array.from({ length: buildings }, () => (r() < 0.4 ? 7000 : 0)),
      evMode: Array.from({ length: buildings }, () => (r() < 0.5 ? 0 : 1)),
      batteryCapacity_Wh: Array.from({ length: buildings }, () => (r() < 0.1 ? 10000 : 0)),
      batteryPower_W: new Array(buildings).fill(5000),
    },
    areas: { capacity_W: new Array(areas).fill(8e6) },
    plants: EXAMPLE_DH_PLANTS,
    hourly: { outdoor_C: Float64Array.from({ length: hours }, (_, h) => 6 - 10 * Math.cos((2 * Math.PI * h) / 8760)) },
  };
}

function fill(m: SupplyModel): void {
  const r = mulberry32(7);
  const [heat, cool, dhw, app, pv] = [m.spaceHeat_W, m.spaceCool_W, m.dhw_W, m.appliances_W, m.pv_W];
  for (let i = 0; i < m.buildings; i++) {
    heat[i] = 4000 * r();
    cool[i] = r() < 0.1 ? -1000 * r() : 0;
    dhw[i] = 400 * r();
    app[i] = 300 + 500 * r();
    pv[i] = r() < 0.2 ? 2000 * r() : 0;
  }
}

function time(m: SupplyModel): number {
  fill(m);
  const t0 = performance.now();
  for (let h = 0; h < hours; h++) m.step();
  m.finalize();
  return (performance.now() - t0) / 1000;
}

function timeYear(m: SupplyCore): number {
  let filled = false;
  const t0 = performance.now();
  m.runYear(
    (_first, count, inputs) => {
      if (filled) return;
      filled = true;
      const r = mulberry32(7);
      for (let b = 0; b < count; b++) {
        const base = 3000 * r();
        for (let h = 0; h < hours; h++) {
          const k = b * hours + h;
          const winter = 0.5 + 0.5 * Math.cos((2 * Math.PI * h) / 8760);
          inputs.spaceHeat_W[k] = base * winter;
          inputs.spaceCool_W[k] = winter < 0.05 ? -500 : 0;
          inputs.dhw_W[k] = 300;
          inputs.appliances_W[k] = 400 + 200 * r();
          inputs.pv_W[k] = h % 24 > 8 && h % 24 < 17 ? 1500 * (1 - winter) : 0;
        }
      }
    },
    64,
    false,
  );
  m.finalize();
  return (performance.now() - t0) / 1000;
}

const bytes = await readFile(wasmPath);
const cfg = config();
const yearCore = await SupplyCore.load(bytes, cfg);
const wasm_year_s = timeYear(yearCore);
console.error(
  `WASM year mode: ${wasm_year_s.toFixed(3)} s (${((buildings * hours) / wasm_year_s / 1e6).toFixed(0)} M building-hours/s)`,
);
const wasm = await SupplyCore.load(bytes, cfg);
const wasm_s = time(wasm);
const memory_MB =
  (yearCore as unknown as { wasm: { memory: WebAssembly.Memory } }).wasm.memory.buffer.byteLength / 2 ** 20;
console.error(
  `WASM hourly: ${wasm_s.toFixed(3)} s (${((buildings * hours) / wasm_s / 1e6).toFixed(0)} M building-hours/s)`,
);
const ref = new SupplyReference(packSupply(cfg));
const ts_s = time(ref);
console.error(
  `TS reference: ${ts_s.toFixed(3)} s (${((buildings * hours) / ts_s / 1e6).toFixed(0)} M building-hours/s)`,
);
console.log(
  JSON.stringify({
    buildings,
    hours,
    wasm_year_s: Number(wasm_year_s.toFixed(3)),
    wasm_hourly_s: Number(wasm_s.toFixed(3)),
    ts_s: Number(ts_s.toFixed(3)),
    ratio: Number((ts_s / wasm_year_s).toFixed(2)),
    memory_MB: Math.round(memory_MB),
  }),
);
