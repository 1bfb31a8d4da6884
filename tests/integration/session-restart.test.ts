import { Client, type Room } from "@colyseus/sdk";
import { describe, expect, it } from "vitest";
import { collect, createSession, startSessionServer, tempDbPath, until, welcomeOf } from "./session-support.ts";

// biome-ignore lint/suspicious/noExplicitAny: SDK rooms carry the schema state untyped here
type AnyRoom = Room<any, any>;

describe("session persistence (node:sqlite)", () => {
  it("survives a server restart: the session resumes by code with its scenario, proposals, votes and log", async () => {
    const db = tempDbPath();
    let server = await startSessionServer({ TVILLING_DB: db });
    const { code, facilitatorSecret } = await createSession(server.url, { municipality: "baerum", focus: "energy" });
    let sdk = new Client(server.url.replace("http", "ws"));
    const facilitator = (await sdk.joinOrCreate("session", { code, facilitatorSecret, name: "Kari" })) as AnyRoom;
    const alice = (await sdk.joinOrCreate("session", { code, name: "Alice", role: "municipality" })) as AnyRoom;
    const aliceWelcome = await welcomeOf(alice);
    const ok = collect<{ type: string; id: string }>(alice, "ok");
    alice.send("propose", { lever: "retrofitRate", value: 4, startYear: 2026, rationale: "Schools first" });
    await until(() => ok.length === 1);
    const proposalId = ok[0].id;
    alice.send("vote", { proposalId, choice: "for" });
    await until(() => facilitator.state.proposals.get(proposalId)?.votesFor === 1);
    facilitator.send("decide", { proposalId, decision: "accept" });
    facilitator.send("setClock", { year: 2030 });
    facilitator.send("setLock", { lever: "heatPumpShare", locked: true });
    await until(
      () => alice.state.interventions.length === 1 && alice.state.year === 2030 && alice.state.kpi.year === 2030,
    );
    const kpiBefore = alice.state.kpi.heatDemand_MWh;
    await server.stop();

    server = await startSessionServer({ TVILLING_DB: db });
    sdk = new Client(server.url.replace("http", "ws"));
    const back = (await sdk.joinOrCreate("session", { code, participantKey: aliceWelcome.participantKey })) as AnyRoom;
    const welcome = await welcomeOf(back);
    expect(welcome.participantId).toBe(aliceWelcome.participantId);
    await until(() => back.state.kpi.year === 2030 && back.state.runCount > 0, 60_000); // a new worker, busy machine
    const s = back.state;
    expect(s.code).toBe(code);
    expect(s.focus).toBe("energy");
    expect(s.year).toBe(2030);
    expect([...s.locks]).toEqual(["heatPumpShare"]);
    expect(s.participants.get(welcome.participantId).role).toBe("municipality");
    expect(s.interventions[0].toJSON()).toEqual({
      lever: "retrofitRate",
      value: 4,
      startYear: 2026,
      where: "municipality",
    });
    expect(s.proposals.get(proposalId).status).toBe("accepted");
    expect(s.proposals.get(proposalId).votes.get(welcome.participantId)).toBe("for");
    expect(s.kpi.heatDemand_MWh).toBe(kpiBefore); // same scenario, same year: the deterministic core agrees

    const exported = await (
      await fetch(`${server.url}/api/sessions/${code}/export`, {
        headers: { "x-facilitator-secret": facilitatorSecret },
      })
    ).json();
    expect(exported.variants[0].scenario.interventions).toEqual([
      { lever: "retrofitRate", value: 4, startYear: 2026, where: { scope: "municipality" } },
    ]);
    expect(exported.log.map((e: { action: string }) => e.action)).toEqual([
      "join",
      "join",
      "propose",
      "vote",
      "accept",
      "setClock",
      "setLock",
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/keyHash|secretHash/);
    expect((await fetch(`${server.url}/api/sessions/${code}/export`)).status).toBe(403);
    await back.leave();
    await server.stop();
  }, 240_000);
});
