// The state sync (server/session/stateSync.ts) skips decided proposals once synced and keeps proposal costs: a
// state synced after every step of a session must equal a state synced once, from scratch, at any point.
import { describe, expect, it } from "vitest";
import { SessionState } from "../../server/session/SessionState.ts";
import { sessionContext } from "../../server/session/sessionContext.ts";
import { syncState } from "../../server/session/stateSync.ts";
import { mulberry32 } from "../../tools/random.ts";
import { testSession } from "../support/testSession.ts";

describe("session state sync", () => {
  it("synced after every step equals synced once from scratch (votes, decisions, budgets, presence)", async () => {
    const context = await sessionContext("baerum");
    const s = testSession("sync test", context);
    const join = s.join({ facilitatorSecret: "secret", name: "F" });
    if (!join.ok) throw new Error(join.error);
    const facilitator = join.value.participant.id;
    const people: string[] = [];
    for (let i = 0; i < 12; i++) {
      const j = s.join({ name: `P${i}`, role: i % 2 ? "citizen" : "energyCompany" });
      if (j.ok) people.push(j.value.participant.id);
    }
    const connected = new Map(people.map((id, k) => [id, k]));
    const live = new SessionState();
    const rnd = mulberry32(7);
    const levers = ["heatPumpShare", "retrofitRate", "rooftopPvShare", "sourceSeparation"];
    const values: Record<string, number> = {
      heatPumpShare: 40,
      retrofitRate: 2,
      rooftopPvShare: 20,
      sourceSeparation: 10,
    };
    const open: string[] = [];
    let decided = 0;
    for (let step = 0; step < 400; step++) {
      const r = rnd();
      const who = people[Math.floor(rnd() * people.length)];
      if (r < 0.08 || open.length === 0) {
        const lever = levers[step % levers.length];
        const p = s.propose(who, {
          lever,
          value: values[lever] + (step % 5),
          startYear: 2026 + (step % 20),
          where: { scope: "municipality" },
          rationale: `step ${step}`,
        });
        if (p.ok) open.push(p.value.id);
      } else if (r < 0.85) {
        const id = open[Math.floor(rnd() * open.length)];
        s.vote(who, { proposalId: id, choice: rnd() < 0.6 ? "for" : "against" });
      } else if (r < 0.95) {
        const id = open.splice(Math.floor(rnd() * open.length), 1)[0];
        if (s.decide(facilitator, { proposalId: id, decision: rnd() < 0.7 ? "accept" : "reject" }).ok) decided++;
      } else if (r < 0.98) {
        s.setRole(facilitator, { participantId: who, role: "youth", budget_NOK: Math.round(rnd() * 1e8) });
      } else if (connected.has(who)) connected.delete(who);
      else connected.set(who, people.indexOf(who));
      if (rnd() < 0.5) syncState(live, s, connected); // not after every step: as on ticks
      if (step % 50 === 49) {
        syncState(live, s, connected);
        const fresh = new SessionState();
        syncState(fresh, s, connected);
        expect(live.toJSON()).toEqual(fresh.toJSON());
      }
    }
    expect(decided).toBeGreaterThan(10); // the test did exercise settled proposals
    expect(s.record.votes.length).toBeGreaterThan(100);
  }, 60_000);
});
