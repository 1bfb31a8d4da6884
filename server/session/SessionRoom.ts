import { type Client, ClientState, type Deferred, getMessageBytes, Protocol, Room, ServerError } from "@colyseus/core";
import { canonicalJson } from "../../sim-core/scenario/index.ts";
import type { SessionStore } from "../persistence/SessionStore.ts";
import { isJoinCode, normaliseJoinCode } from "./codes.ts";
import {
  FACILITATOR_ONLY,
  joinOptionsSchema,
  MAX_MESSAGE_BYTES,
  MESSAGES,
  type MessageType,
  messageSize_bytes,
  parseWith,
} from "./messages.ts";
import { fanOut } from "./fanout.ts";
import { PoseRelayRate, RELAY_FAST_MS } from "./poseRelay.ts";
import { checkPoseUpdate, PoseTable } from "./poses.ts";
import { ACTION_LIMIT, HARD_MESSAGES_PER_SECOND, POSE_LIMIT, TokenBucket } from "./rateLimit.ts";
import { baselineScenario, type Outcome, Session } from "./Session.ts";
import { SessionState } from "./SessionState.ts";
import type { KpiSnapshot, SessionSimulation } from "./simulation/SessionSimulation.ts";
import { sessionContext } from "./sessionContext.ts";
import { syncIndicators, syncKpi, syncState, syncVariantIndicators } from "./stateSync.ts";
import { recordTick } from "./tickStats.ts";
import { yearResultKey } from "./yearResultKey.ts";

export interface SessionServices {
  store: SessionStore;
  simulation(municipality: string): SessionSimulation;
}

export interface SessionRoomOptions {
  code: string;
  /** Given by the server's room definition (defineRoom defaults override client options). */
  services: SessionServices;
}

export interface SessionMetadata {
  code: string;
  name: string;
  municipality: string;
  focus: string;
  createdAt: number;
}

interface ClientData {
  participantId: string;
  slot: number;
  /** Screens have no avatar (a participant's kind never changes). */
  spectator: boolean;
  actions: TokenBucket;
  poses: TokenBucket;
  /** Dropped, its seat held for a reconnection (cancelled when the person rejoins with their key). */
  away?: { cancel(): void };
}

/**
 * The tick: state patch and pose frame together, ≤ 20 Hz to each client (clients send poses at ≤ 20 Hz); pose
 * frames and the session's changes every other tick while nobody sends poses faster than about 14 Hz
 * (poseRelay.ts).
 */
const TICK_MS = RELAY_FAST_MS;
const CLOCK_CHECK_MS = 250;
const RECONNECT_S = 60;
const PERSIST_MS = 100;
const MAX_SLOTS = 255; // slot 255 = not connected

/**
 * One co-creation session (room type "session"), found by its join code. The Session object holds the
 * rules; this room validates every message (size, rate, zod, role) before handing it over, persists each
 * change, mirrors it into schema state and reruns the simulation (worker thread) when the scenario or year
 * changes.
 */
export class SessionRoom extends Room<{ state: SessionState; metadata: SessionMetadata }> {
  override maxClients = 100;
  override maxMessagesPerSecond = HARD_MESSAGES_PER_SECOND;
  /** A class joining at once on a busy machine needs longer than the default 15 s to connect. */
  override seatReservationTimeout = 30;

  private services!: SessionServices;
  private session!: Session;
  private simulation!: SessionSimulation;
  private readonly poses = new PoseTable();
  private readonly relay = new PoseRelayRate(Date.now());
  /** participant id → pose slot, for those connected. */
  private readonly connected = new Map<string, number>();
  private readonly clientData = new Map<string, ClientData>();
  private runSeq = 0;
  private readonly kpiCache = new Map<string, KpiSnapshot>();
  private lastBuildingsKey = "";
  private lastBuildings: Uint8Array | null = null;
  private yearStarted_ms = 0;
  private persistTimer: NodeJS.Timeout | undefined;
  /** The session changed since the state was last synced; the next tick syncs once (a burst of votes, one sync). */
  private stateDirty = false;
  /** This tick's encoded patch, captured from the serializer (see captureTickPatch). */
  private tickPatch: Uint8Array | null = null;
  private lastTickAt_ms = 0;
  /** Encoded `ok` replies per client, sent in the client's write of a coming tick (fanout.ts). */
  private readonly replies = new Map<Client, Uint8Array[]>();
  /** Observes each pose message as it leaves (room code, message bytes, epoch ms): the load benchmark's probe. */
  static onPoseMessage: ((code: string, message: Uint8Array, sentAt_ms: number) => void) | undefined;

  override async onCreate(options: SessionRoomOptions): Promise<void> {
    this.services = options.services;
    const code = normaliseJoinCode(String(options.code ?? ""));
    if (!isJoinCode(code)) throw new ServerError(400, `"${options.code}" is not a join code`);
    const record = this.services.store.load(code);
    if (!record) throw new ServerError(404, `no session with code ${code}`);
    this.session = new Session(record, await sessionContext(record.municipality));
    this.simulation = this.services.simulation(record.municipality);
    this.setState(new SessionState());
    this.captureTickPatch();
    this.sync();
    await this.setMetadata({
      code,
      name: record.name,
      municipality: record.municipality,
      focus: record.focus,
      createdAt: record.createdAt,
    });

    for (const type of Object.keys(MESSAGES) as MessageType[])
      this.onMessage(type, (client, raw) => this.handle(client, type, raw));
    this.onMessage("*", (client, type) =>
      client.send("error", { type: String(type), message: `${String(type)}: unknown message type` }),
    );
    this.onMessageBytes("pose", (client, bytes: Uint8Array) => this.handlePose(client, bytes));
    this.patchRate = TICK_MS; // pose frames leave with the patches (broadcastPatch below)
    this.clock.setInterval(() => this.advanceClock(), CLOCK_CHECK_MS);
    void this.rerun();
  }

  /**
   * The tick: syncs the state if the session changed, lets Colyseus encode the patch (once, captured), and sends
   * patch + pose frame to every client in one write (fanout.ts).
   */
  override broadcastPatch(): boolean {
    const start_ms = performance.now();
    const lateness_ms = this.lastTickAt_ms > 0 ? Math.max(0, start_ms - this.lastTickAt_ms - TICK_MS) : 0;
    this.lastTickAt_ms = start_ms;
    // Poses at the rate of the room's fastest sender (poseRelay.ts). The session's changes (votes, proposals,
    // decisions) are synced on the same ticks, so that one write per client carries both; a patch of another
    // tick (a simulation result, a join) takes the pending poses along.
    const now_ms = Date.now();
    const posesDue = this.relay.due(now_ms);
    if (this.stateDirty && posesDue) this.sync();
    this.tickPatch = null;
    const changed = super.broadcastPatch();
    const frame = posesDue || this.tickPatch ? this.poses.takeChanges() : null;
    if (frame || this.tickPatch) this.relay.sent(now_ms); // a write to every client: the next one a frame later
    const poses = frame ? getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, "poses", undefined, frame) : null;
    // Replies ride with the next write to everyone; on a due tick without one they go alone (≤ 100 ms late).
    const replies = this.replies.size > 0 && (poses || this.tickPatch || posesDue) ? this.replies : undefined;
    fanOut(this.clients, this.tickPatch, poses, replies);
    replies?.clear();
    this.tickPatch = null;
    if (poses) SessionRoom.onPoseMessage?.(this.session.record.code, poses, Date.now());
    recordTick(Date.now(), performance.now() - start_ms, lateness_ms);
    return changed;
  }

  /**
   * Makes the serializer encode each patch for one stand-in client and keep the bytes here, so that
   * broadcastPatch sends them itself (with the pose frame, in one write per client). Colyseus' own
   * bookkeeping of the tick (clock, changes discarded, full-state cache) is unchanged.
   */
  private captureTickPatch(): void {
    type ApplyPatches = (clients: ArrayLike<unknown>, state: unknown, timing?: unknown) => boolean;
    const serializer = (this as unknown as { _serializer?: { applyPatches?: ApplyPatches } })._serializer;
    const applyPatches = serializer?.applyPatches;
    if (!serializer || typeof applyPatches !== "function") return; // then Colyseus sends patches itself
    const standIn = {
      state: ClientState.JOINED,
      view: undefined,
      raw: (bytes: Uint8Array) => {
        this.tickPatch = bytes;
      },
    };
    const one = [standIn];
    serializer.applyPatches = (clients, state, timing) =>
      applyPatches.call(serializer, clients.length > 0 && timing === undefined ? one : clients, state, timing);
  }

  override onJoin(client: Client, options: unknown): void {
    const parsed = parseWith("join", joinOptionsSchema, options);
    if (!parsed.ok) throw new ServerError(400, parsed.error);
    const joined = this.session.join(parsed.value);
    if (!joined.ok) throw new ServerError(403, joined.error);
    const { participant, key } = joined.value;
    const slot = this.freeSlot();
    if (slot < 0) throw new ServerError(503, "join: the session is full");
    // Back with the key after a reload: the seat the dropped connection still holds is given up now.
    for (const d of this.clientData.values()) if (d.participantId === participant.id) d.away?.cancel();
    const now = Date.now();
    this.clientData.set(client.sessionId, {
      participantId: participant.id,
      slot,
      spectator: participant.kind === "spectator",
      actions: new TokenBucket(ACTION_LIMIT, now),
      poses: new TokenBucket(POSE_LIMIT, now),
    });
    this.updatePresence(participant.id);
    this.persist();
    this.sync();
    client.send("welcome", {
      participantId: participant.id,
      participantKey: key,
      kind: participant.kind,
      code: this.session.record.code,
      slot,
    });
    const snapshot = this.poses.snapshot();
    if (snapshot) client.send("poses", snapshot);
    if (this.lastBuildings) client.send("buildings", this.lastBuildings);
  }

  override onDrop(client: Client): void {
    const data = this.clientData.get(client.sessionId);
    if (!data) return;
    // Still counted as a member (identity, role, votes kept) but shown as disconnected while away.
    // A Deferred, or a rejected promise when the client had not finished joining.
    const seat: Partial<Deferred<Client>> = this.allowReconnection(client, RECONNECT_S);
    data.away = { cancel: () => seat.reject?.(new Error("rejoined with the participant key")) };
    this.updatePresence(data.participantId);
    this.sync();
    // Rejected when the seat expires, the person rejoins with their key or the room is disposing: then
    // onLeave follows.
    seat.catch?.(() => {});
  }

  override onReconnect(client: Client): void {
    const data = this.clientData.get(client.sessionId);
    if (!data) return;
    data.away = undefined;
    this.updatePresence(data.participantId);
    this.sync();
  }

  override onLeave(client: Client): void {
    const data = this.clientData.get(client.sessionId);
    if (!data) return;
    this.clientData.delete(client.sessionId);
    this.replies.delete(client);
    this.poses.remove(data.slot);
    this.updatePresence(data.participantId);
    this.sync();
  }

  /**
   * A participant may hold several connections (a reload rejoining with the key while the old seat is still
   * held, a phone beside a headset): present while any is held, connected while any is live, shown with the
   * newest live one's avatar slot.
   */
  private updatePresence(participantId: string): void {
    let held = false;
    let liveSlot = -1;
    for (const d of this.clientData.values()) {
      if (d.participantId !== participantId) continue;
      held = true;
      if (!d.away) liveSlot = d.slot;
    }
    if (liveSlot >= 0) this.connected.set(participantId, liveSlot);
    else this.connected.delete(participantId);
    if (held) this.session.present.add(participantId);
    else this.session.present.delete(participantId);
  }

  override async onDispose(): Promise<void> {
    if (this.session) this.flush();
    await this.simulation?.close();
  }

  private freeSlot(): number {
    const used = new Set([...this.clientData.values()].map((d) => d.slot));
    for (let s = 0; s < MAX_SLOTS; s++) if (!used.has(s)) return s;
    return -1;
  }

  /** Answers the sender with an error; returns undefined so handlers can `return this.refuse(...)`. */
  private refuse(client: Client, type: string, message: string): undefined {
    client.send("error", { type, message });
    return undefined;
  }

  /** Size → rate → schema → role → rules; the first check that fails answers the sender, nothing is applied. */
  private handle(client: Client, type: MessageType, raw: unknown): undefined {
    const data = this.clientData.get(client.sessionId);
    if (!data) return;
    const size = messageSize_bytes(raw);
    if (size > MAX_MESSAGE_BYTES)
      return this.refuse(client, type, `${type}: message is ${size} bytes; the limit is ${MAX_MESSAGE_BYTES}`);
    if (!data.actions.take(Date.now()))
      return this.refuse(client, type, `${type}: too many messages; the limit is ${ACTION_LIMIT.perSecond} per second`);
    const parsed = parseWith(type, MESSAGES[type], raw === undefined ? {} : raw);
    if (!parsed.ok) return this.refuse(client, type, parsed.error);
    const actor = this.session.participant(data.participantId);
    if (!actor) return;
    if (FACILITATOR_ONLY.has(type) && actor.kind !== "facilitator")
      return this.refuse(client, type, `${type}: only the facilitator may do this`);

    const s = this.session;
    const id = actor.id;
    // Votes and proposals change the scenario only when the majority rule decides; then the key is compared.
    const mayChangeScenario = (type !== "vote" && type !== "propose") || s.record.decisionRule === "majority";
    const before = mayChangeScenario ? this.scenarioKey() : "";
    const m = parsed.value as never;
    const outcome: Outcome<unknown> = (() => {
      switch (type) {
        case "propose":
          return s.propose(id, m);
        case "vote":
          return s.vote(id, m);
        case "decide":
          return s.decide(id, m);
        case "setClock":
          return s.setClock(id, m);
        case "setFocus":
          return s.setFocus(id, m);
        case "setLock":
          return s.setLock(id, m);
        case "setDecisionRule":
          return s.setDecisionRule(id, m);
        case "setRole":
          return s.setRole(id, m);
        case "reset":
          return s.reset(id);
        case "branchVariant":
          return s.branchVariant(id, m);
        case "selectVariant":
          return s.selectVariant(id, m);
      }
    })();
    if (!outcome.ok) return this.refuse(client, type, outcome.error);
    if (type === "setClock") this.yearStarted_ms = Date.now();
    this.persist();
    this.stateDirty = true;
    const value = outcome.value as { id?: string } | null | undefined;
    this.reply(client, { type, id: value && typeof value === "object" ? value.id : undefined });
    if (mayChangeScenario && this.scenarioKey() !== before) void this.rerun();
  }

  /** An `ok` for the sender, sent with the tick's patch that shows what it acknowledges. */
  private reply(client: Client, ok: { type: string; id?: string }): void {
    const bytes = getMessageBytes.raw(Protocol.ROOM_DATA, "ok", ok);
    const queued = this.replies.get(client);
    if (queued) queued.push(bytes);
    else this.replies.set(client, [bytes]);
  }

  private handlePose(client: Client, bytes: Uint8Array): undefined {
    const data = this.clientData.get(client.sessionId);
    if (!data) return;
    const problem = checkPoseUpdate(bytes);
    if (problem) return this.refuse(client, "pose", problem);
    if (data.spectator) return this.refuse(client, "pose", "pose: spectators have no avatar");
    // Over 20 Hz the extra poses are dropped silently: the next one supersedes them anyway.
    if (!data.poses.take(Date.now())) return;
    this.relay.noteArrival(data.slot);
    this.poses.update(data.slot, bytes);
  }

  private advanceClock(): void {
    const clock = this.session.record.clock;
    if (!clock.playing) return;
    const now = Date.now();
    if (now - this.yearStarted_ms < 60_000 / clock.speed_yr_min) return;
    this.yearStarted_ms = now;
    this.session.tickYear();
    this.persist();
    this.stateDirty = true;
    void this.rerun();
  }

  /** Changes when anything that the KPIs depend on changes. */
  private scenarioKey(): string {
    const r = this.session.record;
    return canonicalJson({
      year: r.clock.year,
      active: r.activeVariantId,
      variants: r.variants.map((v) => v.scenario),
    });
  }

  /** Saves at most every PERSIST_MS (a burst of 40 votes is one transaction); onDispose flushes. */
  private persist(): void {
    if (this.persistTimer) return;
    this.persistTimer = setTimeout(() => this.flush(), PERSIST_MS);
  }

  private flush(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    this.services.store.save(this.session.record);
  }

  private sync(): void {
    this.stateDirty = false;
    syncState(this.state, this.session, this.connected);
  }

  private async kpiFor(scenario: Parameters<SessionSimulation["run"]>[0], year: number): Promise<KpiSnapshot> {
    const key = yearResultKey(scenario, year);
    const cached = this.kpiCache.get(key);
    if (cached) return cached;
    const kpi = await this.simulation.run(scenario, year);
    if (this.kpiCache.size > 200) this.kpiCache.clear();
    this.kpiCache.set(key, kpi);
    return kpi;
  }

  /** Reruns baseline and every variant for the current year; a newer rerun supersedes an older one. */
  private async rerun(): Promise<void> {
    const seq = ++this.runSeq;
    const r = this.session.record;
    const year = r.clock.year;
    const variants = r.variants.map((v) => ({ id: v.id, scenario: structuredClone(v.scenario) }));
    this.state.simulating = true;
    try {
      const baseline = await this.kpiFor(baselineScenario(r.municipality, r.name), year);
      const results = await Promise.all(variants.map((v) => this.kpiFor(v.scenario, year)));
      if (seq !== this.runSeq) return;
      if (this.stateDirty) this.sync(); // a new variant's entry exists before its KPIs are set
      syncKpi(this.state.baseline, baseline);
      variants.forEach((v, i) => {
        const target = this.state.variants.get(v.id);
        if (target) {
          syncKpi(target.kpi, results[i]);
          syncVariantIndicators(target.indicators, results[i]);
          const hash = canonicalJson(v.scenario.interventions);
          if (target.scenarioHash !== hash) target.scenarioHash = hash;
        }
        if (v.id === r.activeVariantId) {
          syncKpi(this.state.kpi, results[i]);
          syncIndicators(this.state, results[i], baseline);
          this.publishBuildings(`${v.id}|${yearResultKey(v.scenario, year)}`, results[i]);
        }
      });
      this.state.runCount += 1;
      this.state.simulating = false;
    } catch (err) {
      if (seq !== this.runSeq) return;
      this.state.simulating = false;
      this.broadcast("error", { type: "simulation", message: `simulation: ${(err as Error).message}` });
    }
  }

  /** Per-building heat of the shown result as a Float32Array, sent only when it changed. */
  private publishBuildings(key: string, kpi: KpiSnapshot): void {
    if (key === this.lastBuildingsKey) return;
    this.lastBuildingsKey = key;
    this.lastBuildings = new Uint8Array(kpi.perBuildingHeat_kWh.buffer.slice(0));
    this.broadcast("buildings", this.lastBuildings);
  }
}
