// The SQLite store saves by difference after the first save; a load must always give back the record as it
// is in memory, whatever happened between saves (votes replaced, proposals decided, variants, another process).
import { describe, expect, it } from "vitest";
import { knownMunicipalities } from "../../server/city/loadCity.ts";
import { SessionStore } from "../../server/persistence/SessionStore.ts";
import type { Session } from "../../server/session/Session.ts";
import { testSession } from "../support/testSession.ts";
import { tempDbPath } from "./session-support.ts";

function newSession(): Session {
  return testSession("store test", { municipalities: knownMunicipalities(), districts: [] });
}

describe("SessionStore (node:sqlite)", () => {
  it("saves only what changed, and every load equals the record in memory", () => {
    const path = tempDbPath();
    const store = new SessionStore(path);
    const s = newSession();
    const ok = <T>(o: { ok: boolean; value?: T; error?: string }): T => {
      if (!o.ok) throw new Error(o.error);
      return o.value as T;
    };
    const kari = ok(s.join({ facilitatorSecret: "secret", name: "Kari" })).participant;
    const per = ok(s.join({ name: "Per", role: "citizen" })).participant;
    store.save(s.record);
    expect(store.load("ACDEFG")).toEqual(s.record);

    const p = ok(
      s.propose(per.id, {
        lever: "retrofitRate",
        value: 3,
        startYear: 2027,
        where: { scope: "municipality" },
        rationale: "r",
      }),
    );
    ok(s.vote(per.id, { proposalId: p.id, choice: "for" }));
    store.save(s.record);
    ok(s.vote(per.id, { proposalId: p.id, choice: "against" })); // the vote row is replaced
    ok(s.decide(kari.id, { proposalId: p.id, decision: "accept" }));
    ok(s.branchVariant(kari.id, { name: "B" }));
    ok(s.setRole(kari.id, { participantId: per.id, role: "youth", budget_NOK: 5e6 }));
    store.save(s.record);
    const second = new SessionStore(path); // a fresh process sees the same
    expect(second.load("ACDEFG")).toEqual(s.record);
    expect(store.load("ACDEFG")).toEqual(s.record);

    // Rows removed from the record disappear from the file, too.
    s.record.votes = [];
    s.record.variants = s.record.variants.slice(0, 1);
    s.record.activeVariantId = s.record.variants[0].id;
    store.save(s.record);
    expect(second.load("ACDEFG")).toEqual(s.record);
    store.close();
    second.close();
  });
});
