// Web Worker: owns the WASM core, so a year's run never blocks rendering. A run of the integrated model is
// one synchronous call; requests that arrive meanwhile wait in the message queue, and only the newest of
// each slot runs next (latest wins), so dragging a lever never queues up stale runs. The baseline and what-if
// slots run on warm district parts (WarmRunner): a lever moved for one district re-runs that district only, and
// the whole-municipality runs report their progress as before; the other slots (trajectory years, MAC runs)
// are one-off years on a fresh model.
import { type ModelWeather, weatherFromNormals } from "../../../sim-core/host/model/weather.ts";
import wasmUrl from "../../../sim-core/build/tvilling.wasm?url";
import type { ScenarioBase } from "../../../sim-core/scenario/run/index.ts";
import { baseOf } from "../scenario/whatIfInputs.ts";
import { runCityYear, WarmRunner } from "./modelRun.ts";
import type { FromWorker, ToWorker } from "./simProtocol.ts";

let module: WebAssembly.Module | undefined;
let base: ScenarioBase | undefined;
let weather: ModelWeather | undefined;
let warm: WarmRunner | undefined;
/** Slots whose runs share warm district parts. */
const WARM_SLOTS = new Set(["baseline", "whatIf"]);
const pending = new Map<string, Extract<ToWorker, { type: "run" }>>();
let busy = false;

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setup(message: Extract<ToWorker, { type: "setup" }>): Promise<void> {
  if (!module) {
    const res = await fetch(wasmUrl);
    if (!res.ok) throw new Error(`sim-core could not be fetched (HTTP ${res.status})`);
    module = await WebAssembly.compile(await res.arrayBuffer());
  }
  base = baseOf(message.city);
  weather = weatherFromNormals(message.normals);
  warm = new WarmRunner(module, base, weather);
  post({ type: "ready", buildings: base.city.buildings.length });
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    await nextTask(); // let newer requests already queued replace `pending`
    for (;;) {
      const slot = ["baseline", "whatIf"].find((k) => pending.has(k)) ?? pending.keys().next().value;
      if (slot === undefined) break;
      const request = pending.get(slot) as Extract<ToWorker, { type: "run" }>;
      pending.delete(slot);
      if (!module || !base || !weather) throw new Error("simulation worker: setup has not finished");
      let last = 0;
      const result = await runCityYear(
        module,
        base,
        weather,
        request,
        (f) => {
          if (f - last >= 0.02 || f === 1) {
            last = f;
            post({ type: "progress", runId: request.runId, fraction: f });
          }
        },
        WARM_SLOTS.has(slot) ? warm : undefined,
      );
      const arrays = [
        result.yearly,
        result.floorArea_m2,
        result.system,
        result.pv_kWp,
        result.retrofitted,
        result.waste_kg,
        result.gridImport_W,
        result.gridExport_W,
        result.dhDemand_W,
      ];
      post(
        { type: "result", ...result },
        arrays.map((a) => a.buffer),
      );
      await nextTask();
    }
  } catch (err) {
    post({ type: "error", message: (err as Error).message });
  } finally {
    busy = false;
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === "setup") {
    setup(m).catch((err: Error) => post({ type: "error", message: err.message }));
    return;
  }
  pending.set(m.slot, m);
  void drain();
};
