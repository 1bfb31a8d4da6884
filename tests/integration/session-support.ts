// Helpers shared by the session-*.test.ts files.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Room } from "@colyseus/sdk";
import { freePort, type RunningServer } from "../support/serverProcess.ts";

/** Like startServer of tests/support, with a start-up allowance for a busy CI machine (several servers at once). */
export async function startSessionServer(
  env: Record<string, string>,
  startTimeout_ms = 90_000,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--no-warnings", "--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://localhost:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${startTimeout_ms} ms:\n${output}`)),
      startTimeout_ms,
    );
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    const poll = setInterval(() => {
      if (output.includes(url)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

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
