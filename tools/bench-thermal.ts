// Benchmark of the ISO 13790 5R1C thermal kernel: N generated buildings × 8,760 h, the WASM city
// kernel (closed-form demand, precomputed affine coefficients) against the plain-TypeScript reference
// (literal C.13 trial, one building at a time), in one process on the same inputs.
//   npx tsx tools/bench-thermal.ts [buildings=30000]
// It also compiles the core once more with SIMD enabled (asc --enable simd, into a temporary folder;
// asconfig.json is not changed) and times that kernel too: its results are bit-identical to the
// shipped scalar build. Last line: one JSON object with the timings.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadThermalCore } from "../sim-core/host/thermal/node.ts";
import { ThermalCore } from "../sim-core/host/thermal/ThermalCore.ts";
import { referenceBuildingHours } from "../sim-core/host/thermal/reference.ts";
import type { ThermalZone } from "../sim-core/host/thermal/zone.ts";

const HOURS = 8760;

/** Wall and CPU time of this process [ms]. CPU time is what counts on a shared, loaded machine. */
interface Clock {
  wall: number;
  cpu: number;
}
function clock(): Clock {
  const u = process.cpuUsage();
  return { wall: performance.now(), cpu: (u.user + u.system) / 1000 };
}
function addSince(acc: Clock, start: Clock): void {
  const now = clock();
  acc.wall += now.wall - start.wall;
  acc.cpu += now.cpu - start.cpu;
}
const buildings = Number(process.argv[2] ?? 30_000);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateStock(n: number): { zones: ThermalZone[]; gainPerM2: Float64Array } {
  const r = rng(2025);
  const zones: ThermalZone[] = [];
  const gainPerM2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const floorArea_m2 = 60 + 2000 * r() ** 3;
    const windowArea_m2 = floorArea_m2 * (0.1 + 0.15 * r());
    const uWindow_W_m2K = 0.8 + 2 * r();
    zones.push({
      floorArea_m2,
      volume_m3: floorArea_m2 * (2.5 + 0.8 * r()),
      windowArea_m2,
      opaqueArea_m2: floorArea_m2 * (1.2 + 1.5 * r()),
      internalSurfaceArea_m2: 4.5 * floorArea_m2,
      uWindow_W_m2K,
      uOpaque_W_m2K: 0.15 + 0.8 * r(),
      achVent_1_h: r() < 0.5 ? 0 : 0.5 + r(),
      achInfiltration_1_h: 0.1 + 0.6 * r(),
      heatRecoveryEfficiency: r() < 0.5 ? 0 : 0.5 + 0.35 * r(),
      capacitance_J_m2K: [80_000, 110_000, 165_000, 260_000, 370_000][Math.floor(5 * r())],
      setpointHeating_C: 19 + 3 * r(),
      setpointCooling_C: 25 + 3 * r(),
      maxHeating_W: r() < 0.2 ? floorArea_m2 * 40 : Number.POSITIVE_INFINITY,
      maxCooling_W: r() < 0.5 ? 0 : -floorArea_m2 * 30,
    });
    gainPerM2[i] = 2 + 4 * r();
  }
  return { zones, gainPerM2 };
}

/** Synthetic Bærum-like year: outdoor temperature, internal-gain schedule, solar per m² window. */
function generateYear(): { tOut_C: Float64Array; schedule: Float64Array; solar_W_m2: Float64Array } {
  const tOut_C = new Float64Array(HOURS);
  const schedule = new Float64Array(HOURS);
  const solar_W_m2 = new Float64Array(HOURS);
  for (let h = 0; h < HOURS; h++) {
    const day = h / 24;
    const hod = h % 24;
    tOut_C[h] = 6 - 10 * Math.cos((2 * Math.PI * (day - 15)) / 365) - 3 * Math.cos((2 * Math.PI * (hod - 3)) / 24);
    schedule[h] = hod >= 7 && hod < 22 ? 1 : 0.4;
    const elevation = Math.sin((Math.PI * (hod - 6)) / 12) * (0.6 - 0.4 * Math.cos((2 * Math.PI * (day - 10)) / 365));
    solar_W_m2[h] = elevation > 0 ? 250 * elevation : 0;
  }
  return { tOut_C, schedule, solar_W_m2 };
}

const { zones, gainPerM2 } = generateStock(buildings);
const year = generateYear();
const internalBase_W = Float64Array.from(zones, (z, i) => z.floorArea_m2 * gainPerM2[i]);
const solarAperture_m2 = Float64Array.from(zones, (z) => 0.5 * z.windowArea_m2);

// WASM city kernel: the host writes this hour's gains, then steps.
const core = await loadThermalCore();
const wasmStart = clock();
core.setupCity(zones, 20);
const kernel_ms: Clock = { wall: 0, cpu: 0 };
let wasmHeat_Wh = 0;
let wasmCool_Wh = 0;
const intView = core.internalGains_W;
const solView = core.solarGains_W;
const heatView = core.heating_W;
const coolView = core.cooling_W;
for (let h = 0; h < HOURS; h++) {
  const s = year.schedule[h];
  const sol = year.solar_W_m2[h];
  for (let i = 0; i < buildings; i++) {
    intView[i] = internalBase_W[i] * s;
    solView[i] = solarAperture_m2[i] * sol;
  }
  const t0 = clock();
  core.stepUnchecked(year.tOut_C[h]);
  addSince(kernel_ms, t0);
  for (let i = 0; i < buildings; i++) {
    wasmHeat_Wh += heatView[i];
    wasmCool_Wh += coolView[i];
  }
}
const wasm_ms: Clock = { wall: 0, cpu: 0 };
addSince(wasm_ms, wasmStart);
const memory_MB = core.memoryBytes / 2 ** 20;

// One district (the first 2,000 buildings) for a year, as when a lever moves: setup, gains, steps.
const district = zones.slice(0, 2000);
const districtStart = clock();
const district_ms: Clock = { wall: 0, cpu: 0 };
core.setupCity(district, 20);
for (let h = 0; h < HOURS; h++) {
  const int = core.internalGains_W;
  const sol = core.solarGains_W;
  for (let i = 0; i < district.length; i++) {
    int[i] = internalBase_W[i] * year.schedule[h];
    sol[i] = solarAperture_m2[i] * year.solar_W_m2[h];
  }
  core.stepUnchecked(year.tOut_C[h]);
}
addSince(district_ms, districtStart);

// The same kernel built with SIMD (f64x2, two buildings per operation): kernel time only.
const simdPath = path.join(mkdtempSync(path.join(os.tmpdir(), "tvilling-simd-")), "tvilling.wasm");
execFileSync("node_modules/.bin/asc", [
  "sim-core/assembly/index.ts",
  "--target",
  "release",
  "--enable",
  "simd",
  "-o",
  simdPath,
]);
const simd = await ThermalCore.load(readFileSync(simdPath));
simd.setupCity(zones, 20);
const simd_ms: Clock = { wall: 0, cpu: 0 };
let simdHeat_Wh = 0;
for (let h = 0; h < HOURS; h++) {
  const s = year.schedule[h];
  const sol = year.solar_W_m2[h];
  const int = simd.internalGains_W;
  const solar = simd.solarGains_W;
  for (let i = 0; i < buildings; i++) {
    int[i] = internalBase_W[i] * s;
    solar[i] = solarAperture_m2[i] * sol;
  }
  const t0 = clock();
  simd.stepUnchecked(year.tOut_C[h]);
  addSince(simd_ms, t0);
  const heat = simd.heating_W;
  for (let i = 0; i < buildings; i++) simdHeat_Wh += heat[i];
}

// TypeScript reference: one building at a time over the year.
const tsStart = clock();
const internal_W = new Float64Array(HOURS);
const solar_W = new Float64Array(HOURS);
const series = {
  heating_W: new Float64Array(HOURS),
  cooling_W: new Float64Array(HOURS),
  tAir_C: new Float64Array(HOURS),
  tMass_C: new Float64Array(HOURS),
};
let tsHeat_Wh = 0;
let tsCool_Wh = 0;
for (let i = 0; i < buildings; i++) {
  for (let h = 0; h < HOURS; h++) {
    internal_W[h] = internalBase_W[i] * year.schedule[h];
    solar_W[h] = solarAperture_m2[i] * year.solar_W_m2[h];
  }
  referenceBuildingHours(zones[i], year.tOut_C, internal_W, solar_W, 20, series);
  for (let h = 0; h < HOURS; h++) {
    tsHeat_Wh += series.heating_W[h];
    tsCool_Wh += series.cooling_W[h];
  }
}
const ts_ms: Clock = { wall: 0, cpu: 0 };
addSince(ts_ms, tsStart);

const buildingHours = buildings * HOURS;
const sec = (c: Clock) => c.cpu / 1000;
const rate = (s: number) => `${(buildingHours / s / 1e6).toFixed(1)} M building-hours/s`;
const line = (label: string, c: Clock) =>
  console.log(`${label.padEnd(42)} ${sec(c).toFixed(3)} s CPU (${(c.wall / 1000).toFixed(3)} s wall)  ${rate(sec(c))}`);
const load = os.loadavg()[0];
console.log(`machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} CPUs; node ${process.version}`);
console.log(`load average ${load.toFixed(1)}: times are this process's CPU time (wall time in brackets)`);
console.log(`${buildings} buildings × ${HOURS} h = ${buildingHours.toLocaleString("en")} building-hours`);
line("WASM kernel (thermalStep only)", kernel_ms);
line("WASM kernel, SIMD build (not shipped)", simd_ms);
line("WASM incl. host writing gains + summing", wasm_ms);
line("TS reference (C.13 trial, per building)", ts_ms);
console.log(`SIMD annual heating bit-equal to scalar: ${simdHeat_Wh === wasmHeat_Wh}`);
console.log(`district of 2,000 buildings, one year (setup + gains + steps): ${district_ms.cpu.toFixed(0)} ms CPU`);
console.log(`WASM memory: ${memory_MB.toFixed(1)} MB`);
const ratio = sec(ts_ms) / sec(kernel_ms);
console.log(`ratio TS/WASM kernel ${ratio.toFixed(1)}×, TS/WASM total ${(sec(ts_ms) / sec(wasm_ms)).toFixed(1)}×`);
const relHeat = Math.abs(wasmHeat_Wh - tsHeat_Wh) / tsHeat_Wh;
const relCool = Math.abs(wasmCool_Wh - tsCool_Wh) / Math.abs(tsCool_Wh || 1);
console.log(
  `annual heating ${(tsHeat_Wh / 1e9).toFixed(3)} GWh, cooling ${(tsCool_Wh / 1e9).toFixed(3)} GWh; WASM vs TS relative difference ${relHeat.toExponential(1)} / ${relCool.toExponential(1)}`,
);
const r3 = (x: number) => Number(x.toFixed(3));
console.log(
  JSON.stringify({
    buildings,
    hours: HOURS,
    kernel_s: r3(sec(kernel_ms)),
    kernel_simd_s: r3(sec(simd_ms)),
    wasm_s: r3(sec(wasm_ms)),
    ts_s: r3(sec(ts_ms)),
    ratio: Number(ratio.toFixed(2)),
    district_ms: Math.round(district_ms.cpu),
    memory_MB: Number(memory_MB.toFixed(1)),
    buildingHoursPerSecond: Math.round(buildingHours / sec(kernel_ms)),
    loadAverage: Number(load.toFixed(1)),
  }),
);
