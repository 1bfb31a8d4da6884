// Loads the same tvilling.wasm the server runs, for in-browser simulation (Web Worker in the client issue).
import { SimCore } from "../../../sim-core/host/SimCore.ts";
import wasmUrl from "../../../sim-core/build/tvilling.wasm?url";

export async function loadCoreInBrowser(): Promise<SimCore> {
  const res = await fetch(wasmUrl);
  if (!res.ok) throw new Error(`sim-core could not be fetched (HTTP ${res.status})`);
  return SimCore.load(await res.arrayBuffer());
}
