// A participant in a session as an SDK client in the test process (as a VR page would be: it sends poses),
// and the helpers the screen tests share to place one: head rotations and a screen page's city frame.
import { Client, type Room } from "@colyseus/sdk";
import type { Page } from "playwright-core";
import type { Quat } from "../../server/session/poses.ts";

// biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
export type AnyRoom = Room<any, any>;

/** Joins the session; resolves with the room and the pose slot the server gave. */
export async function member(url: string, options: Record<string, unknown>): Promise<{ room: AnyRoom; slot: number }> {
  const room: AnyRoom = await new Client(url).joinOrCreate("session", options);
  let slot = -1;
  room.onMessage("welcome", (w: { slot: number }) => {
    slot = w.slot;
  });
  for (const type of ["buildings", "poses", "ok", "error"]) room.onMessage(type, () => {});
  const started = Date.now();
  while (slot < 0 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
  if (slot < 0) throw new Error("no welcome");
  return { room, slot };
}

export const yawQ = (a: number): Quat => [0, Math.sin(a / 2), 0, Math.cos(a / 2)];
/** Babylon's RotationYawPitchRoll(yaw, pitch, 0) as [x, y, z, w]. */
export const yawPitchQ = (yaw: number, pitch: number): Quat => [
  Math.cos(yaw / 2) * Math.sin(pitch / 2),
  Math.sin(yaw / 2) * Math.cos(pitch / 2),
  -Math.sin(yaw / 2) * Math.sin(pitch / 2),
  Math.cos(yaw / 2) * Math.cos(pitch / 2),
];

/** The city frame of a screen page: centre and span (xrScale.ts citySpan_m) of its city's bounds. */
export const cityFrame = (page: Page) =>
  page.evaluate(() => {
    const b = window.__tvilling?.app.index.bounds;
    if (!b) throw new Error("no city");
    const span = Math.max(b.maxX - b.minX, b.maxZ - b.minZ, 200);
    return { cx: (b.minX + b.maxX) / 2, cz: (b.minZ + b.maxZ) / 2, span };
  });
