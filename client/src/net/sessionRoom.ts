import { Client, type Room } from "@colyseus/sdk";
import { PoseBook } from "../../../server/session/poses.ts";
import type { SessionJoinOptions, SessionStateJson } from "../session/sessionModel.ts";
import { forgetRejoinKey, storedRejoinKey, storeRejoinKey } from "./rejoinKey.ts";
import { serverHttpUrl } from "./serverUrl.ts";

/** What the server tells this client once, after joining (server/session/SessionRoom.ts onJoin). */
export interface SessionWelcome {
  participantId: string;
  /** The key to come back as this participant; null when the join was itself a rejoin with the key. */
  participantKey: string | null;
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
  /** Binary "poses" frames (server/session/poses.ts: decodePoseFrame), for avatars; optional. */
  onPoses?(frame: Uint8Array): void;
}

/** Messages only the facilitator may send (server/session/messages.ts), with their bodies. */
export interface FacilitatorMessages {
  setClock: { year?: number; playing?: boolean; speed_yr_min?: number };
  setFocus: { focus: "energy" | "circular" | "both" };
  setLock: { lever: string; locked: boolean };
  setDecisionRule: { rule: "facilitator" | "majority" };
  setRole: { participantId: string; role: string; budget_NOK?: number };
  reset: Record<string, never>;
  branchVariant: { name: string };
  selectVariant: { variantId: string };
}

export interface ProposeMessage {
  lever: string;
  value: number;
  startYear: number;
  rationale: string;
}

export interface SessionConnection {
  room: Room;
  /** Everyone's latest pose since joining (the join snapshot included): views opened later start from it. */
  poses: PoseBook;
  propose(m: ProposeMessage): void;
  vote(proposalId: string, choice: "for" | "against"): void;
  decide(proposalId: string, decision: "accept" | "reject"): void;
  /** A facilitator control; the server refuses it (an `error` reply) for anyone else. */
  control<T extends keyof FacilitatorMessages>(type: T, message: FacilitatorMessages[T]): void;
  /** This client's pose update (server/session/poses.ts: encodePose), at most 20 Hz. */
  sendPose(update: Uint8Array): void;
  leave(): Promise<unknown>;
}

/**
 * Joins a co-creation session by code; the state arrives as plain JSON (the panel projects it, keeps none).
 * With `rejoin`, a participant's key is kept for this tab (rejoinKey.ts) and a later join of the same code (a
 * page reload) comes back as the same participant; a key the server no longer knows is forgotten and the
 * person joins anew.
 */
export async function joinSessionRoom(
  options: SessionJoinOptions,
  h: SessionHandlers,
  { rejoin = false }: { rejoin?: boolean } = {},
): Promise<SessionConnection> {
  const client = new Client(serverHttpUrl());
  const asParticipant = rejoin && !options.facilitatorSecret && !options.spectator;
  const key = asParticipant ? storedRejoinKey(options.code) : undefined;
  let room: Room;
  try {
    room = await client.joinOrCreate("session", key ? { code: options.code, participantKey: key } : options);
  } catch (err) {
    if (!key || !/unknown participant key/.test((err as Error).message)) throw err;
    forgetRejoinKey(options.code);
    room = await client.joinOrCreate("session", options);
  }
  room.onMessage("welcome", (w: SessionWelcome) => {
    if (asParticipant && w.participantKey) storeRejoinKey(options.code, w.participantKey);
    h.onWelcome(w);
  });
  room.onMessage("error", (m: { type?: string; message: string }) => h.onError(m.message));
  room.onMessage("ok", (m: { type: string; id?: string }) => h.onOk(m));
  // Binary results and avatar poses are for the city view and avatars, not for this panel.
  room.onMessage("buildings", () => {});
  const poses = new PoseBook();
  room.onMessage("poses", (frame: Uint8Array) => {
    poses.apply(new Uint8Array(frame));
    h.onPoses?.(frame);
  });
  // A slot whose holder left (or that the server gave to someone else) forgets its last pose: a view opened
  // later must not start the next holder from the previous one's pose.
  let holders = new Map<number, string>();
  room.onStateChange((state) => {
    const json = (state as { toJSON(): unknown }).toJSON() as SessionStateJson;
    const now = new Map<number, string>();
    for (const [id, p] of Object.entries(json.participants)) {
      const slot = (p as { slot?: number }).slot;
      if (p.connected && slot !== undefined) now.set(slot, id);
    }
    for (const [slot, id] of holders) if (now.get(slot) !== id) poses.bySlot.delete(slot);
    holders = now;
    h.onState(json);
  });
  room.onLeave((code) => {
    if (code > 1001) h.onError(`session: connection closed (${code})`);
  });
  return {
    room,
    poses,
    propose: (m) => room.send("propose", m),
    vote: (proposalId, choice) => room.send("vote", { proposalId, choice }),
    decide: (proposalId, decision) => room.send("decide", { proposalId, decision }),
    control: (type, message) => room.send(type, message),
    sendPose: (update) => room.sendBytes("pose", update),
    leave: () => room.leave(),
  };
}

/** One row of the lobby (GET /api/sessions). */
export interface LobbySession {
  code: string;
  name: string;
  municipality: string;
  focus: string;
  participants: number;
  live: boolean;
  connected: number;
  updatedAt: number;
}

/** The lobby: stored sessions, newest first, with whether they are live and how many are connected. */
export async function listSessions(): Promise<LobbySession[]> {
  const res = await fetch(`${serverHttpUrl()}/api/sessions`);
  if (!res.ok) throw new Error(`lobby: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { sessions: LobbySession[] }).sessions;
}

/** The session's HTML report or JSON export (facilitator secret in a header, never in a URL). */
export async function fetchSessionFile(code: string, secret: string, kind: "report" | "export"): Promise<Blob> {
  const res = await fetch(`${serverHttpUrl()}/api/sessions/${encodeURIComponent(code)}/${kind}`, {
    headers: { "x-facilitator-secret": secret },
  });
  if (!res.ok)
    throw new Error(
      `${kind}: ${res.status} ${((await res.json().catch(() => ({}))) as { error?: string }).error ?? ""}`,
    );
  return res.blob();
}
