// Main-thread side of the simulation worker: promises for runs, a progress callback, latest-wins.
import type { ArchetypePeriod, CityDataset } from "../../../sim-core/host/city.ts";
import type { FromWorker, ToWorker, WeatherNormals, YearResult } from "./simProtocol.ts";

export class SimClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly runs = new Map<number, (r: YearResult) => void>();
  private readonly hours = new Map<number, (loads: Float64Array) => void>();
  private readyResolve: (() => void) | undefined;
  readonly ready: Promise<void>;

  constructor(
    private readonly onProgress: (fraction: number) => void,
    private readonly onError: (message: string) => void,
  ) {
    this.worker = new Worker(new URL("./simWorker.ts", import.meta.url), { type: "module" });
    this.ready = new Promise((resolve) => {
      this.readyResolve = resolve;
    });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => this.onError(`simulation worker: ${event.message}`);
  }

  setup(city: CityDataset, periods: ArchetypePeriod[], normals: WeatherNormals): Promise<void> {
    this.send({ type: "setup", city, periods, normals });
    return this.ready;
  }

  /** Runs a year; resolves with its result, or never if a newer run supersedes it. */
  runYear(setpoint_C: number): Promise<YearResult> {
    const runId = this.nextId++;
    this.send({ type: "runYear", runId, setpoint_C });
    return new Promise((resolve) => this.runs.set(runId, resolve));
  }

  hourLoads(hour: number, setpoint_C: number): Promise<Float64Array> {
    const requestId = this.nextId++;
    this.send({ type: "hourLoads", requestId, hour, setpoint_C });
    return new Promise((resolve) => this.hours.set(requestId, resolve));
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(m: FromWorker): void {
    if (m.type === "ready") this.readyResolve?.();
    else if (m.type === "progress") this.onProgress(m.fraction);
    else if (m.type === "error") this.onError(m.message);
    else if (m.type === "result") {
      this.runs.get(m.runId)?.(m);
      for (const id of this.runs.keys()) if (id <= m.runId) this.runs.delete(id);
    } else {
      this.hours.get(m.requestId)?.(m.heatLoad_W);
      this.hours.delete(m.requestId);
    }
  }
}
