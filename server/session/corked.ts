// Runs `send` with every client's TCP socket corked, so that everything sent to a client in one tick (the
// state patch and the pose frame) leaves in one writev instead of one syscall per message. The profile of
// `npm run bench:rooms` showed the per-message socket writes as the server's largest cost.
import type { Client } from "@colyseus/core";

interface Corkable {
  cork(): void;
  uncork(): void;
}

/** The net.Socket under a ws WebSocket (ws keeps it in `_socket`); undefined for other transports. */
function socketOf(client: Client): Corkable | undefined {
  const socket = (client as unknown as { ref?: { _socket?: Partial<Corkable> } }).ref?._socket;
  return typeof socket?.cork === "function" && typeof socket.uncork === "function" ? (socket as Corkable) : undefined;
}

export function corked<T>(clients: readonly Client[], send: () => T): T {
  const sockets: Corkable[] = [];
  for (const client of clients) {
    const socket = socketOf(client);
    if (socket) {
      socket.cork();
      sockets.push(socket);
    }
  }
  try {
    return send();
  } finally {
    for (const socket of sockets) socket.uncork();
  }
}
