// Helpers shared by the session-*.test.ts files.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Room } from "@colyseus/sdk";
import { startServer } from "../support/serverProcess.ts";

/** The real server for session tests (tests/support/serverProcess.ts, with the busy-machine allowance). */
export const startSessionServer = startServer;

export async function until(check: () => boolean, timeout_ms = 20_000, what = "condition"): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout_ms) throw new Error(`${what} not reached in ${timeout_ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const tempDbPath = () => join(mkdtempSync(join(tmpdir(), "tvilling-sessions-")), "tvilling.sqlite");

export async function createSession(
  baseUrl: string,
  body: Record<string, unknown> = { municipality: "baerum", focus: "both" },
): Promise<{ code: string; facilitatorSecret: string }> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Records every message of one type a client receives. */
export function collect<T = { type: string; message: string }>(room: Room, type: string): T[] {
  const seen: T[] = [];
  room.onMessage(type, (m: T) => seen.push(m));
  return seen;
}

export interface Welcome {
  participantId: string;
  participantKey: string | null;
  kind: string;
  code: string;
  slot: number;
}

/** Resolves with the "welcome" message; register before joining finishes (messages queue until then). */
export function welcomeOf(room: Room): Promise<Welcome> {
  return new Promise((resolve) => room.onMessage("welcome", (m: Welcome) => resolve(m)));
}
