// fanOut (server/session/fanout.ts): one write per client and tick, the shared messages framed once, a client's own
// replies after them in the same write; clients that cannot take raw frames get the messages through Colyseus.
import { type Client, ClientState } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { fanOut, packWebSocketFrames } from "../../server/session/fanout.ts";

function fakeClient(state: number = ClientState.JOINED, rawSocket = true) {
  const writes: Buffer[] = [];
  const viaColyseus: Uint8Array[] = [];
  const queued: Uint8Array[] = [];
  const ws = {
    readyState: 1,
    _sender: { _state: 0, _queue: [] },
    _extensions: {},
    _socket: rawSocket ? { writable: true, write: (b: Buffer) => writes.push(Buffer.from(b)) > 0 } : undefined,
  };
  const client = {
    state,
    ref: ws,
    raw: (b: Uint8Array) => viaColyseus.push(b),
    enqueueRaw: (b: Uint8Array) => queued.push(b),
  } as unknown as Client;
  return { client, writes, viaColyseus, queued };
}

const bytes = (...v: number[]) => new Uint8Array(v);

describe("fanOut", () => {
  it("writes patch and poses once framed to every joined client; replies follow in the same write", () => {
    const patch = bytes(15, 1, 2);
    const poses = bytes(17, 9, 9, 9);
    const ok = bytes(13, 7);
    const [a, b] = [fakeClient(), fakeClient()];
    fanOut([a.client, b.client], patch, poses, new Map([[b.client, [ok]]]));
    const shared = packWebSocketFrames([patch, poses]);
    expect(a.writes).toEqual([shared]);
    expect(b.writes).toEqual([Buffer.concat([shared, packWebSocketFrames([ok])])]);
    // Frame layout by hand (RFC 6455 §5.2): FIN + binary opcode, unmasked length, payload.
    expect([...packWebSocketFrames([ok])]).toEqual([0x82, 2, 13, 7]);
  });

  it("a tick with only replies writes to their clients alone; joining and raw-less clients get them via Colyseus", () => {
    const ok = bytes(13, 7);
    const [quiet, replied, joining, other] = [
      fakeClient(),
      fakeClient(),
      fakeClient(ClientState.JOINING),
      fakeClient(ClientState.JOINED, false),
    ];
    const replies = new Map([
      [replied.client, [ok, ok]],
      [joining.client, [ok]],
      [other.client, [ok]],
    ]);
    fanOut([quiet.client, replied.client, joining.client, other.client], null, null, replies);
    expect(quiet.writes).toEqual([]);
    expect(replied.writes).toEqual([packWebSocketFrames([ok, ok])]);
    expect(joining.queued).toEqual([ok]);
    expect(other.viaColyseus).toEqual([ok]);
  });
});
