// Main-thread side of the simulation worker: promises for runs, a progress callback, latest-wins.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { WeatherNormals } from "../../../sim-core/host/model/weather.ts";
import type { Scenario } from "../../../sim-core/scenario/types.ts";
import type { ModelResult } from "./modelResult.ts";
import type { FromWorker, RunSlot, ToWorker } from "./simProtocol.ts";

export class SimClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly runs = new Map<number, { slot: RunSlot; resolve: (r: ModelResult) => void }>();
  private readyResolve: (() => void) | undefined;
  ready: Promise<void>;

  constructor(
    private readonly onProgress: (fraction: number) => void,
    private readonly onError: (message: string) => void,
  ) {
    this.worker = new Worker(new URL("./simWorker.ts", import.meta.url), { type: "module" });
    this.ready = this.newReady();
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => this.onError(`simulation worker: ${event.message}`);
  }

  private newReady(): Promise<void> {
    return new Promise((resolve) => {
      this.readyResolve = resolve;
    });
  }

  /** Gives the worker a (new) city; later runs use it. */
  setup(city: CityDataset, normals: WeatherNormals): Promise<void> {
    this.ready = this.newReady();
    this.send({ type: "setup", city, normals });
    return this.ready;
  }

  /** Runs a scenario's year; resolves with its result, or never if a newer run supersedes it. */
  run(scenario: Scenario, slot: RunSlot, year?: number): Promise<ModelResult> {
    const runId = this.nextId++;
    this.send({ type: "run", runId, slot, scenario, year });
    return new Promise((resolve) => this.runs.set(runId, { slot, resolve }));
  }

  /** Runs asked for and not answered yet (0: the worker has nothing to do). */
  get pending(): number {
    return this.runs.size;
  }

  /** Stops the worker (the city is being replaced). */
  terminate(): void {
    this.worker.terminate();
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(m: FromWorker): void {
    if (m.type === "ready") this.readyResolve?.();
    else if (m.type === "progress") this.onProgress(m.fraction);
    else if (m.type === "error") this.onError(m.message);
    else {
      const done = this.runs.get(m.runId);
      if (!done) return;
      done.resolve(m);
      for (const [id, r] of this.runs) if (id <= m.runId && r.slot === done.slot) this.runs.delete(id);
    }
  }
}
