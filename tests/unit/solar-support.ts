import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type EpwWeather, parseEpw, SolarCore } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";

/** A fresh SolarCore on its own WASM instance. */
export async function freshSolar(): Promise<SolarCore> {
  return SolarCore.load(await readFile(wasmPath));
}

let denver: EpwWeather | undefined;
/** The Denver TMY3 weather (ASHRAE 140), parsed once per test file. */
export function denverWeather(): EpwWeather {
  denver ??= parseEpw(readFileSync("assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw", "utf8"), "denver.epw");
  return denver;
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
