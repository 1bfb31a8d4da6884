// HTTP side of sessions: create (facilitator gets code + secret), lobby listing, export as JSON.
import { matchMaker } from "@colyseus/core";
import express, { type Application } from "express";
import { knownMunicipalities } from "../city/loadCity.ts";
import type { SessionStore } from "../persistence/SessionStore.ts";
import { hashSecret, newJoinCode, newSecret, normaliseJoinCode, secretMatches } from "./codes.ts";
import { createSessionSchema, parseWith } from "./messages.ts";
import { newSessionRecord } from "./Session.ts";

export const SESSION_ROOM = "session";

export function sessionRoutes(app: Application, store: SessionStore): void {
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

  /** The whole session for the record (facilitator only: header x-facilitator-secret). Secrets are left out. */
  app.get("/api/sessions/:code/export", (req, res) => {
    const record = store.load(normaliseJoinCode(req.params.code));
    if (!record) return void res.status(404).json({ error: `no session with code ${req.params.code}` });
    const secret = req.get("x-facilitator-secret") ?? "";
    if (!secretMatches(secret, record.secretHash))
      return void res.status(403).json({ error: "export: the facilitator secret is required (x-facilitator-secret)" });
    const { secretHash: _s, participants, ...rest } = record;
    res.json({
      exportFormat: 1,
      exportedAt: new Date().toISOString(),
      ...rest,
      participants: participants.map(({ keyHash: _k, ...p }) => p),
    });
  });
}
