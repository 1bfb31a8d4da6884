import { readFile } from "node:fs/promises";
import { SolarCore } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";

/** A fresh SolarCore on its own WASM instance. */
export async function freshSolar(): Promise<SolarCore> {
  return SolarCore.load(await readFile(wasmPath));
}
