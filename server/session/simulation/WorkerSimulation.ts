// SessionSimulation on a worker thread, so a year's simulation (the scenario runner) never blocks the room's event loop.
import { Worker } from "node:worker_threads";
import type { Scenario } from "../../../sim-core/scenario/index.ts";
import type { KpiSnapshot, SessionSimulation } from "./SessionSimulation.ts";

type Pending = { resolve: (k: KpiSnapshot) => void; reject: (e: Error) => void };

export class WorkerSimulation implements SessionSimulation {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(municipality: string) {
    // The worker is TypeScript: it runs under tsx's loader whatever started this process (npm start, vitest).
    this.worker = new Worker(new URL("./simWorker.ts", import.meta.url), {
      workerData: { municipality },
      execArgv: ["--import", "tsx"],
    });
    this.worker.unref();
    this.worker.on("message", (m: { id: number; kpi?: KpiSnapshot; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.kpi) p.resolve(m.kpi);
      else p.reject(new Error(m.error ?? "simulation failed"));
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`simulation worker exited with code ${code}`)));
  }

  run(scenario: Scenario, year: number): Promise<KpiSnapshot> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, scenario, year });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
