import { ColyseusTestServer } from "@colyseus/testing";
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { wasmPath } from "../../sim-core/node.ts";
import { INDICATORS, inputsForYear, type Scenario, simulateYear } from "../../sim-core/scenario/index.ts";
import { createTvillingServer } from "../../server/app.ts";
import { loadScenarioBase } from "../../server/cli/scenarioBase.ts";
import { stationWeather } from "../../server/cli/weather.ts";
import { JOIN_CODE_ALPHABET } from "../../server/session/codes.ts";
import { baselineScenario } from "../../server/session/Session.ts";
import { decodePoseFrame, encodePose } from "../../server/session/poses.ts";
import { freePort } from "../support/serverProcess.ts";
import { collect, createSession, tempDbPath, until, type Welcome, welcomeOf } from "./session-support.ts";

// biome-ignore lint/suspicious/noExplicitAny: SDK rooms carry the schema state untyped here
type AnyRoom = Room<any, any>;

describe("co-creation sessions (SessionRoom, several SDK clients)", () => {
  let colyseus: ColyseusTestServer;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    // boot() would take the fixed port 2568 (shared with sim-room.test.ts); listen on a free one instead.
    const server = createTvillingServer({ dbPath: tempDbPath(), env: {} });
    await server.listen(port);
    colyseus = new ColyseusTestServer(server);
    baseUrl = `http://localhost:${port}`;
  });
  afterAll(async () => {
    await colyseus.shutdown();
  });

  async function join(options: Record<string, unknown>): Promise<{
    room: AnyRoom;
    welcome: Welcome;
    errors: { type: string; message: string }[];
    buildings: Uint8Array[];
  }> {
    const room = (await colyseus.sdk.joinOrCreate("session", options)) as AnyRoom;
    // Every handler before the welcome is awaited: the buildings of a finished run follow the welcome at once,
    // and the SDK drops messages that have no handler yet.
    const errors = collect(room, "error");
    const buildings = collect<Uint8Array>(room, "buildings");
    room.onMessage("ok", () => {});
    room.onMessage("poses", () => {});
    const welcome = await welcomeOf(room);
    return { room, welcome, errors, buildings };
  }

  /** A facilitator, two participants in roles and a screen, all in one new session. */
  async function workshop(body?: Record<string, unknown>) {
    const { code, facilitatorSecret } = await createSession(baseUrl, body);
    const facilitator = await join({ code, facilitatorSecret, name: "Kari" });
    const alice = await join({ code, name: "Alice", role: "energyCompany" });
    const bob = await join({ code, name: "Bob", role: "youth" });
    const screen = await join({ code, spectator: true, name: "Big screen" });
    await until(() => bob.room.state.runCount > 0 && screen.room.state.participants.size === 4, 30_000, "first run");
    return { code, facilitatorSecret, facilitator, alice, bob, screen, all: [facilitator, alice, bob, screen] };
  }

  async function propose(who: { room: AnyRoom }, m: Record<string, unknown>): Promise<string> {
    const ok = new Promise<string>((resolve) =>
      who.room.onMessage("ok", (r: { type: string; id: string }) => r.type === "propose" && resolve(r.id)),
    );
    who.room.send("propose", m);
    return ok;
  }

  const leaveAll = (rooms: { room: AnyRoom }[]) => Promise.all(rooms.map((r) => r.room.leave()));

  it("gives the facilitator a join code and secret; people join by code in roles, screens as spectators", async () => {
    const w = await workshop();
    expect(w.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(w.code).not.toMatch(/[01OIL5SZ2B8]/);
    expect(w.facilitator.welcome.kind).toBe("facilitator");
    expect(w.screen.welcome.kind).toBe("spectator");
    const seen = w.screen.room.state.participants;
    const alice = seen.get(w.alice.welcome.participantId);
    expect(alice.name).toBe("Alice");
    expect(alice.role).toBe("energyCompany");
    expect(alice.colour).toBe("#E69F00");
    expect(seen.get(w.bob.welcome.participantId).role).toBe("youth");
    expect(seen.get(w.facilitator.welcome.participantId).kind).toBe("facilitator");
    expect(w.bob.room.state.municipality).toBe("baerum");

    const lobby = await (await fetch(`${baseUrl}/api/sessions`)).json();
    const listed = lobby.sessions.find((s: { code: string }) => s.code === w.code);
    expect(listed).toMatchObject({ municipality: "baerum", focus: "both", live: true, connected: 4, participants: 2 });
    expect(JSON.stringify(lobby)).not.toContain(w.facilitatorSecret);

    await expect(colyseus.sdk.joinOrCreate("session", { code: w.code, facilitatorSecret: "guess" })).rejects.toThrow(
      /wrong facilitator secret/,
    );
    await expect(colyseus.sdk.joinOrCreate("session", { code: "XXXXXX", name: "Eve" })).rejects.toThrow(/no session/);
    await leaveAll(w.all);
  });

  it("propose, vote, accept: the shared scenario and the KPIs change for everyone", async () => {
    const w = await workshop();
    const before = w.bob.room.state.kpi.electricityForHeat_MWh;
    const id = await propose(w.alice, {
      lever: "heatPumpShare",
      value: 50,
      startYear: 2025,
      rationale: "Heat pumps cut the winter peak",
    });
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    w.alice.room.send("vote", { proposalId: id, choice: "for" });
    w.bob.room.send("vote", { proposalId: id, choice: "against" }); // changes Bob's one vote
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => w.facilitator.room.state.proposals.get(id)?.votesFor === 2);
    const runs = w.screen.room.state.runCount;
    w.facilitator.room.send("decide", { proposalId: id, decision: "accept" });
    for (const { room } of w.all)
      await until(() => room.state.runCount > runs && room.state.interventions.length === 1);

    // Heat pumps replace direct electric heating (the scenario runner): the heat demand is unchanged, the
    // electricity for heat falls; the base mix already has heat pumps and district heat, so less electricity
    // than heat goes into space heating even in the baseline.
    for (const { room } of w.all) {
      const s = room.state;
      expect(s.proposals.get(id).status).toBe("accepted");
      expect(s.proposals.get(id).votesFor).toBe(2);
      expect(s.proposals.get(id).votesAgainst).toBe(0);
      expect(s.interventions[0].lever).toBe("heatPumpShare");
      expect(s.kpi.heatDemand_MWh).toBeCloseTo(s.baseline.heatDemand_MWh, 6);
      expect(s.kpi.electricityForHeat_MWh).toBeLessThan(s.baseline.electricityForHeat_MWh);
      expect(s.baseline.electricityForHeat_MWh).toBeLessThan(s.baseline.heatDemand_MWh);
    }
    expect(w.bob.room.state.kpi.electricityForHeat_MWh).toBeLessThan(before);
    await leaveAll(w.all);
  });

  it("gives the facilitator the HTML report: the KPIs of the room's year, proposals with votes and cost", async () => {
    const w = await workshop();
    const id = await propose(w.alice, { lever: "heatPumpShare", value: 50, startYear: 2030, rationale: "Pumps <now>" });
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => w.facilitator.room.state.proposals.get(id)?.votesFor === 1);
    const runs = w.facilitator.room.state.runCount;
    w.facilitator.room.send("decide", { proposalId: id, decision: "accept" });
    w.facilitator.room.send("setClock", { year: 2032 });
    await until(() => w.facilitator.room.state.runCount > runs && w.facilitator.room.state.kpi.year === 2032);
    await new Promise((r) => setTimeout(r, 250)); // the store saves at most every 100 ms
    const url = `${baseUrl}/api/sessions/${w.code}/report`;
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { "x-facilitator-secret": "wrong" } })).status).toBe(403);
    const res = await fetch(url, { headers: { "x-facilitator-secret": w.facilitatorSecret } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|(src|href)="?https?:/); // self-contained
    expect(html).toContain(`<b>${w.code}</b>`);
    expect(html).toContain("Pumps &lt;now&gt;"); // escaped
    // The proposal's row: 1 for, 0 against, 120 × (35 000 + 21 × 500) NOK = 5.5 MNOK, accepted by the facilitator.
    expect(html).toMatch(
      /<td>Alice<\/td><td>Pumps &lt;now&gt;<\/td><td>1<\/td><td>0<\/td><td>5.5 MNOK<\/td><td>accepted \(facilitator\)/,
    );
    // The report's KPIs for the clock's year are the ones the room shows (same simulation, same scenario).
    const s = w.facilitator.room.state;
    const round = (v: number) => (Math.round(v * 10) / 10).toString();
    expect(html).toContain(
      `<tr><td>Electricity for heat (MWh)</td><td>${round(s.baseline.electricityForHeat_MWh)}</td><td>${round(s.kpi.electricityForHeat_MWh)}</td></tr>`,
    );
    await leaveAll(w.all);
  });

  it("shows the scenario runner's baseline year: the same heat demand as a direct run of the base inputs", async () => {
    const w = await workshop();
    // The room's worker runs sim-core/scenario; a run here of the same scenario and year must agree exactly.
    const base = await loadScenarioBase("baerum", 2025);
    const module = await WebAssembly.compile(new Uint8Array(readFileSync(wasmPath)));
    const weather = await stationWeather("oslo-blindern");
    const r = w.screen.room.state;
    const baseline = baselineScenario("baerum", r.name);
    const year = await simulateYear(module, base, inputsForYear(base, baseline, 2025), weather);
    const expected_kWh = year.perBuildingSpaceHeat_kWh.reduce((s, v) => s + v, 0);
    expect(w.screen.room.state.baseline.year).toBe(2025);
    expect(w.screen.room.state.baseline.heatDemand_MWh).toBeCloseTo(expected_kWh / 1000, 6);
    // Per-building results arrive as one binary message (Float32 kWh per building), not as schema fields.
    await until(() => w.screen.buildings.length > 0);
    const b = w.screen.buildings.at(-1) as Uint8Array;
    const perBuilding_kWh = new Float32Array(b.slice().buffer); // copy: the view may be unaligned
    expect(perBuilding_kWh.length).toBe(240);
    const sum_MWh = perBuilding_kWh.reduce((s, v) => s + v, 0) / 1000;
    expect(sum_MWh / w.screen.room.state.kpi.heatDemand_MWh).toBeCloseTo(1, 5);
    await leaveAll(w.all);
  });

  it("carries every indicator of the scenario runner for the year, equal to a direct run, beside the baseline", async () => {
    const w = await workshop();
    const id = await propose(w.alice, { lever: "heatPumpShare", value: 50, startYear: 2030, rationale: "Pumps" });
    const runs = w.facilitator.room.state.runCount;
    w.facilitator.room.send("decide", { proposalId: id, decision: "accept" });
    w.facilitator.room.send("setClock", { year: 2032 });
    const s = w.screen.room.state;
    await until(() => s.runCount > runs && s.kpi.year === 2032 && !s.simulating, 60_000, "the 2032 run");

    // The same scenarios and year run here, directly on the scenario runner, must give the same numbers.
    const base = await loadScenarioBase("baerum", 2025);
    const module = await WebAssembly.compile(new Uint8Array(readFileSync(wasmPath)));
    const weather = await stationWeather("oslo-blindern");
    const baselineScn = baselineScenario("baerum", s.name);
    const shared: Scenario = {
      ...baselineScn,
      interventions: [{ lever: "heatPumpShare", value: 50, startYear: 2030, where: { scope: "municipality" } }],
    };
    const direct = async (scn: Scenario) =>
      (await simulateYear(module, base, inputsForYear(base, scn, 2032), weather)).indicators;
    const [expected, expectedBase] = [await direct(shared), await direct(baselineScn)];
    const same = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

    expect(s.indicators.length).toBe(INDICATORS.length); // one entry per indicator, not per building
    INDICATORS.forEach((d, k) => {
      const i = s.indicators[k];
      expect([i.id, i.u4ssc, i.unit, i.name]).toEqual([d.id, d.u4ssc ?? "", d.unit, d.name.en]);
      same(i.value, expected[d.id]);
      same(i.baseline, expectedBase[d.id]);
      same(i.difference, expected[d.id] - expectedBase[d.id]);
      same(s.variants.get("main").indicators.get(d.id), expected[d.id]); // the comparison of variants
    });
    // Heat pumps for half of the direct-electric buildings use less electricity than the baseline.
    const electricity = s.indicators.find((i: { id: string }) => i.id === "electricityPerCapita");
    expect(electricity.difference).toBeLessThan(0);

    // A branched variant is compared on every indicator too (same scenario so far: same values).
    w.facilitator.room.send("branchVariant", { name: "Bolder" });
    await until(() => s.variants.size === 2 && [...s.variants.values()].every((v) => v.indicators.size > 0));
    for (const v of s.variants.values()) for (const d of INDICATORS) same(v.indicators.get(d.id), expected[d.id]);

    // The JSON export and the HTML report carry every indicator as well.
    await new Promise((r) => setTimeout(r, 250)); // the store saves at most every 100 ms
    const headers = { "x-facilitator-secret": w.facilitatorSecret };
    const exported = await (await fetch(`${baseUrl}/api/sessions/${w.code}/export`, { headers })).json();
    expect(exported.indicators.year).toBe(2032);
    expect(exported.indicators.definitions.map((d: { id: string }) => d.id)).toEqual(INDICATORS.map((d) => d.id));
    for (const d of INDICATORS) {
      same(exported.indicators.baseline[d.id], expectedBase[d.id]);
      same(exported.indicators.variants[0].values[d.id], expected[d.id]);
      same(exported.indicators.variants[0].differenceToBaseline[d.id], expected[d.id] - expectedBase[d.id]);
    }
    const html = await (await fetch(`${baseUrl}/api/sessions/${w.code}/report`, { headers })).text();
    for (const d of INDICATORS) expect(html).toContain(`<td>${d.name.en}</td><td>${d.u4ssc ?? ""}</td>`);
    await leaveAll(w.all);
  }, 120_000);

  it("refuses facilitator actions from participants, server-side, and applies nothing", async () => {
    const w = await workshop();
    const id = await propose(w.alice, { lever: "retrofitRate", value: 3, startYear: 2026, rationale: "Insulate" });
    const attempts: [string, unknown][] = [
      ["decide", { proposalId: id, decision: "accept" }],
      ["setClock", { year: 2040, playing: true }],
      ["setLock", { lever: "retrofitRate", locked: true }],
      ["setFocus", { focus: "circular" }],
      ["reset", {}],
      ["branchVariant", { name: "Mine" }],
      ["setRole", { participantId: w.bob.welcome.participantId, role: "business" }],
      ["setDecisionRule", { rule: "majority" }],
      ["selectVariant", { variantId: "main" }],
    ];
    await until(() => w.facilitator.room.state.proposals.get(id)?.status === "open");
    for (const [type, m] of attempts) w.alice.room.send(type, m);
    await until(() => w.alice.errors.length === attempts.length);
    for (const [i, [type]] of attempts.entries())
      expect(w.alice.errors[i]).toEqual({ type, message: `${type}: only the facilitator may do this` });
    const s = w.facilitator.room.state;
    expect(s.proposals.get(id).status).toBe("open");
    expect(s.year).toBe(2025);
    expect(s.locks.length).toBe(0);
    expect(s.focus).toBe("both");
    expect(s.decisionRule).toBe("facilitator");
    expect(s.variants.size).toBe(1);
    expect(s.participants.get(w.bob.welcome.participantId).role).toBe("youth");
    w.screen.room.send("propose", { lever: "retrofitRate", value: 1, startYear: 2026, rationale: "screen" });
    await until(() => w.screen.errors.length === 1);
    expect(w.screen.errors[0].message).toBe("propose: spectators cannot propose");
    await leaveAll(w.all);
  });

  it("limits a role's proposals to its budget, with the cost by hand; rejected proposals free the budget", async () => {
    const w = await workshop();
    const aliceId = w.alice.welcome.participantId;
    w.facilitator.room.send("setRole", { participantId: aliceId, role: "energyCompany", budget_NOK: 10e6 });
    await until(() => w.alice.room.state.participants.get(aliceId).budget_NOK === 10e6);
    // heatPumpShare 50 % (default 0) of the sample city's 240 buildings = 120 conversions, each 35 000 NOK plus
    // 500 NOK/yr for 2030-2050 (21 years): 120 × (35 000 + 21 × 500) = 5 460 000 NOK.
    const heatPumps = { lever: "heatPumpShare", value: 50, startYear: 2030, rationale: "Heat pumps" };
    const first = await propose(w.alice, heatPumps);
    await until(() => w.bob.room.state.proposals.get(first)?.cost_NOK > 0);
    expect(w.bob.room.state.proposals.get(first).cost_NOK).toBe(5_460_000);
    expect(w.bob.room.state.participants.get(aliceId).committed_NOK).toBe(5_460_000);

    w.alice.room.send("propose", heatPumps); // 2 × 5.46 MNOK > 10 MNOK
    await until(() => w.alice.errors.length === 1);
    expect(w.alice.errors[0]).toEqual({
      type: "propose",
      message:
        "propose: heatPumpShare 50 from 2030 costs 5.5 MNOK (120 × building converted); your budget as energy " +
        "company is 10.0 MNOK, of which 5.5 MNOK is in your open and accepted proposals (4.5 MNOK left)",
    });
    expect(w.facilitator.room.state.proposals.size).toBe(1);
    // Bob has no budget (0 = none): the same proposal is his to make.
    await propose(w.bob, heatPumps);

    w.facilitator.room.send("decide", { proposalId: first, decision: "reject" });
    await until(() => w.alice.room.state.participants.get(aliceId).committed_NOK === 0);
    await propose(w.alice, heatPumps);
    await until(() => w.alice.room.state.participants.get(aliceId).committed_NOK === 5_460_000);
    expect(w.alice.errors.length).toBe(1);
    await leaveAll(w.all);
  });

  it("rejects malformed, out-of-range, unknown and oversized messages with errors; the room keeps working", async () => {
    const w = await workshop();
    const sent: [string, unknown, RegExp][] = [
      [
        "propose",
        { lever: "heatPumpShare", value: "lots", startYear: 2030, rationale: "x" },
        /^propose\.value: .*expected number/,
      ],
      [
        "propose",
        { lever: "teleporters", value: 1, startYear: 2030, rationale: "x" },
        /^propose\.lever: not a known lever/,
      ],
      [
        "propose",
        { lever: "heatPumpShare", value: 140, startYear: 2030, rationale: "x" },
        /^propose\.value: 140 is outside 0-100/,
      ],
      [
        "propose",
        { lever: "heatPumpShare", value: 10, startYear: 2061, rationale: "x" },
        /^propose\.startYear: 2061 is after the horizon 2050/,
      ],
      [
        "propose",
        {
          lever: "heatPumpShare",
          value: 10,
          startYear: 2030,
          rationale: "x",
          where: { scope: "district", district: "Narnia" },
        },
        /^propose\.where\.district: "Narnia" is not a district/,
      ],
      ["propose", null, /^propose: .*expected object/],
      [
        "propose",
        { lever: "heatPumpShare", value: 10, startYear: 2030, rationale: "x".repeat(10_000) },
        /^propose: message is 100\d\d bytes; the limit is 4096$/,
      ],
      ["vote", { proposalId: "nope", choice: "maybe" }, /^vote\.choice: /],
      ["vote", { proposalId: "nope", choice: "for" }, /^vote\.proposalId: no proposal "nope"/],
      ["teleport", { to: "Mars" }, /^teleport: unknown message type$/],
    ];
    for (const [type, m] of sent) w.alice.room.send(type, m);
    await until(() => w.alice.errors.length === sent.length);
    for (const [i, [, , pattern]] of sent.entries()) expect(w.alice.errors[i].message).toMatch(pattern);
    expect(w.screen.room.state.proposals.size).toBe(0);

    const badPoses = [new Uint8Array([0]), new Uint8Array([1, 2, 3]), new Uint8Array([128, 0])];
    for (const b of badPoses) w.bob.room.sendBytes("pose", b);
    await until(() => w.bob.errors.length === 3);
    expect(w.bob.errors.map((e) => e.message)).toEqual([
      "pose: mask 0 names no part and no flag",
      "pose: 3 bytes, expected 10 for mask 1",
      "pose: mask 128 sets reserved bit 7", // bits 4-6 are the vr, hands and walk flags (poses.ts)
    ]);

    // Per-client rate limit: a burst beyond 10 actions is refused, the client stays connected.
    for (let i = 0; i < 15; i++) w.bob.room.send("vote", { proposalId: "nope", choice: "for" });
    await until(() => w.bob.errors.filter((e) => /too many messages/.test(e.message)).length >= 4);
    await new Promise((r) => setTimeout(r, 1200));
    const id = await propose(w.bob, { lever: "heatPumpShare", value: 10, startYear: 2030, rationale: "still here" });
    await until(() => w.screen.room.state.proposals.get(id)?.status === "open");
    await leaveAll(w.all);
  });

  it("locks levers and narrows the focus; the decision rule 'majority' accepts without the facilitator", async () => {
    const w = await workshop();
    w.facilitator.room.send("setLock", { lever: "heatPumpShare", locked: true });
    await until(() => w.alice.room.state.locks.includes("heatPumpShare"));
    w.alice.room.send("propose", { lever: "heatPumpShare", value: 30, startYear: 2030, rationale: "x" });
    w.facilitator.room.send("setFocus", { focus: "circular" });
    await until(() => w.alice.room.state.focus === "circular");
    w.alice.room.send("propose", { lever: "retrofitRate", value: 2, startYear: 2030, rationale: "x" });
    await until(() => w.alice.errors.length === 2);
    expect(w.alice.errors[0].message).toBe("propose.lever: heatPumpShare is locked by the facilitator");
    expect(w.alice.errors[1].message).toBe(
      "propose.lever: retrofitRate is a energy lever; the session's focus is circular",
    );

    w.facilitator.room.send("setDecisionRule", { rule: "majority" });
    await until(() => w.alice.room.state.decisionRule === "majority");
    const id = await propose(w.alice, {
      lever: "sourceSeparation",
      value: 20,
      startYear: 2027,
      rationale: "Sort more",
    });
    w.alice.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => w.bob.room.state.proposals.get(id)?.votesFor === 1);
    expect(w.bob.room.state.proposals.get(id).status).toBe("open"); // 1 of 2 present is not a majority
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => w.screen.room.state.proposals.get(id)?.status === "accepted");
    expect(w.screen.room.state.proposals.get(id).decidedBy).toBe("majority");
    expect(w.screen.room.state.interventions[0].lever).toBe("sourceSeparation");
    await leaveAll(w.all);
  });

  it("branches variants and compares their KPIs; clock and reset are the facilitator's", async () => {
    const w = await workshop();
    w.facilitator.room.send("branchVariant", { name: "Ambitious" });
    await until(() => w.screen.room.state.variants.size === 2);
    const ambitious = w.screen.room.state.activeVariantId;
    expect(ambitious).not.toBe("main");
    const id = await propose(w.alice, { lever: "retrofitRate", value: 5, startYear: 2025, rationale: "Deep retrofit" });
    w.facilitator.room.send("decide", { proposalId: id, decision: "accept" });
    w.facilitator.room.send("setClock", { year: 2035 });
    await until(() => {
      const v = w.screen.room.state.variants;
      return (
        w.screen.room.state.kpi.year === 2035 && v.get(ambitious)?.kpi.year === 2035 && v.get("main")?.kpi.year === 2035
      );
    });
    const v = w.screen.room.state.variants;
    expect(v.get(ambitious).interventionCount).toBe(1);
    expect(v.get("main").interventionCount).toBe(0);
    expect(v.get(ambitious).kpi.heatDemand_MWh).toBeLessThan(v.get("main").kpi.heatDemand_MWh);
    expect(v.get("main").kpi.heatDemand_MWh).toBeCloseTo(w.screen.room.state.baseline.heatDemand_MWh, 6);

    w.facilitator.room.send("selectVariant", { variantId: "main" });
    await until(() => w.bob.room.state.activeVariantId === "main" && w.bob.room.state.interventions.length === 0);
    w.facilitator.room.send("selectVariant", { variantId: ambitious });
    w.facilitator.room.send("reset", {});
    await until(() => w.bob.room.state.activeVariantId === ambitious && w.bob.room.state.year === 2025);
    await until(() => w.bob.room.state.interventions.length === 0 && w.bob.room.state.kpi.year === 2025);
    expect(w.bob.room.state.kpi.heatDemand_MWh).toBeCloseTo(w.bob.room.state.baseline.heatDemand_MWh, 6);
    await leaveAll(w.all);
  });

  it("relays packed poses at ≤ 20 Hz, only when they change", async () => {
    const w = await workshop();
    const frames = collect<Uint8Array>(w.bob.room, "poses");
    const pose = {
      head: {
        position_m: [1.234, 1.7, -2.5] as [number, number, number],
        rotation: [0, 0.3826834, 0, 0.9238795] as [number, number, number, number],
      },
      rightHand: {
        offset_m: [0.3, -0.4, 0.2] as [number, number, number],
        rotation: [0, 0, 0, 1] as [number, number, number, number],
      },
      pointer: { x_m: 5328.4, y_m: 697.2 },
    };
    const bytes = encodePose(pose);
    expect(bytes.length).toBe(1 + 9 + 6 + 4);
    w.alice.room.sendBytes("pose", bytes);
    await until(() => frames.length === 1);
    const got = decodePoseFrame(frames[0]).get(w.alice.welcome.slot);
    expect(got?.head?.position_m).toEqual([1.23, 1.7, -2.5]);
    expect(got?.head?.rotation[1]).toBeCloseTo(0.3826834, 2);
    expect(got?.head?.rotation[3]).toBeCloseTo(0.9238795, 2);
    expect(got?.rightHand?.offset_m).toEqual([0.3, -0.4, 0.2]);
    expect(got?.pointer).toEqual({ x_m: 5328.5, y_m: 697 });
    w.alice.room.sendBytes("pose", bytes); // unchanged: nothing is relayed
    await new Promise((r) => setTimeout(r, 200));
    expect(frames.length).toBe(1);
    w.screen.room.sendBytes("pose", bytes);
    await until(() => w.screen.errors.length === 1);
    expect(w.screen.errors[0].message).toBe("pose: spectators have no avatar");
    await leaveAll(w.all);
  });

  it("keeps identity, role and votes across a reconnection; the facilitator leaving does not end the session", async () => {
    const w = await workshop();
    const id = await propose(w.alice, { lever: "heatPumpShare", value: 20, startYear: 2030, rationale: "x" });
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => w.screen.room.state.proposals.get(id)?.votesFor === 1);
    const bobId = w.bob.welcome.participantId;

    // Network drop (not a consented leave): the server holds Bob's seat for 60 s.
    const token = w.bob.room.reconnectionToken;
    // biome-ignore lint/suspicious/noExplicitAny: reaching the transport to simulate a dropped connection
    (w.bob.room.connection as any).transport.ws.close(3000, "network drop");
    await until(() => w.screen.room.state.participants.get(bobId)?.connected === false);
    const back = (await colyseus.sdk.reconnect(token)) as AnyRoom;
    await until(() => w.screen.room.state.participants.get(bobId)?.connected === true);
    expect(back.sessionId).toBe(w.bob.room.sessionId);
    expect(w.screen.room.state.participants.get(bobId).role).toBe("youth");
    back.send("vote", { proposalId: id, choice: "against" }); // still Bob: replaces his vote
    await until(() => w.screen.room.state.proposals.get(id)?.votesAgainst === 1);
    expect(w.screen.room.state.proposals.get(id).votesFor).toBe(0);

    // The facilitator leaves; the session goes on and the facilitator can come back with the secret.
    await w.facilitator.room.leave();
    const id2 = await propose(w.alice, { lever: "retrofitRate", value: 2, startYear: 2030, rationale: "y" });
    await until(() => back.state.proposals.get(id2)?.status === "open");
    const again = await join({ code: w.code, facilitatorSecret: w.facilitatorSecret });
    expect(again.welcome.participantId).toBe(w.facilitator.welcome.participantId);
    again.room.send("decide", { proposalId: id2, decision: "accept" });
    await until(() => back.state.proposals.get(id2)?.status === "accepted");

    // A participant who left entirely rejoins with the key from the welcome: same identity and votes.
    await back.leave();
    const rejoined = await join({ code: w.code, participantKey: w.bob.welcome.participantKey });
    expect(rejoined.welcome.participantId).toBe(bobId);
    expect(rejoined.room.state.proposals.get(id).votes.get(bobId)).toBe("against");
    await leaveAll([w.alice, w.screen, again, rejoined]);
  });

  it("a reload comes back with the participant key: same person, role and votes; keys cannot be forged", async () => {
    const w = await workshop();
    const s = w.screen.room.state;
    const id = await propose(w.alice, { lever: "heatPumpShare", value: 20, startYear: 2030, rationale: "x" });
    w.bob.room.send("vote", { proposalId: id, choice: "for" });
    await until(() => s.proposals.get(id)?.votesFor === 1);
    const bobId = w.bob.welcome.participantId;
    const key = w.bob.welcome.participantKey as string;
    expect(key).toMatch(/^[\w-]{22}$/); // 128 random bits

    // A reload: the page's socket goes away (not a consented leave, so the server holds the seat 60 s) and the
    // new page joins with the key it kept, not with the reconnection token.
    // biome-ignore lint/suspicious/noExplicitAny: reaching the transport to simulate the page going away
    (w.bob.room.connection as any).transport.ws.close(3001, "page reload");
    await until(() => s.participants.get(bobId)?.connected === false);
    const reloaded = await join({ code: w.code, participantKey: key });
    expect(reloaded.welcome.participantId).toBe(bobId);
    expect(reloaded.welcome.participantKey).toBeNull(); // the key is given once; the page keeps it
    expect(reloaded.welcome.kind).toBe("participant");
    // The held seat is given up at once (the lobby counts 4 connections again), and Bob stays connected.
    const connectedNow = async () =>
      (await (await fetch(`${baseUrl}/api/sessions`)).json()).sessions.find((x: { code: string }) => x.code === w.code)
        .connected;
    const deadline = Date.now() + 20_000;
    while ((await connectedNow()) !== 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await connectedNow()).toBe(4);
    await new Promise((r) => setTimeout(r, 200)); // a patch after the old seat's leave
    const bob = s.participants.get(bobId);
    expect([bob.connected, bob.role, s.participants.size]).toEqual([true, "youth", 4]);
    expect(reloaded.room.state.proposals.get(id).votes.get(bobId)).toBe("for");
    reloaded.room.send("vote", { proposalId: id, choice: "against" }); // still Bob: replaces his vote
    await until(() => s.proposals.get(id)?.votesAgainst === 1);
    expect(s.proposals.get(id).votesFor).toBe(0);

    // Someone else's guess, or a key of another session, is refused and changes nothing.
    const other = await createSession(baseUrl);
    const stranger = await join({ code: other.code, name: "Eve" });
    for (const participantKey of ["A".repeat(22), stranger.welcome.participantKey as string])
      await expect(colyseus.sdk.joinOrCreate("session", { code: w.code, participantKey })).rejects.toThrow(
        "join: unknown participant key",
      );
    expect(s.participants.size).toBe(4);
    await leaveAll([w.facilitator, w.alice, w.screen, reloaded, stranger]);
  });
});
