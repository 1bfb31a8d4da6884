// Web Worker: owns the WASM core, so a year's run never blocks rendering. Runs in chunks and yields
// between them, so progress is posted and a newer request supersedes an older run.
import { SimCore } from "../../../sim-core/host/SimCore.ts";
import { cityHeatLossCoeffs_W_K } from "../../../sim-core/host/city.ts";
import { hourlyTemperatureFromNormals } from "../../../sim-core/host/weather/fromNormals.ts";
import wasmUrl from "../../../sim-core/build/tvilling.wasm?url";
import type { FromWorker, ToWorker } from "./simProtocol.ts";

const CHUNK_H = 146; // 60 chunks a year: progress steps without measurable overhead

let core: SimCore | undefined;
/** A second instance for single-hour queries, so they never disturb a year's run in progress. */
let hourCore: SimCore | undefined;
let heatLossCoeff_W_K: Float64Array = new Float64Array(0);
let outdoorTemp_C: Float64Array = new Float64Array(0);
let latestRun = 0;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup(message: Extract<ToWorker, { type: "setup" }>): Promise<void> {
  const res = await fetch(wasmUrl);
  if (!res.ok) throw new Error(`sim-core could not be fetched (HTTP ${res.status})`);
  const module = await WebAssembly.compile(await res.arrayBuffer());
  core = await SimCore.load(module);
  hourCore = await SimCore.load(module);
  heatLossCoeff_W_K = cityHeatLossCoeffs_W_K(message.city, message.periods);
  outdoorTemp_C = hourlyTemperatureFromNormals(message.normals.monthlyMean_C, message.normals.diurnalAmplitude_K);
  post({ type: "ready", buildings: heatLossCoeff_W_K.length });
}

function requireCore(which: SimCore | undefined): SimCore {
  if (!which) throw new Error("simulation worker: setup has not finished");
  return which;
}

async function runYear(runId: number, setpoint_C: number): Promise<void> {
  latestRun = runId;
  const sim = requireCore(core);
  const started = performance.now();
  sim.setup(
    { heatLossCoeff_W_K, setpoint_C: new Float64Array(heatLossCoeff_W_K.length).fill(setpoint_C) },
    outdoorTemp_C,
  );
  const hours = outdoorTemp_C.length;
  const cityLoad_W = new Float64Array(hours);
  for (let h = 0; h < hours; ) {
    const end = Math.min(hours, h + CHUNK_H);
    for (; h < end; h++) {
      sim.step(1);
      cityLoad_W[h] = sim.totalLoad_W;
    }
    post({ type: "progress", runId, fraction: h / hours });
    await yieldToMessages();
    if (latestRun !== runId) return; // superseded: the newer run reports instead
  }
  const heatEnergy_kWh = sim.heatEnergy_kWh.slice();
  const coeffs = heatLossCoeff_W_K.slice();
  const temps = outdoorTemp_C.slice();
  post(
    {
      type: "result",
      runId,
      setpoint_C,
      heatEnergy_kWh,
      heatLossCoeff_W_K: coeffs,
      cityLoad_W,
      outdoorTemp_C: temps,
      run_ms: performance.now() - started,
    },
    [heatEnergy_kWh.buffer, coeffs.buffer, cityLoad_W.buffer, temps.buffer],
  );
}

function hourLoads(requestId: number, hour: number, setpoint_C: number): void {
  const sim = requireCore(hourCore);
  if (sim.buildingCount !== heatLossCoeff_W_K.length)
    sim.setup({ heatLossCoeff_W_K, setpoint_C: new Float64Array(heatLossCoeff_W_K.length) }, outdoorTemp_C);
  sim.setAllSetpoints(setpoint_C);
  sim.hour = hour;
  sim.step(1);
  const heatLoad_W = sim.heatLoad_W.slice();
  post({ type: "hourLoads", requestId, hour, setpoint_C, heatLoad_W }, [heatLoad_W.buffer]);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  const work =
    m.type === "setup"
      ? setup(m)
      : m.type === "runYear"
        ? runYear(m.runId, m.setpoint_C)
        : Promise.resolve(hourLoads(m.requestId, m.hour, m.setpoint_C));
  work.catch((err: Error) => post({ type: "error", message: err.message }));
};
