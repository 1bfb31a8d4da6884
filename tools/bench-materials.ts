// Benchmark: a Bærum-scale materials year in the WASM core — 130,921 inhabitants, 30,000 buildings
// (synthetic: areas, archetypes and ages from a seeded generator), businesses, the default plant.
// Prints the seconds of one simulated year (365 daily steps, 8,760 plant hours, one building-stock
// year) and ends with one JSON line {"materials_s": …} for bench:core to pick up.
// Run: npm run build:wasm && npx tsx tools/bench-materials.ts
import { readFile } from "node:fs/promises";
import { arch, cpus, platform } from "node:os";
import { pathToFileURL } from "node:url";
import { MaterialsCore, MaterialsReference, type MaterialsParams, norwayDefaultParams } from "../sim-core/index.ts";
import { wasmPath } from "../sim-core/node.ts";
import { mulberry32 } from "./random.ts";

const POPULATION = 130_921; // Bærum 2024 (SSB via aprestmo/norway-geodata)
const BUILDINGS = 30_000;
const RUNS = 7;

function baerumScale(): MaterialsParams {
  const rand = mulberry32(3201);
  const archetype = new Float64Array(BUILDINGS);
  const area_m2 = new Float64Array(BUILDINGS);
  const age_yr = new Float64Array(BUILDINGS);
  for (let i = 0; i < BUILDINGS; i++) {
    const r = rand();
    archetype[i] = r < 0.6 ? 0 : r < 0.8 ? 1 : r < 0.93 ? 2 : 3;
    area_m2[i] = [160, 120, 1500, 1500][archetype[i]] * (0.5 + rand());
    age_yr[i] = Math.floor(rand() * 120);
  }
  return norwayDefaultParams({
    population: POPULATION,
    businessFloorArea_m2: { office: 1_200_000, retail: 400_000, school: 300_000, other: 500_000 },
    buildings: { area_m2, archetype, age_yr },
    construction_m2_yr: [40_000, 20_000, 60_000, 30_000],
  });
}

export interface MaterialsBench {
  /** Median seconds of one simulated year in the WASM core (the number bench:core reports). */
  materials_s: number;
  materials_first_s: number;
  materials_setup_s: number;
}

/** Times the Bærum-scale materials year in WASM (setup excluded; it runs once per scenario). */
export async function benchMaterials(runs = RUNS): Promise<MaterialsBench & { core: MaterialsCore }> {
  const params = baerumScale();
  const core = await MaterialsCore.load(await readFile(wasmPath));
  const times: number[] = [];
  const setups: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    core.setup(params);
    const t1 = performance.now();
    core.step(365);
    const t2 = performance.now();
    setups.push((t1 - t0) / 1000);
    times.push((t2 - t1) / 1000);
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { materials_s: median(times), materials_first_s: times[0], materials_setup_s: median(setups), core };
}

async function main(): Promise<void> {
  const { materials_s: median_s, materials_first_s, materials_setup_s: setup_s, core } = await benchMaterials();
  const params = baerumScale();
  const ind = core.indicators();

  const tRef = performance.now();
  new MaterialsReference(params).runYear();
  const reference_s = (performance.now() - tRef) / 1000;

  console.log(
    `machine: ${cpus()[0]?.model ?? "unknown"} (${cpus().length} threads), ${platform()} ${arch()}, Node ${process.version}`,
  );
  console.log(
    `Bærum-scale materials year: ${POPULATION} inhabitants, ${BUILDINGS} buildings, 365 days, 8760 plant hours`,
  );
  console.log(`setup (validate + write inputs + prepare), median: ${setup_s.toFixed(4)} s`);
  console.log(`year in WASM: first ${materials_first_s.toFixed(4)} s, median of ${RUNS} ${median_s.toFixed(4)} s`);
  console.log(`year in the TS reference (for comparison): ${reference_s.toFixed(4)} s`);
  console.log(
    `check: household waste ${ind.householdWaste_kg_per_inh_yr.toFixed(1)} kg/inh, heat ${ind.districtHeatFromWaste_MWh.toFixed(0)} MWh, building stock ${(ind.buildings.stock_t / 1e6).toFixed(2)} Mt`,
  );
  console.log(JSON.stringify({ materials_s: median_s, materials_first_s, materials_setup_s: setup_s }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
