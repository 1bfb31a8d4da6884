// Rooms share simulation workers: at most `size` per municipality, each room on the least used one. Starting a
// worker (a V8 isolate that loads the TypeScript host and the WASM core) cost more CPU than anything else on
// the join path of `npm run bench:rooms`: with a worker per room, 20 sessions opening at once starved the
// event loop until seat reservations expired. A worker answers requests by id, so rooms can share one.
// Results are shared too: the simulation is deterministic, so a scenario (its name aside) and year already
// run for one room, the report or the export is the same for every other (each room's baseline and empty first
// variant, every year of a report); the last `cacheSize` results per municipality are kept. The key is what the
// year reads of the scenario (yearResultKey.ts): its name and interventions that start later do not count.
import { availableParallelism } from "node:os";
import type { KpiSnapshot, SessionSimulation } from "./simulation/SessionSimulation.ts";
import { yearResultKey } from "./yearResultKey.ts";

/** How long an unused worker stays, for the next room of its municipality [ms]. */
const IDLE_CLOSE_MS = 30_000;

interface Entry {
  sim: SessionSimulation;
  users: number;
  broken: boolean;
  idle?: NodeJS.Timeout;
}

export function pooledSimulations(
  create: (municipality: string) => SessionSimulation,
  size = Math.max(2, availableParallelism() - 1),
  cacheSize = 128,
): (municipality: string) => SessionSimulation {
  const pools = new Map<string, Entry[]>();
  const caches = new Map<string, Map<string, Promise<KpiSnapshot>>>();
  return (municipality) => {
    let cache = caches.get(municipality);
    if (!cache) {
      cache = new Map();
      caches.set(municipality, cache);
    }
    const results = cache;
    let pool = pools.get(municipality);
    if (!pool) {
      pool = [];
      pools.set(municipality, pool);
    }
    const list = pool;
    const usable = list.filter((e) => !e.broken);
    let entry: Entry;
    if (usable.length < size) {
      entry = { sim: create(municipality), users: 0, broken: false };
      list.push(entry);
    } else entry = usable.reduce((a, b) => (b.users < a.users ? b : a));
    entry.users++;
    clearTimeout(entry.idle);
    let closed = false;
    const retire = async () => {
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
      await entry.sim.close();
    };
    return {
      run: (scenario, year): Promise<KpiSnapshot> => {
        const key = cacheSize > 0 ? yearResultKey(scenario, year) : "";
        const known = key ? results.get(key) : undefined;
        if (known) {
          results.delete(key); // most recently used last
          results.set(key, known);
          return known;
        }
        const result = entry.sim.run(scenario, year).catch((err) => {
          entry.broken = true; // new rooms get a fresh worker; this one's users see the error
          results.delete(key);
          throw err;
        });
        if (key) {
          results.set(key, result);
          if (results.size > cacheSize) results.delete(results.keys().next().value as string);
        }
        return result;
      },
      close: async () => {
        if (closed) return;
        closed = true;
        entry.users--;
        if (entry.users > 0) return;
        if (entry.broken) return retire();
        entry.idle = setTimeout(() => void retire(), IDLE_CLOSE_MS);
        entry.idle.unref();
      },
    };
  };
}
