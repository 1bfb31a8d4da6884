// QuietClientPingTransport's round (server/quietClientPing.ts): clients that send are never pinged, quiet ones are,
// a pong keeps them, and one silent through PING_MAX_MISSED pings is closed on the next round.
import { describe, expect, it } from "vitest";
import { type HeardBook, PING_MAX_MISSED, type PingedSocket, pingQuietClients } from "../../server/quietClientPing.ts";

function fakeSocket() {
  const s = {
    _socket: { bytesRead: 100 },
    pings: 0,
    terminated: false,
    ping() {
      s.pings++;
    },
    terminate() {
      s.terminated = true;
    },
  };
  return s satisfies PingedSocket;
}

describe("pinging quiet clients", () => {
  it("pings nobody who sent something since the last round", () => {
    const book: HeardBook = new WeakMap();
    const talking = fakeSocket();
    for (let round = 0; round < 10; round++) {
      pingQuietClients([talking], book);
      talking._socket.bytesRead += 30; // a pose between rounds
    }
    expect(talking.pings).toBe(0);
    expect(talking.terminated).toBe(false);
  });

  it("pings a quiet client; its pong (bytes read) counts as heard, so it is pinged every other round and kept", () => {
    const book: HeardBook = new WeakMap();
    const quiet = fakeSocket();
    pingQuietClients([quiet], book); // first seen: heard at its handshake
    for (let round = 0; round < 10; round++) {
      const before = quiet.pings;
      pingQuietClients([quiet], book);
      if (quiet.pings > before) quiet._socket.bytesRead += 6; // the pong frame
    }
    expect(quiet.pings).toBe(5);
    expect(quiet.terminated).toBe(false);
  });

  it("closes a client that answers none of PING_MAX_MISSED pings, on the round after the last", () => {
    const book: HeardBook = new WeakMap();
    const dead = fakeSocket();
    pingQuietClients([dead], book);
    for (let round = 0; round < PING_MAX_MISSED; round++) pingQuietClients([dead], book);
    expect(dead.pings).toBe(PING_MAX_MISSED);
    expect(dead.terminated).toBe(false);
    pingQuietClients([dead], book);
    expect(dead.terminated).toBe(true);
    expect(dead.pings).toBe(PING_MAX_MISSED);
  });
});
