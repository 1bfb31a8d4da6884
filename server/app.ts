// The Tvilling server: Colyseus rooms plus the built client and city data over HTTP, on one port.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineRoom, defineServer } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import express from "express";
import { knownMunicipalities, loadCity } from "./city/loadCity.ts";
import { SimRoom } from "./rooms/SimRoom.ts";

export const CLIENT_DIST = fileURLToPath(new URL("../dist/client/", import.meta.url));

export function createTvillingServer() {
  return defineServer({
    greet: false,
    transport: new WebSocketTransport(),
    rooms: { sim: defineRoom(SimRoom) },
    express: (app) => {
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
