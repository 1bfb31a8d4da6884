import { Client, type Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRedis, startRedis } from "../support/redis.ts";
import type { RunningServer } from "../support/serverProcess.ts";
import { collect, createSession, startSessionServer, tempDbPath, until, welcomeOf } from "./session-support.ts";

// biome-ignore lint/suspicious/noExplicitAny: SDK rooms carry the schema state untyped here
type AnyRoom = Room<any, any>;

describe("scale-out: two server processes on Redis serve one session", () => {
  let redis: RunningRedis;
  let one: RunningServer;
  let two: RunningServer;

  beforeAll(async () => {
    redis = await startRedis();
    const db = tempDbPath(); // both processes share the session database (SQLite WAL)
    [one, two] = await Promise.all([
      startSessionServer({ REDIS_URL: redis.url, TVILLING_DB: db }),
      startSessionServer({ REDIS_URL: redis.url, TVILLING_DB: db }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await redis?.stop();
  });

  it("client A matched on process 1 and client B on process 2 join one code and see each other's proposals", async () => {
    const { code } = await createSession(one.url);
    const a = (await new Client(one.url.replace("http", "ws")).joinOrCreate("session", { code, name: "A" })) as AnyRoom;
    const wa = await welcomeOf(a);
    // B asks process 2: its matchmaker finds the room through Redis and returns a seat on the hosting process.
    const b = (await new Client(two.url.replace("http", "ws")).joinOrCreate("session", { code, name: "B" })) as AnyRoom;
    const wb = await welcomeOf(b);
    expect(b.roomId).toBe(a.roomId);
    await until(() => a.state.participants.size === 2 && b.state.participants.size === 2);

    const okA = collect<{ id: string }>(a, "ok");
    a.send("propose", { lever: "heatPumpShare", value: 40, startYear: 2030, rationale: "from A" });
    await until(() => okA.length === 1);
    await until(() => b.state.proposals.get(okA[0].id)?.authorId === wa.participantId);
    const okB = collect<{ id: string }>(b, "ok");
    b.send("propose", { lever: "retrofitRate", value: 2, startYear: 2028, rationale: "from B" });
    await until(() => okB.length === 1);
    await until(() => a.state.proposals.get(okB[0].id)?.authorId === wb.participantId);
    b.send("vote", { proposalId: okA[0].id, choice: "for" });
    await until(() => a.state.proposals.get(okA[0].id)?.votesFor === 1);

    // The lobby of either process lists the live session with both people in it.
    for (const server of [one, two]) {
      const lobby = await (await fetch(`${server.url}/api/sessions`)).json();
      expect(lobby.sessions.find((s: { code: string }) => s.code === code)).toMatchObject({ live: true, connected: 2 });
    }
    await a.leave();
    await b.leave();
  }, 120_000);
});
