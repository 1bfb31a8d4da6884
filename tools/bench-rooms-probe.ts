// Preloaded into the server process by `npm run bench:rooms` (node --import): notes when each room's pose
// message leaves (SessionRoom.onPoseMessage) under a key the bots can compute from what they receive (room code
// + FNV-1a of the message bytes). On a line "dump" on stdin it writes {key: sentAt_ms} to $BENCH_PROBE_OUT (not
// on a signal: Colyseus shuts down on SIGUSR2); the bench pairs
// the bots' receipt times with it: the patch latency from the server's send to the bot, on one machine's clock.
// It also measures the CPU time (not wall time: robust on a busy machine) of each room tick and the room's
// clients then, so that servers can be compared by CPU per client and tick, whatever else runs.
import { writeFileSync } from "node:fs";
import { Session as Inspector } from "node:inspector";
import { getMessageBytes, Protocol, Room } from "@colyseus/core";
import { SessionRoom } from "../server/session/SessionRoom.ts";
import { fnv1a } from "./bench-rooms-hash.ts";

const sentAt = new Map<string, number>();
/** Per tick: [epoch ms, CPU µs of broadcastPatch, clients of the room]. */
const ticks: number[] = [];
const broadcastPatch = SessionRoom.prototype.broadcastPatch;
SessionRoom.prototype.broadcastPatch = function (this: SessionRoom) {
  const before = process.threadCpuUsage(); // this thread only: the simulation workers are not the tick's
  const changed = broadcastPatch.call(this);
  const used = process.threadCpuUsage(before);
  ticks.push(Date.now(), used.user + used.system, this.clients.length);
  return changed;
};
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
/** Every 250 ms: [epoch ms, CPU µs of the main thread so far]. */
const mainThread: number[] = [];
setInterval(() => {
  const u = process.threadCpuUsage();
  mainThread.push(Date.now(), u.user + u.system);
}, 250).unref();
// With $BENCH_PROFILE_OUT: a V8 CPU profile of the measurement window only ("profile" … "dump" on stdin).
const inspector = new Inspector();
process.stdin.on("data", (line) => {
  const profileOut = process.env.BENCH_PROFILE_OUT;
  if (profileOut && String(line).includes("profile")) {
    inspector.connect();
    inspector.post("Profiler.enable", () => inspector.post("Profiler.start"));
  }
  if (profileOut && String(line).includes("dump"))
    inspector.post("Profiler.stop", (err, r) => {
      if (!err) writeFileSync(profileOut, JSON.stringify(r.profile));
    });
  const out = process.env.BENCH_PROBE_OUT;
  if (out && String(line).includes("dump"))
    writeFileSync(out, JSON.stringify({ sent: Object.fromEntries(sentAt), ticks, mainThread }));
});
process.stdin.unref();
