// One write per client per tick. The state patch and the pose frame of a tick are the same bytes for every
// client of a room (no state views), so they are framed once as WebSocket messages (RFC 6455 §5.2), packed into
// one buffer, and that buffer is written to each client's socket: no per-client framing, copying or corking.
// The profile of `npm run bench:rooms` showed the per-client send path (ws framing, stream bookkeeping, one
// syscall per message) as the server's largest cost; a socket write per client and tick is what remains.
// A client whose socket cannot take a raw frame now (not open, ws busy with a queued or compressed message,
// another transport) gets the same messages through the Colyseus client API instead.
// Replies to one client (`ok`) ride in that client's write of the tick, after the patch that shows what they
// acknowledge: sent on their own, each was a ws send of its own (frame, cork, writev), 5 % of the event loop's
// busy time at 20 × 40 (a vote every 4 ms), against 40 % for all the ticks' writes together.
import { type Client, ClientState } from "@colyseus/core";

interface RawSocket {
  writable: boolean;
  write(bytes: Uint8Array): boolean;
}
/** What is read of a ws WebSocket (ws 8: `_socket`, `_sender`, `_extensions`). */
interface WsInternals {
  readyState?: number;
  _socket?: Partial<RawSocket>;
  _sender?: { _state?: number; _queue?: unknown[] };
  _extensions?: Record<string, unknown>;
}
const WS_OPEN = 1;
const SENDER_IDLE = 0;

/** The socket under a ws WebSocket when a pre-framed message may be written to it now, else undefined. */
function rawSocketOf(client: Client): RawSocket | undefined {
  const ws = (client as unknown as { ref?: WsInternals }).ref;
  if (!ws || ws.readyState !== WS_OPEN) return undefined;
  const sender = ws._sender;
  if (!sender || sender._state !== SENDER_IDLE || (sender._queue?.length ?? 0) > 0) return undefined;
  if (ws._extensions && hasKeys(ws._extensions)) return undefined; // permessage-deflate
  const socket = ws._socket;
  return socket?.writable && typeof socket.write === "function" ? (socket as RawSocket) : undefined;
}

/** Whether an object has an own enumerable key (no key array per client and tick). */
function hasKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

const headerLength = (length: number) => (length < 126 ? 2 : length < 65536 ? 4 : 10);

/** The messages as consecutive final, unmasked binary WebSocket frames in one buffer. */
export function packWebSocketFrames(messages: readonly Uint8Array[]): Buffer {
  let total = 0;
  for (const m of messages) total += headerLength(m.byteLength) + m.byteLength;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const m of messages) {
    const n = m.byteLength;
    out[at] = 0x82; // FIN + opcode 2 (binary)
    if (n < 126) {
      out[at + 1] = n;
      at += 2;
    } else if (n < 65536) {
      out[at + 1] = 126;
      out.writeUInt16BE(n, at + 2);
      at += 4;
    } else {
      out[at + 1] = 127;
      out.writeUInt32BE(0, at + 2);
      out.writeUInt32BE(n, at + 6);
      at += 10;
    }
    out.set(m, at);
    at += n;
  }
  return out;
}

/**
 * Sends this tick's patch (to joined clients, as Colyseus does), pose message (to everyone; a client still
 * joining gets it queued until it has joined) and each client's own replies, if any, after them. Any may be
 * absent; a client with nothing to receive gets no write.
 */
export function fanOut(
  clients: Iterable<Client>,
  patch: Uint8Array | null,
  poses: Uint8Array | null,
  replies?: ReadonlyMap<Client, readonly Uint8Array[]>,
): void {
  if (!patch && !poses && !replies?.size) return;
  let both: Buffer | undefined;
  for (const client of clients) {
    const own = replies?.get(client);
    if (client.state !== ClientState.JOINED) {
      if (poses) client.enqueueRaw(poses);
      if (own) for (const m of own) client.enqueueRaw(m);
      continue;
    }
    if (!patch && !poses && !own) continue;
    const socket = rawSocketOf(client);
    if (!socket) {
      if (patch) client.raw(patch);
      if (poses) client.raw(poses);
      if (own) for (const m of own) client.raw(m);
      continue;
    }
    if ((patch || poses) && !both)
      both = packWebSocketFrames([patch, poses].filter((m): m is Uint8Array => m !== null));
    if (!own) socket.write(both as Buffer);
    else socket.write(both ? Buffer.concat([both, packWebSocketFrames(own)]) : packWebSocketFrames(own));
  }
}
