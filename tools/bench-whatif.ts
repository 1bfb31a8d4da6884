// Benchmark of the live what-if (issue #5): on a Bærum-scale stock, in one process, a lever move scoped to the
// largest district through the district fast path (YearSimulator split "district": that district re-runs, the
// others' cached parts and the networks' re-dispatch) against a whole-municipality re-run on the same warm
// simulator, and against today's warm single model (every building re-runs). Checks the fast path's result
// against the single model's (per-building delivered energy bit for bit, indicators ≤ 1e-12 relative).
// `npx tsx tools/bench-whatif.ts` (BENCH_BUILDINGS, default 30,000); bench-core.ts runs it too.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { CityDataset, ModelWeather } from "../sim-core/index.ts";
import { wasmPath } from "../sim-core/node.ts";
import {
  type Intervention,
  type Scenario,
  YearSimulator,
  DEFAULT_MIN_PART_BUILDINGS,
  districtGroups,
  scenarioBase,
} from "../sim-core/scenario/index.ts";
import { loadCity } from "../server/city/loadCity.ts";
import { municipalityFacts } from "../server/cli/scenarioBase.ts";
import { osloWeather, stock } from "./bench-stock.ts";

export interface Timed {
  wall_s: number;
  cpu_s: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<Timed & { value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { wall_s: (performance.now() - t0) / 1000, cpu_s: (c.user + c.system) / 1e6, value };
}

export interface WhatIfBench {
  buildings: number;
  district: string;
  districtBuildings: number;
  districts: number;
  /** First year on a cold simulator (instances, solar, profiles, every part and the network). */
  cold: Timed;
  /** A whole-municipality lever change on the warm district simulator (every part re-runs; best of two). */
  full: Timed;
  /** A lever change in the largest district on the warm district simulator (best of three). */
  district_: Timed;
  /** The same district change on today's warm single model (every building re-runs). */
  single: Timed;
  /** The single model's cold year (one instance), for the cold cost of the parts. */
  singleCold: Timed;
  /** Fast path vs single model: per-building delivered energy equal (count of differing), worst indicator. */
  differingBuildings: number;
  worstIndicatorRel: number;
}

const YEAR = 2035;

function scenario(interventions: Intervention[]): Scenario {
  return {
    formatVersion: 1,
    name: "bench-whatif",
    municipality: "baerum",
    weather: "normals",
    baseYear: 2025,
    horizon: 2050,
    seed: 7,
    interventions,
  };
}

export async function benchWhatIf(
  module: WebAssembly.Module,
  city: CityDataset,
  weather: ModelWeather,
): Promise<WhatIfBench> {
  const base = scenarioBase(city, await municipalityFacts("baerum"), 2025);
  const groups = districtGroups(city, DEFAULT_MIN_PART_BUILDINGS);
  const [district, indices] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
  const where = { scope: "district", district } as const;
  const everywhere = { scope: "municipality" } as const;
  const whole = (v: number): Intervention => ({ lever: "heatPumpShare", value: v, startYear: 2026, where: everywhere });
  const local = (v: number): Intervention[] => [
    { lever: "heatPumpShare", value: v, startYear: 2026, where },
    { lever: "rooftopPvShare", value: v, startYear: 2026, where },
  ];

  const sim = new YearSimulator(module, base, weather, { split: "district" });
  const cold = await timed(() => sim.run(scenario([whole(20)]), YEAR));
  const fulls: Timed[] = [];
  const districts: Timed[] = [];
  let fast: Awaited<ReturnType<YearSimulator["run"]>> | undefined;
  fulls.push(await timed(() => sim.run(scenario([whole(40)]), YEAR)));
  for (const v of [30, 60, 90]) {
    const t = await timed(() => sim.run(scenario([whole(40), ...local(v)]), YEAR));
    if (sim.lastDistrictRun?.rerunBuildings !== indices.length)
      throw new Error(`district move re-ran ${sim.lastDistrictRun?.rerunBuildings} buildings, not ${indices.length}`);
    districts.push(t);
    if (v === 90) fast = t.value;
  }
  fulls.push(await timed(() => sim.run(scenario([whole(50)]), YEAR)));
  if (sim.lastDistrictRun?.rerunBuildings !== city.buildings.length) throw new Error("whole change did not re-run all");

  const single = new YearSimulator(module, base, weather);
  const singleCold = await timed(() => single.run(scenario([whole(40), ...local(60)]), YEAR));
  const singleRun = await timed(() => single.run(scenario([whole(40), ...local(90)]), YEAR));
  const ref = singleRun.value;
  const got = fast as NonNullable<typeof fast>;
  let differingBuildings = 0;
  for (let i = 0; i < ref.perBuilding_kWh.length; i++)
    if (ref.perBuilding_kWh[i] !== got.perBuilding_kWh[i]) differingBuildings++;
  let worstIndicatorRel = 0;
  for (const [k, v] of Object.entries(ref.indicators)) {
    const r = Math.abs(got.indicators[k] - v) / Math.max(Math.abs(v), 1e-300);
    if (v !== got.indicators[k]) worstIndicatorRel = Math.max(worstIndicatorRel, r);
  }
  const bestOf = (ts: Timed[]) => ts.reduce((a, b) => (b.cpu_s < a.cpu_s ? b : a));
  const strip = ({ wall_s, cpu_s }: Timed): Timed => ({ wall_s, cpu_s });
  return {
    buildings: city.buildings.length,
    district,
    districtBuildings: indices.length,
    districts: groups.size,
    cold: strip(cold),
    full: strip(bestOf(fulls)),
    district_: strip(bestOf(districts)),
    single: strip(singleRun),
    singleCold: strip(singleCold),
    differingBuildings,
    worstIndicatorRel,
  };
}

export function describeWhatIf(b: WhatIfBench): string[] {
  const t = (x: Timed) => `${x.wall_s.toFixed(3)} s wall, ${x.cpu_s.toFixed(3)} s CPU`;
  return [
    `what-if on ${b.buildings} buildings in ${b.districts} districts (scenario level, district parts):`,
    `  cold year (instances, every part, network):        ${t(b.cold)}`,
    `  cold year, one model for the stock (today):        ${t(b.singleCold)}`,
    `  whole-municipality lever change (all re-run):       ${t(b.full)}`,
    `  lever change in ${b.district} (${b.districtBuildings} buildings re-run): ${t(b.district_)}`,
    `  the same change on today's warm single model:      ${t(b.single)}`,
    `  fast path vs single model: ${b.differingBuildings === 0 ? "per-building energy bit-identical" : `${b.differingBuildings} buildings DIFFERENT`}, worst indicator rel. diff ${b.worstIndicatorRel.toExponential(1)}`,
  ];
}

async function main(): Promise<void> {
  // BENCH_CITY=baerum-stock: the served Bærum stock (24,632 buildings) instead of the repeated one.
  const city =
    process.env.BENCH_CITY === "baerum-stock"
      ? (await loadCity("baerum-stock")).city
      : stock(Number(process.env.BENCH_BUILDINGS ?? 30_000));
  const module = await WebAssembly.compile(readFileSync(wasmPath));
  const b = await benchWhatIf(module, city, osloWeather());
  for (const line of describeWhatIf(b)) console.log(line);
  console.log(
    JSON.stringify({
      buildings: b.buildings,
      whatIfDistrictBuildings: b.districtBuildings,
      whatIfDistrict_ms: +(b.district_.wall_s * 1000).toFixed(1),
      whatIfDistrict_cpu_ms: +(b.district_.cpu_s * 1000).toFixed(1),
      whatIfFull_ms: +(b.full.wall_s * 1000).toFixed(1),
      whatIfFull_cpu_ms: +(b.full.cpu_s * 1000).toFixed(1),
      whatIfSingle_ms: +(b.single.wall_s * 1000).toFixed(1),
      whatIfSingle_cpu_ms: +(b.single.cpu_s * 1000).toFixed(1),
      whatIfCold_cpu_ms: +(b.cold.cpu_s * 1000).toFixed(1),
      whatIfSingleCold_cpu_ms: +(b.singleCold.cpu_s * 1000).toFixed(1),
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
