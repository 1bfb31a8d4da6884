import { Client, type Room } from "@colyseus/sdk";
import type { SessionJoinOptions, SessionStateJson } from "../session/sessionModel.ts";
import { serverHttpUrl } from "./serverUrl.ts";

/** What the server tells this client once, after joining (server/session/SessionRoom.ts onJoin). */
export interface SessionWelcome {
  participantId: string;
  participantKey: string;
  kind: "facilitator" | "participant" | "spectator";
  code: string;
  slot: number;
}

export interface SessionHandlers {
  onState(state: SessionStateJson): void;
  onWelcome(welcome: SessionWelcome): void;
  /** A refusal of one of this client's messages, or a room-wide simulation error: shown, never swallowed. */
  onError(message: string): void;
  onOk(reply: { type: string; id?: string }): void;
}

export interface ProposeMessage {
  lever: string;
  value: number;
  startYear: number;
  rationale: string;
}

export interface SessionConnection {
  room: Room;
  propose(m: ProposeMessage): void;
  vote(proposalId: string, choice: "for" | "against"): void;
  decide(proposalId: string, decision: "accept" | "reject"): void;
  leave(): Promise<unknown>;
}

/** Joins a co-creation session by code; the state arrives as plain JSON (the panel projects it, keeps none). */
export async function joinSessionRoom(options: SessionJoinOptions, h: SessionHandlers): Promise<SessionConnection> {
  const client = new Client(serverHttpUrl());
  const room = await client.joinOrCreate("session", options);
  room.onMessage("welcome", (w: SessionWelcome) => h.onWelcome(w));
  room.onMessage("error", (m: { type?: string; message: string }) => h.onError(m.message));
  room.onMessage("ok", (m: { type: string; id?: string }) => h.onOk(m));
  // Binary results and avatar poses are for the city view and avatars, not for this panel.
  room.onMessage("buildings", () => {});
  room.onMessage("poses", () => {});
  room.onStateChange((state) => h.onState((state as { toJSON(): unknown }).toJSON() as SessionStateJson));
  room.onLeave((code) => {
    if (code > 1001) h.onError(`session: connection closed (${code})`);
  });
  return {
    room,
    propose: (m) => room.send("propose", m),
    vote: (proposalId, choice) => room.send("vote", { proposalId, choice }),
    decide: (proposalId, decision) => room.send("decide", { proposalId, decision }),
    leave: () => room.leave(),
  };
}
