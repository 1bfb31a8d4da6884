// Micro-benchmark of a session tick's fan-out (`tsx tools/bench-fanout.ts [clients] [ticks]`): the server's CPU
// time (this thread, so robust on a busy machine) to send one tick's patch + pose frame to every client over
// loopback WebSockets, the Colyseus way (ws.send per message, socket corked around both) against fanout.ts (both
// framed once, one write per client). The receivers run in a child process and only drain their sockets.
import { fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { WebSocket, WebSocketServer } from "ws";
import { packWebSocketFrames } from "../server/session/fanout.ts";

if (process.argv[2] === "--receivers") {
  const [url, n] = [process.argv[3], Number(process.argv[4])];
  let open = 0;
  for (let i = 0; i < n; i++) {
    const ws = new WebSocket(url);
    ws.on("open", () => ++open === n && process.send?.("ready"));
    ws.on("message", () => {});
  }
} else {
  const clients = Number(process.argv[2] ?? 400);
  const ticks = Number(process.argv[3] ?? 200);
  const server = new WebSocketServer({ port: 0, perMessageDeflate: false });
  await new Promise((r) => server.once("listening", r));
  const sockets: WebSocket[] = [];
  server.on("connection", (ws) => sockets.push(ws));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const child = fork(fileURLToPath(import.meta.url), ["--receivers", url, String(clients)], {
    execArgv: ["--import", "tsx"],
  });
  await new Promise((r) => child.once("message", r));
  const patch = new Uint8Array(24).fill(15); // a few votes
  const poses = new Uint8Array(2 + 20 * 25).fill(17); // 20 participants' head and hands
  type Raw = { _socket: { cork(): void; uncork(): void; write(b: Uint8Array): boolean } };
  const modes = {
    "ws.send ×2, corked": () => {
      for (const ws of sockets) {
        const s = (ws as unknown as Raw)._socket;
        s.cork();
        ws.send(patch);
        ws.send(poses);
        s.uncork();
      }
    },
    "pre-framed, one write": () => {
      const both = packWebSocketFrames([patch, poses]);
      for (const ws of sockets) (ws as unknown as Raw)._socket.write(both);
    },
  };
  const totals: Record<string, number> = {};
  for (let round = 0; round < 4; round++)
    for (const [name, tick] of Object.entries(modes)) {
      const before = process.threadCpuUsage();
      for (let t = 0; t < ticks; t++) {
        tick();
        await new Promise((r) => setImmediate(r)); // let the writes complete between ticks
      }
      const used = process.threadCpuUsage(before);
      totals[name] = (totals[name] ?? 0) + used.user + used.system;
    }
  for (const [name, us] of Object.entries(totals))
    console.log(`${name}: ${(us / (4 * ticks * clients)).toFixed(2)} µs CPU per client and tick`);
  child.kill();
  server.close();
  process.exit(0);
}
