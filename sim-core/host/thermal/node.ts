// Node-only loader of the thermal host (reads the built .wasm from disk).
import { readFile } from "node:fs/promises";
import { wasmPath } from "../../node.ts";
import { ThermalCore } from "./ThermalCore.ts";

export async function loadThermalCore(): Promise<ThermalCore> {
  let bytes: Buffer;
  try {
    bytes = await readFile(wasmPath);
  } catch {
    throw new Error(`sim-core not built: ${wasmPath.pathname} is missing. Run "npm run build:wasm".`);
  }
  return ThermalCore.load(bytes);
}
