// Colyseus' WebSocket transport, pinging only the clients that have gone quiet. The stock transport pings every
// client every 3 s and closes one that misses 2 pongs. In a session everyone sends poses at 10-20 Hz, so those
// pings told nothing new and cost a socket write and a read (the pong) per client every 3 s: at 20 sessions ×
// 40 people, 267 of each a second on the rooms' event loop. Here a client whose socket received bytes since
// the last round is alive; a quiet one is pinged (its pong is bytes received), and one that stays quiet for
// PING_MAX_MISSED more rounds is closed: a dead connection goes after 6-9 s, as before.
import { type TransportOptions, WebSocketTransport } from "@colyseus/ws-transport";

export const PING_INTERVAL_MS = 3000;
export const PING_MAX_MISSED = 2;

/** What a round reads and does of a ws WebSocket (`_socket`: ws 8's net.Socket). */
export interface PingedSocket {
  _socket?: { bytesRead?: number };
  ping(data?: undefined, mask?: undefined, cb?: () => void): void;
  terminate(): void;
}
interface Heard {
  bytesRead: number;
  missed: number;
}
export type HeardBook = WeakMap<PingedSocket, Heard>;

/** One round: the talking are alive, the quiet are pinged, the silent are closed. */
export function pingQuietClients(clients: Iterable<PingedSocket>, book: HeardBook): void {
  for (const ws of clients) {
    const bytesRead = ws._socket?.bytesRead ?? 0;
    let heard = book.get(ws);
    if (!heard) {
      heard = { bytesRead, missed: 0 }; // a new client has just been heard (its handshake)
      book.set(ws, heard);
      continue;
    }
    if (bytesRead !== heard.bytesRead) {
      heard.bytesRead = bytesRead;
      heard.missed = 0;
      continue;
    }
    if (heard.missed >= PING_MAX_MISSED) {
      ws.terminate();
      continue;
    }
    heard.missed++;
    ws.ping(undefined, undefined, noop);
  }
}

export class QuietClientPingTransport extends WebSocketTransport {
  private readonly heard: HeardBook = new WeakMap();
  private quietTimer: NodeJS.Timeout | undefined;

  constructor(options: Omit<TransportOptions, "pingInterval" | "pingMaxRetries"> = {}) {
    super({ ...options, pingInterval: 0 }); // the stock round is off; ours below
    this.server?.on("listening", () => {
      clearInterval(this.quietTimer);
      this.quietTimer = setInterval(() => pingQuietClients(this.wss.clients, this.heard), PING_INTERVAL_MS);
      this.quietTimer.unref();
    });
    this.server?.on("close", () => clearInterval(this.quietTimer));
  }
}

function noop(): void {}
