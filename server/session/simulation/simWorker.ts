// Worker-thread entry of WorkerSimulation: owns one scenario base (the municipality's stock and dataset facts),
// the compiled core and one YearSimulator (warm district parts per year: a lever change re-runs only the
// districts whose buildings' inputs changed, the networks re-dispatch from every district's cached sums; the
// materials year only when its inputs changed); answers run requests in order.
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { wasmPath } from "../../../sim-core/node.ts";
import { type Scenario, YearSimulator } from "../../../sim-core/scenario/index.ts";
import { loadScenarioBase } from "../../cli/scenarioBase.ts";
import { MUNICIPALITY_STATION, stationWeather } from "../../cli/weather.ts";
import { kpiSnapshot } from "./kpiSnapshot.ts";

export interface RunRequest {
  id: number;
  scenario: Scenario;
  year: number;
}

const port = parentPort;
if (!port) throw new Error("simWorker must run in a worker thread");

const municipality = workerData.municipality as string;
const simulators = new Map<number, Promise<YearSimulator>>();
const shared = (async () => {
  const module = await WebAssembly.compile(new Uint8Array(await readFile(wasmPath)));
  const weather = await stationWeather(MUNICIPALITY_STATION[municipality] ?? "oslo-blindern");
  return { module, weather };
})();

/** One simulator per base year (scenarios of a session share it). */
function simulatorFor(baseYear: number): Promise<YearSimulator> {
  let s = simulators.get(baseYear);
  if (!s) {
    s = (async () => {
      const [{ module, weather }, base] = await Promise.all([shared, loadScenarioBase(municipality, baseYear)]);
      return new YearSimulator(module, base, weather, { split: "district" });
    })();
    simulators.set(baseYear, s);
  }
  return s;
}

port.on("message", async (req: RunRequest) => {
  try {
    const sim = await simulatorFor(req.scenario.baseYear);
    const kpi = kpiSnapshot(await sim.run(req.scenario, req.year));
    port.postMessage({ id: req.id, kpi }, [kpi.perBuildingHeat_kWh.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ id: req.id, error: (err as Error).message });
  }
});
