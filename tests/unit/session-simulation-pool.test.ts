// Rooms share simulation workers (server/session/simulationPool.ts): at most `size` per municipality.
import { describe, expect, it } from "vitest";
import { pooledSimulations } from "../../server/session/simulationPool.ts";
import type { KpiSnapshot, SessionSimulation } from "../../server/session/simulation/SessionSimulation.ts";

function fakes() {
  const made: { municipality: string; closed: boolean; runs: number }[] = [];
  const create = (municipality: string): SessionSimulation => {
    const sim = { municipality, closed: false, runs: 0 };
    made.push(sim);
    return {
      run: async (_s, year) => {
        sim.runs++;
        return { year } as KpiSnapshot;
      },
      close: async () => {
        sim.closed = true;
      },
    };
  };
  return { made, create };
}

describe("simulation pool", () => {
  it("starts at most `size` workers per municipality and spreads rooms over them", async () => {
    const { made, create } = fakes();
    const get = pooledSimulations(create, 2, 0); // no shared results: every run reaches a worker
    const rooms = [get("baerum"), get("baerum"), get("baerum"), get("baerum"), get("alesund")];
    expect(made.map((m) => m.municipality)).toEqual(["baerum", "baerum", "alesund"]);
    for (const r of rooms) await r.run({} as never, 2030);
    expect(made.map((m) => m.runs)).toEqual([2, 2, 1]); // rooms 1, 3 on the first; 2, 4 on the second
  });

  it("keeps a worker while a room uses it; a closed handle closes nothing twice", async () => {
    const { made, create } = fakes();
    const get = pooledSimulations(create, 1);
    const a = get("baerum");
    const b = get("baerum");
    await a.close();
    await a.close(); // twice: counted once
    expect(made[0].closed).toBe(false);
    await b.run({} as never, 2025);
    expect(made[0].runs).toBe(1);
    expect(made).toHaveLength(1);
  });

  it("shares results between rooms: a scenario (whatever its name) and year runs once; failures are not kept", async () => {
    const { made, create } = fakes();
    const get = pooledSimulations(create, 2, 2);
    const [a, b] = [get("baerum"), get("baerum")];
    const scenario = (name: string, value: number) =>
      ({ name, interventions: [{ lever: "heatPumpShare", value }] }) as never;
    const first = await a.run(scenario("Room A", 50), 2030);
    expect(await b.run(scenario("Room B", 50), 2030)).toBe(first); // the other room, the other worker: shared
    await b.run(scenario("Room B", 50), 2031); // another year
    await b.run(scenario("Room B", 60), 2030); // another scenario
    expect(made.map((m) => m.runs)).toEqual([1, 2]);
    await a.run(scenario("Room A", 50), 2030); // evicted (2 kept, least recently used first): runs again
    expect(made.map((m) => m.runs)).toEqual([2, 2]);

    let fail = true;
    const flaky = pooledSimulations(
      () => ({
        run: async (_s, year) => {
          if (fail) throw new Error("worker died");
          return { year } as KpiSnapshot;
        },
        close: async () => {},
      }),
      1,
    )("baerum");
    await expect(flaky.run(scenario("x", 1), 2030)).rejects.toThrow("worker died");
    fail = false;
    expect((await flaky.run(scenario("x", 1), 2030)).year).toBe(2030);
  });
});
