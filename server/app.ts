// The Tvilling server: Colyseus rooms plus the built client and city data over HTTP, on one port.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineRoom, defineServer } from "@colyseus/core";
import express from "express";
import { knownMunicipalities, loadCity } from "./city/loadCity.ts";
import { SimRoom } from "./rooms/SimRoom.ts";
import { QuietClientPingTransport } from "./quietClientPing.ts";
import { scaleOutFromEnv } from "./scaleout/scaleout.ts";
import { DEFAULT_DB_PATH, SessionStore } from "./persistence/SessionStore.ts";
import { SESSION_ROOM, sessionRoutes } from "./session/routes.ts";
import { SessionRoom, type SessionRoomOptions, type SessionServices } from "./session/SessionRoom.ts";
import { WorkerSimulation } from "./session/simulation/WorkerSimulation.ts";
import { pooledSimulations } from "./session/simulationPool.ts";

export const CLIENT_DIST = fileURLToPath(new URL("../dist/client/", import.meta.url));

export interface TvillingServerOptions {
  /** SQLite file of the sessions (default $TVILLING_DB, else ./data/tvilling.sqlite). */
  dbPath?: string;
  /** Environment for scale-out (REDIS_URL, PUBLIC_ADDRESS, PORT); default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Largest WebSocket frame a client may send [bytes]; larger ones close the connection (ws code 1009). */
export const MAX_WS_PAYLOAD_BYTES = 64 * 1024;

export function createTvillingServer(options: TvillingServerOptions = {}) {
  const env = options.env ?? process.env;
  const store = new SessionStore(options.dbPath ?? env.TVILLING_DB ?? DEFAULT_DB_PATH);
  const services: SessionServices = {
    store,
    simulation: pooledSimulations((municipality) => new WorkerSimulation(municipality)),
  };
  return defineServer({
    greet: false,
    transport: new QuietClientPingTransport({ maxPayload: MAX_WS_PAYLOAD_BYTES }),
    ...scaleOutFromEnv(env),
    rooms: {
      sim: defineRoom(SimRoom),
      [SESSION_ROOM]: defineRoom(SessionRoom, { services } as SessionRoomOptions).filterBy(["code"]),
    },
    express: (app) => {
      sessionRoutes(app, store, services.simulation);
      app.get("/api/city/:municipality", async (req, res) => {
        try {
          res.json((await loadCity(req.params.municipality)).city);
        } catch (err) {
          res.status(404).json({ error: (err as Error).message, known: knownMunicipalities() });
        }
      });
      app.get("/api/health", (_req, res) => {
        res.json({ ok: true });
      });
      if (existsSync(CLIENT_DIST)) app.use(express.static(CLIENT_DIST));
      else
        app.get("/", (_req, res) => {
          res.status(503).send('Client not built: run "npm run build" (npm start does it for you).');
        });
    },
  });
}
