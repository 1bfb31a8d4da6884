// Worker-thread entry of WorkerSimulation: owns one WASM core and one city, answers run requests in order.
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import type { ArchetypePeriod } from "../../../sim-core/index.ts";
import { loadSimCore } from "../../../sim-core/node.ts";
import { ASSETS_DIR, loadCity } from "../../city/loadCity.ts";
import { runYear } from "./runYear.ts";

export interface RunRequest {
  id: number;
  scenario: import("../../../sim-core/scenario/index.ts").Scenario;
  year: number;
}

const port = parentPort;
if (!port) throw new Error("simWorker must run in a worker thread");

const ready = (async () => {
  const loaded = await loadCity(workerData.municipality as string);
  const { periods } = JSON.parse(await readFile(new URL("archetypes/envelope-by-period.json", ASSETS_DIR), "utf8")) as {
    periods: ArchetypePeriod[];
  };
  return { core: await loadSimCore(), model: { city: loaded.city, periods }, outdoorTemp_C: loaded.outdoorTemp_C };
})();

port.on("message", async (req: RunRequest) => {
  try {
    const { core, model, outdoorTemp_C } = await ready;
    const kpi = runYear(core, model, outdoorTemp_C, req.scenario, req.year);
    port.postMessage({ id: req.id, kpi }, [kpi.perBuildingHeat_kWh.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ id: req.id, error: (err as Error).message });
  }
});
