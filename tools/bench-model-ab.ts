// A/B benchmark of model builds in one process (the machine is shared, so compare builds in the same
// minutes): `tsx tools/bench-model-ab.ts A.wasm B.wasm …` runs, round by round, the full model year of
// each build (process CPU time) on the same stock, then the warm district re-run (a lever on 2,000
// buildings: runBuildings + the city's re-dispatch + both parts' finalisation, CPU), and prints per build
// the best and median of the rounds and its state hash. BENCH_BUILDINGS (default 8,000), BENCH_ROUNDS (5).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { EnergyModel } from "../sim-core/index.ts";
import { districtRerun } from "./bench-district.ts";
import { osloWeather, stock } from "./bench-stock.ts";

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: tsx tools/bench-model-ab.ts A.wasm [B.wasm …]");
const N = Number(process.env.BENCH_BUILDINGS ?? 8000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DISTRICT = Math.min(2000, N - 1);
const OPTIONS = { districtHeatShare: 0.15 };
const BLOCK = Number(process.env.BENCH_BLOCK ?? 64);

function cpu(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { best: s[0], median: s[Math.floor(s.length / 2)] };
};

const weather = osloWeather();
const city = stock(N);
const builds = await Promise.all(
  files.map(async (file) => {
    const module = await WebAssembly.compile(readFileSync(file));
    const model = await EnergyModel.create(module, city, weather, OPTIONS);
    const { rerun } = await districtRerun(module, city, weather, OPTIONS, DISTRICT);
    model.runYear(); // warm-up
    rerun();
    return { file, model, rerun, year: [] as number[], district: [] as number[] };
  }),
);
console.log(`${N} buildings × 8760 h, ${ROUNDS} rounds, load ${loadavg()[0].toFixed(2)}`);
for (let r = 0; r < ROUNDS; r++) {
  for (const b of builds) b.year.push(cpu(() => b.model.runYear(undefined, BLOCK)));
  for (const b of builds) {
    let t = 0;
    for (let k = 0; k < 5; k++) t += cpu(b.rerun);
    b.district.push(t / 5);
  }
}
const base = stats(builds[0].year).best;
for (const b of builds) {
  const y = stats(b.year);
  const d = stats(b.district);
  console.log(
    `${b.file}: year best ${y.best.toFixed(3)} s median ${y.median.toFixed(3)} s (${((y.best / base - 1) * 100).toFixed(1)} %), district best ${(d.best * 1000).toFixed(1)} ms median ${(d.median * 1000).toFixed(1)} ms, hash ${b.model.stateHash()}`,
  );
}
console.log(`load at end ${loadavg()[0].toFixed(2)}`);
