// Preloaded into the server process by `npm run bench:rooms` (node --import): notes when each room's pose
// message leaves (SessionRoom.onPoseMessage) under a key the bots can compute from what they receive (room code
// + FNV-1a of the message bytes). On a line "dump" on stdin it writes {key: sentAt_ms} to $BENCH_PROBE_OUT (not
// on a signal: Colyseus shuts down on SIGUSR2); the bench pairs
// the bots' receipt times with it: the patch latency from the server's send to the bot, on one machine's clock.
import { writeFileSync } from "node:fs";
import { getMessageBytes, Protocol, Room } from "@colyseus/core";
import { SessionRoom } from "../server/session/SessionRoom.ts";
import { fnv1a } from "./bench-rooms-hash.ts";

const sentAt = new Map<string, number>();
const note = (code: string, message: Uint8Array, at_ms: number) => sentAt.set(`${code}:${fnv1a(message)}`, at_ms);
if ("onPoseMessage" in SessionRoom) SessionRoom.onPoseMessage = note;
else {
  // A server from before the hook (to measure a baseline): its frames left through broadcastBytes.
  const broadcastBytes = Room.prototype.broadcastBytes;
  Room.prototype.broadcastBytes = function (this: Room, type, message, options) {
    broadcastBytes.call(this, type, message, options);
    const code = (this.metadata as { code?: string } | undefined)?.code;
    if (type === "poses" && code)
      note(code, getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, "poses", undefined, message), Date.now());
  };
}
process.stdin.on("data", (line) => {
  const out = process.env.BENCH_PROBE_OUT;
  if (out && String(line).includes("dump")) writeFileSync(out, JSON.stringify(Object.fromEntries(sentAt)));
});
process.stdin.unref();
