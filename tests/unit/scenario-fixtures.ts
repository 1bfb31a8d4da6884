// Shared fixtures of the scenario tests: a small stock spread over the Bærum sample's districts, Bærum's
// dataset facts, a scenario skeleton and the compiled core.
import { readFileSync } from "node:fs";
import type { CityDataset } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { type Intervention, type Scenario, type ScenarioBase, scenarioBase } from "../../sim-core/scenario/index.ts";
import { municipalityFacts } from "../../server/cli/scenarioBase.ts";

/** Every k-th building of the 240-building Bærum sample (all eight districts, n buildings). */
export function spreadCity(n: number): CityDataset {
  const city = JSON.parse(readFileSync("assets/baerum/sample-city.json", "utf8")) as CityDataset;
  const step = Math.floor(city.buildings.length / n);
  return { ...city, buildings: city.buildings.filter((_, i) => i % step === 0).slice(0, n) };
}

export async function smallBase(n = 40, city = spreadCity(n)): Promise<ScenarioBase> {
  return scenarioBase(city, await municipalityFacts("baerum"), 2025);
}

export function scenario(interventions: Intervention[] = [], extra: Partial<Scenario> = {}): Scenario {
  return {
    formatVersion: 1,
    name: "test",
    municipality: "baerum",
    weather: "normals",
    baseYear: 2025,
    horizon: 2050,
    seed: 7,
    interventions,
    ...extra,
  };
}

export const everywhere = { scope: "municipality" } as const;

let module: Promise<WebAssembly.Module> | undefined;
export function wasmModule(): Promise<WebAssembly.Module> {
  module ??= WebAssembly.compile(readFileSync(wasmPath));
  return module;
}
