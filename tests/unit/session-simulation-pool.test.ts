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
    const get = pooledSimulations(create, 2);
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
});
