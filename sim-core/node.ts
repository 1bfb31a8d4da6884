// Node-only loader: reads the built .wasm from disk. Browsers pass fetched bytes to SimCore.load.
import { readFile } from "node:fs/promises";
import { SimCore } from "./host/SimCore.ts";

export const wasmPath = new URL("./build/tvilling.wasm", import.meta.url);

export async function loadSimCore(): Promise<SimCore> {
  let bytes: Buffer;
  try {
    bytes = await readFile(wasmPath);
  } catch {
    throw new Error(`sim-core not built: ${wasmPath.pathname} is missing. Run "npm run build:wasm".`);
  }
  return SimCore.load(bytes);
}
