// Times the solar kernel: one year (8,760 h) of sun position + Hay-Davies POA + PV for 6
// orientations, WASM (SolarCore) vs the plain-TypeScript reference, in one process on the Denver
// TMY3 weather. Not a test: prints numbers. Run: npx tsx tools/bench-solar.ts [repeats]
import { readFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { buildingPlanes, DEFAULT_PV, parseEpw, SolarCore, solarReference } from "../sim-core/index.ts";

const repeats = Number(process.argv[2] ?? 20);
const weather = parseEpw(readFileSync("assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw", "utf8"), "denver.epw");
const site = { latitude_deg: 39.83, longitude_deg: -104.65, timeZone_h: -7, albedo: 0.2, year: 2025 };
const planes = [...buildingPlanes(35, 180), { tilt_deg: 20, azimuth_deg: 225 }];
const core = await SolarCore.load(readFileSync(new URL("../sim-core/build/tvilling.wasm", import.meta.url)));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(run: () => void): number {
  for (let i = 0; i < 3; i++) run(); // warm-up (JIT tiers, WASM tier-up)
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

core.setup(weather, planes);
let checksum = 0;
const wasm_ms = time(() => {
  core.compute(site);
  core.computePv(DEFAULT_PV);
  checksum = core.pvAll_W_per_kWp[4000];
});
const ts_ms = time(() => {
  const r = solarReference.solarPoaReference(site, planes, weather.ghi_W_m2, weather.dni_W_m2, weather.dhi_W_m2);
  const pv = solarReference.pvReference(r.poa_W_m2, weather.tAir_C, weather.windSpeed_m_s, DEFAULT_PV);
  if (pv[4000] !== checksum && Math.abs(pv[4000] - checksum) > 1e-9 * Math.abs(checksum)) throw new Error("mismatch");
});
const planeHours = 8760 * planes.length;
console.log(`machine: ${cpus()[0]?.model ?? "?"} (${platform()} ${arch()}), node ${process.version}`);
console.log(`one year × ${planes.length} orientations (sun + POA + PV), median of ${repeats}:`);
console.log(
  `  WASM        ${wasm_ms.toFixed(2)} ms  (${((planeHours / wasm_ms) * 1e3).toExponential(2)} plane-hours/s)`,
);
console.log(`  TypeScript  ${ts_ms.toFixed(2)} ms  (${((planeHours / ts_ms) * 1e3).toExponential(2)} plane-hours/s)`);
console.log(`  ratio TS/WASM ${(ts_ms / wasm_ms).toFixed(2)}`);
// Why per orientation, not per building: a Bærum-scale stock (30,000 buildings × roof + 4 facades)
// would repeat the same transposition 30,000 times per hour.
const perBuilding_s = ((wasm_ms / planes.length) * 5 * 30_000) / 1000;
console.log(`  per-building transposition of 30,000 buildings × 5 planes would take ≈ ${perBuilding_s.toFixed(1)} s;`);
console.log(`  once per orientation it takes ${((wasm_ms / planes.length) * 5).toFixed(2)} ms`);
console.log(JSON.stringify({ planes: planes.length, hours: 8760, wasm_ms, ts_ms, ratio: ts_ms / wasm_ms }));
