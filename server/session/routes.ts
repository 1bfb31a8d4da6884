// HTTP side of sessions: create (facilitator gets code + secret), lobby listing, export as JSON, HTML report.
import { matchMaker } from "@colyseus/core";
import express, { type Application, type Request, type Response } from "express";
import { knownMunicipalities } from "../city/loadCity.ts";
import type { SessionStore } from "../persistence/SessionStore.ts";
import { hashSecret, newJoinCode, newSecret, normaliseJoinCode, secretMatches } from "./codes.ts";
import { createSessionSchema, parseWith } from "./messages.ts";
import type { SessionRecord } from "./model.ts";
import { newSessionRecord, Session } from "./Session.ts";
import { sessionContext } from "./sessionContext.ts";
import { sessionIndicators } from "./sessionIndicators.ts";
import { sessionReportHtml } from "./sessionReport.ts";
import type { SessionSimulation } from "./simulation/SessionSimulation.ts";
import { tickStats } from "./tickStats.ts";

export const SESSION_ROOM = "session";

/** The facilitator's record of a session, or an answer already sent (404, 403). */
function facilitatorRecord(req: Request, res: Response, store: SessionStore, what: string): SessionRecord | null {
  const record = store.load(normaliseJoinCode(String(req.params.code)));
  if (!record) {
    res.status(404).json({ error: `no session with code ${req.params.code}` });
    return null;
  }
  if (!secretMatches(req.get("x-facilitator-secret") ?? "", record.secretHash)) {
    res.status(403).json({ error: `${what}: the facilitator secret is required (x-facilitator-secret)` });
    return null;
  }
  return record;
}

export function sessionRoutes(
  app: Application,
  store: SessionStore,
  simulation?: (municipality: string) => SessionSimulation,
): void {
  app.use("/api/sessions", express.json({ limit: "8kb" }));
  app.post("/api/sessions", (req, res) => {
    const parsed = parseWith("session", createSessionSchema, req.body ?? {});
    if (!parsed.ok) return void res.status(400).json({ error: parsed.error });
    const { municipality, focus, decisionRule } = parsed.value;
    if (!knownMunicipalities().includes(municipality))
      return void res.status(400).json({
        error: `session.municipality: "${municipality}" is unknown; known: ${knownMunicipalities().join(", ")}`,
      });
    let code = newJoinCode();
    for (let i = 0; store.exists(code); i++) {
      if (i > 20) return void res.status(503).json({ error: "no free join code; try again" });
      code = newJoinCode();
    }
    const secret = newSecret();
    const name = parsed.value.name ?? `${municipality} ${new Date().toISOString().slice(0, 10)}`;
    store.save(
      newSessionRecord({
        code,
        secretHash: hashSecret(secret),
        municipality,
        focus,
        decisionRule,
        name,
        now: Date.now(),
      }),
    );
    res.status(201).json({ code, facilitatorSecret: secret, room: SESSION_ROOM });
  });

  /** Lobby: stored sessions, with how many people are connected to the live ones (any process). */
  app.get("/api/sessions", async (_req, res) => {
    const live = await matchMaker.query({ name: SESSION_ROOM });
    const clientsByCode = new Map(live.map((r) => [(r.metadata as { code?: string })?.code, r.clients]));
    res.json({
      sessions: store
        .list()
        .map((s) => ({ ...s, live: clientsByCode.has(s.code), connected: clientsByCode.get(s.code) ?? 0 })),
    });
  });

  /** This process' session ticks since `?since=<epoch ms>`: work per tick and lateness (tickStats.ts). */
  app.get("/api/sessions/stats", (req, res) => {
    const since = Number(req.query.since ?? 0);
    res.json(tickStats(Number.isFinite(since) ? since : 0));
  });

  /** The whole session for the record (facilitator only: header x-facilitator-secret). Secrets are left out.
   *  With a simulation: every indicator of baseline and variants in the clock's year (sessionIndicators.ts). */
  app.get("/api/sessions/:code/export", async (req, res) => {
    const record = facilitatorRecord(req, res, store, "export");
    if (!record) return;
    const { secretHash: _s, participants, ...rest } = record;
    let indicators: Awaited<ReturnType<typeof sessionIndicators>> | undefined;
    if (simulation) {
      const sim = simulation(record.municipality);
      try {
        indicators = await sessionIndicators(record, sim);
      } catch (err) {
        return void res.status(500).json({ error: `export: ${(err as Error).message}` });
      } finally {
        await sim.close();
      }
    }
    res.json({
      exportFormat: 1,
      exportedAt: new Date().toISOString(),
      ...rest,
      participants: participants.map(({ keyHash: _k, ...p }) => p),
      indicators,
    });
  });

  /** The HTML report of the session (facilitator only): KPIs of baseline and variants over the years, the
   *  proposals with votes and costs, the decision log. Runs the simulation for each reported year. */
  app.get("/api/sessions/:code/report", async (req, res) => {
    const record = facilitatorRecord(req, res, store, "report");
    if (!record) return;
    if (!simulation) return void res.status(501).json({ error: "report: no simulation configured" });
    const sim = simulation(record.municipality);
    try {
      const session = new Session(record, await sessionContext(record.municipality));
      const html = await sessionReportHtml({ record, simulation: sim, costOf: (p) => session.proposalCost_NOK(p) });
      res
        .type("html")
        .set("content-disposition", `attachment; filename="tvilling-session-${record.code}.html"`)
        .send(html);
    } catch (err) {
      res.status(500).json({ error: `report: ${(err as Error).message}` });
    } finally {
      await sim.close();
    }
  });
}
