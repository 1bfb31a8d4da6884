// Load benchmark of co-creation sessions (`npm run bench:rooms`): N sessions × 40 SDK bots on loopback.
// One server process; the bots are spread over two child processes. Each session has 1 facilitator bot and
// 39 participant bots; every bot sends head+hands poses at 10 Hz (all parts moving: the worst case for
// send-on-change), participants take turns proposing, every participant votes on every proposal, the
// facilitator accepts a proposal once all votes are in (the simulation reruns).
// Measured in a steady-state window after everyone has joined:
//   p50_ms, p99_ms (patch latency): from the server's send of a tick's patch + pose frame to a bot's receipt
//     of it [ms], paired by content (tools/bench-rooms-probe.ts notes the send time in the server process;
//     both processes read the same machine clock). Includes the server's writes to every client of the room,
//     the kernel and the bot process' own event-loop delay.
//   echo_p50_ms, echo_p99_ms: a bot's own pose seen back in a "poses" frame, and its own vote seen in a state
//     patch [ms]: what a person sees, including the wait for the next tick (≤ 50 ms) by design.
//   serverTick_ms: the server's own work per tick (sync, patch, frame, writes; tickStats.ts), p50/p99, and
//     how late ticks started (event-loop delay); botCpu_pct, botLoopDelay_p99_ms: whether the bots saturate.
//   kBps_per_client: bytes received per client socket / window [kB/s]
//   serverCpu_pct: server process CPU time (all threads) / window, from /proc [% of one core]
//   errors: error messages + failed joins + unexpected disconnects; lostVotes: acknowledged votes missing
//   from the final state.
// Usage: npm run bench:rooms [-- --sessions 20 --window 20 --window-profile server.cpuprofile]
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, type Room } from "@colyseus/sdk";
import { encodePose, POSE_HEAD, partsLength } from "../server/session/poses.ts";
import { fnv1a } from "./bench-rooms-hash.ts";

const BOTS_PER_SESSION = 40;
const POSE_HZ = 10;
const PROPOSAL_EVERY_MS = 3000;
/** The window starts at the latest this long after the bots start joining, so the run stays under 60 s. */
const JOIN_DEADLINE_S = 25;

interface BotConfig {
  url: string;
  /** Where the bot process writes its BotResult (JSON) before it exits. */
  resultFile: string;
  /** `index`: the session's number over both processes (its proposals differ from every other session's). */
  sessions: { code: string; facilitatorSecret: string; index: number }[];
  /** Set when the parent says "go" (every bot of both processes has joined). */
  windowStart: number;
  windowEnd: number;
}
interface BotResult {
  /** Own pose and vote seen back [ms]. */
  echo_ms: number[];
  /** Pose messages received in the window, per session code: [fnv1a of the message, receipt epoch ms]... */
  received: Record<string, number[]>;
  /** This bot process' event-loop delay in the window, p99 [ms]. */
  loopDelay_p99_ms: number;
  bytesInWindow: number;
  /** Bytes received in the window by kind: state patches, pose frames, building results, other messages. */
  bytesByKind: Record<string, number>;
  clients: number;
  errors: number;
  errorSamples: string[];
  votesAcked: number;
  lostVotes: number;
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

// ---------------------------------------------------------------------------------------------- bots
// biome-ignore lint/suspicious/noExplicitAny: SDK rooms carry the schema state untyped here
type AnyRoom = Room<any, any>;

async function runBots(config: BotConfig): Promise<BotResult> {
  const result: BotResult = {
    echo_ms: [],
    received: {},
    loopDelay_p99_ms: 0,
    bytesInWindow: 0,
    bytesByKind: {},
    clients: 0,
    errors: 0,
    errorSamples: [],
    votesAcked: 0,
    lostVotes: 0,
  };
  const inWindow = () => config.windowStart > 0 && Date.now() >= config.windowStart && Date.now() < config.windowEnd;
  const fail = (what: string) => {
    result.errors++;
    if (result.errorSamples.length < 5) result.errorSamples.push(what);
  };
  let stopping = false;
  const bots: { room: AnyRoom; me: string; votes: Map<string, string>; timers: NodeJS.Timeout[] }[] = [];
  const sdk = new Client(config.url.replace("http", "ws"));

  async function startBot(session: BotConfig["sessions"][number], index: number): Promise<void> {
    const facilitator = index === 0;
    const options = facilitator
      ? { code: session.code, facilitatorSecret: session.facilitatorSecret, name: "Facilitator bot" }
      : { code: session.code, name: `Bot ${index}`, role: "citizen" };
    let room: AnyRoom;
    try {
      room = (await sdk.joinOrCreate("session", options)) as AnyRoom;
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      fail(`join: ${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
      return;
    }
    result.clients++;
    const bot = { room, me: "", votes: new Map<string, string>(), timers: [] as NodeJS.Timeout[] };
    bots.push(bot);
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's transport socket, to count received bytes
    const ws = (room.connection as any).transport.ws as WebSocket;
    ws.addEventListener("message", (e: MessageEvent) => {
      if (!inWindow()) return;
      const data = new Uint8Array(e.data as ArrayBuffer);
      result.bytesInWindow += data.byteLength;
      const kind = messageKind(data);
      result.bytesByKind[kind] = (result.bytesByKind[kind] ?? 0) + data.byteLength;
      if (kind === "poses") {
        if (!result.received[session.code]) result.received[session.code] = [];
        result.received[session.code].push(fnv1a(data), Date.now());
      }
    });
    let slot = -1;
    room.onMessage("welcome", (m: { participantId: string; slot: number }) => {
      bot.me = m.participantId;
      slot = m.slot;
    });
    room.onMessage("error", (m: { message: string }) => fail(m.message));
    room.onMessage("ok", () => {});
    room.onMessage("buildings", () => {});
    room.onLeave((code: number) => {
      if (!stopping) fail(`left with code ${code}`);
    });

    // Poses: remember what was sent when; the echo in a frame gives the latency.
    const sentAt = new Map<string, number>();
    room.onMessage("poses", (frame: Uint8Array) => {
      if (slot < 0) return;
      const key = ownHeadKey(frame, slot);
      if (key === null) return;
      const t = sentAt.get(key);
      if (t !== undefined) {
        if (inWindow()) result.echo_ms.push(Date.now() - t);
        sentAt.delete(key);
      }
    });
    let tick = index * 7;
    const phase = Math.random() * (1000 / POSE_HZ);
    bot.timers.push(
      setTimeout(() => {
        bot.timers.push(
          setInterval(() => {
            tick++;
            const a = tick * 0.05 + index;
            const head = [Math.cos(a) * 2 + index * 0.01, 1.6, Math.sin(a) * 2] as [number, number, number];
            const bytes = encodePose({
              head: { position_m: head, rotation: [0, Math.sin(a / 2), 0, Math.cos(a / 2)] },
              leftHand: { offset_m: [-0.3, -0.4, Math.sin(a) * 0.2], rotation: [0, 0, Math.sin(a), Math.cos(a)] },
              rightHand: { offset_m: [0.3, -0.4, Math.cos(a) * 0.2], rotation: [Math.sin(a), 0, 0, Math.cos(a)] },
            });
            sentAt.set(decodePoseKey(bytes), Date.now());
            if (sentAt.size > 50) sentAt.delete(sentAt.keys().next().value as string);
            room.sendBytes("pose", bytes);
          }, 1000 / POSE_HZ),
        );
      }, phase),
    );

    // Votes: each participant votes once on every open proposal it sees; the patch gives the latency.
    const voteSentAt = new Map<string, number>();
    room.onStateChange((state: AnyRoom["state"]) => {
      state.proposals.forEach((p: { id: string; status: string; votes: Map<string, string> }) => {
        if (facilitator) {
          const votes = p.votes.size;
          if (p.status === "open" && votes >= BOTS_PER_SESSION - 1 && !bot.votes.has(p.id)) {
            bot.votes.set(p.id, "decided");
            room.send("decide", { proposalId: p.id, decision: "accept" });
          }
          return;
        }
        const sent = voteSentAt.get(p.id);
        if (sent !== undefined && p.votes.get(bot.me) === bot.votes.get(p.id)) {
          if (inWindow()) result.echo_ms.push(Date.now() - sent);
          voteSentAt.delete(p.id);
        }
        if (p.status !== "open" || bot.votes.has(p.id) || !bot.me || !inWindow()) return;
        const choice = Math.random() < 0.7 ? "for" : "against";
        bot.votes.set(p.id, choice);
        bot.timers.push(
          setTimeout(() => {
            voteSentAt.set(p.id, Date.now());
            room.send("vote", { proposalId: p.id, choice });
            result.votesAcked++;
          }, Math.random() * 1000),
        );
      });
    });
  }

  const all: Promise<void>[] = [];
  config.sessions.forEach((session, s) => {
    for (let i = 0; i < BOTS_PER_SESSION; i++)
      all.push(new Promise((r) => setTimeout(r, (s * BOTS_PER_SESSION + i) * 8)).then(() => startBot(session, i)));
  });
  // The parent says "go" when every bot has joined, or at its join deadline (slow machines).
  const go = new Promise<{ windowStart: number; windowEnd: number }>((resolve) => {
    let input = "";
    process.stdin.on("data", (d) => {
      input += d;
      const line = input.split("\n").find((l) => l.startsWith("GO "));
      if (line) resolve(JSON.parse(line.slice(3)));
    });
  });
  void Promise.all(all).then(() => console.log(`READY ${result.clients}`));
  Object.assign(config, await go);
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  setTimeout(() => loopDelay.enable(), Math.max(0, config.windowStart - Date.now()));

  // Proposals: participant bots take turns, one proposal per session every PROPOSAL_EVERY_MS.
  const levers = ["heatPumpShare", "retrofitRate", "rooftopPvShare", "sourceSeparation"] as const;
  const values = { heatPumpShare: 40, retrofitRate: 2, rooftopPvShare: 20, sourceSeparation: 10 };
  const proposer = setInterval(() => {
    if (Date.now() > config.windowEnd - 3000) return;
    const n = Math.floor((Date.now() - config.windowStart) / PROPOSAL_EVERY_MS);
    for (const [s, session] of config.sessions.entries()) {
      const bot = bots.find((b) => b.room && b.me && bots.indexOf(b) === s * BOTS_PER_SESSION + 1 + (n % 39));
      const lever = levers[n % levers.length];
      // Each session's scenario differs from every other's (start year, value), so that no session's rerun is
      // another's (the server shares results of equal scenarios between rooms).
      const k = session.index;
      const proposal = { lever, value: values[lever] + Math.floor(k / 20), startYear: 2026 + ((n + k) % 20) };
      bot?.room.send("propose", { ...proposal, rationale: `bench ${n}` });
    }
  }, PROPOSAL_EVERY_MS);

  await new Promise((r) => setTimeout(r, Math.max(0, config.windowEnd - Date.now()) + 1500));
  clearInterval(proposer);
  loopDelay.disable();
  result.loopDelay_p99_ms = loopDelay.percentile(99) / 1e6;
  stopping = true;
  for (const bot of bots) {
    for (const t of bot.timers) clearInterval(t);
    for (const [id, choice] of bot.votes) {
      if (choice === "decided") continue;
      if (bot.room.state.proposals.get(id)?.votes.get(bot.me) !== choice) result.lostVotes++;
    }
  }
  await Promise.race([
    Promise.all(bots.map((b) => b.room.leave().catch(() => {}))),
    new Promise((r) => setTimeout(r, 2000)),
  ]);
  return result;
}

/** Colyseus protocol byte (15 patch, 13 message, 17 bytes message) and, for messages, the type name. */
function messageKind(data: Uint8Array): string {
  if (data[0] === 15) return "patch";
  if ((data[0] === 13 || data[0] === 17) && (data[1] & 0xe0) === 0xa0)
    return new TextDecoder().decode(data.subarray(2, 2 + (data[1] & 0x1f)));
  return `protocol ${data[0]}`;
}

/** The head position of `slot` in a frame, as a key, or null; skips the other records without decoding. */
function ownHeadKey(frame: Uint8Array, slot: number): string | null {
  let at = 0;
  while (at + 2 <= frame.length) {
    const mask = frame[at + 1];
    if (frame[at] === slot && mask & POSE_HEAD) {
      const view = new DataView(frame.buffer, frame.byteOffset + at + 2, 6);
      return [view.getInt16(0, true) / 100, view.getInt16(2, true) / 100, view.getInt16(4, true) / 100].join();
    }
    at += 2 + partsLength(mask);
  }
  return null;
}

function decodePoseKey(bytes: Uint8Array): string {
  // Key = the head position as the server will relay it (quantised to cm), same as decodePoseFrame gives.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getInt16(1, true) / 100, view.getInt16(3, true) / 100, view.getInt16(5, true) / 100].join();
}

// ------------------------------------------------------------------------------------------- parent
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime [clock ticks]
}
const CLOCK_TICKS_PER_S = 100; // Linux USER_HZ

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const sessions = arg("sessions", 10);
  const window_s = arg("window", 15);
  const root = fileURLToPath(new URL("..", import.meta.url));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dir = mkdtempSync(join(tmpdir(), "tvilling-bench-"));
  const db = join(dir, "bench.sqlite");
  const probeOut = join(dir, "sent.json");
  // --profile DIR: the server writes a V8 CPU profile (.cpuprofile) into DIR when it exits.
  const profileAt = process.argv.indexOf("--profile");
  const profileArgs = profileAt > 0 ? ["--cpu-prof", "--cpu-prof-dir", process.argv[profileAt + 1]] : [];
  // --window-profile FILE: a V8 CPU profile of the server's main thread during the window only (the probe).
  const windowProfileAt = process.argv.indexOf("--window-profile");
  const windowProfile = windowProfileAt > 0 ? process.argv[windowProfileAt + 1] : "";
  const probe = ["--import", "./tools/bench-rooms-probe.ts"];
  const server = spawn(
    process.execPath,
    [...profileArgs, "--no-warnings", "--import", "tsx", ...probe, "server/main.ts"],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        TVILLING_DB: db,
        REDIS_URL: "",
        BENCH_PROBE_OUT: probeOut,
        BENCH_PROFILE_OUT: windowProfile,
      },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const children: ChildProcess[] = [server];
  const killAll = () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  };
  const hardStop = setTimeout(() => {
    console.error("bench: 60 s limit reached before the measurement ended (machine too busy?)");
    killAll();
    const nothing = { p50_ms: null, p99_ms: null, kBps_per_client: null, serverCpu_pct: null };
    console.log(JSON.stringify({ sessions, clients: 0, ...nothing, errors: null, lostVotes: null, incomplete: true }));
    process.exit(1);
  }, 60_000);
  hardStop.unref();
  try {
    await new Promise<void>((resolve, reject) => {
      let out = "";
      server.stdout?.on("data", (d) => {
        out += d;
        if (out.includes(url)) resolve();
      });
      server.on("exit", (c) => reject(new Error(`server exited with ${c}`)));
    });
    const codes = [];
    for (let s = 0; s < sessions; s++) {
      const res = await fetch(`${url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ municipality: "baerum", focus: "both", name: `bench ${s}` }),
      });
      codes.push({ ...(await res.json()), index: s });
    }
    const half = Math.ceil(sessions / 2);
    const groups = [codes.slice(0, half), codes.slice(half)].filter((g) => g.length > 0);
    const ready = new Set<ChildProcess>();
    const join_t0 = Date.now();
    const results = groups.map((group, g) => {
      const resultFile = join(dir, `bots-${g}.json`);
      const config: BotConfig = { url, resultFile, sessions: group, windowStart: 0, windowEnd: 0 };
      const child = spawn(
        process.execPath,
        ["--no-warnings", "--import", "tsx", "tools/bench-rooms.ts", "--bots", JSON.stringify(config)],
        {
          cwd: root,
          stdio: ["pipe", "pipe", "inherit"],
        },
      );
      children.push(child);
      let out = "";
      child.stdout?.on("data", (d) => {
        out += d;
        if (out.includes("READY ")) ready.add(child);
      });
      return new Promise<BotResult>((resolve, reject) =>
        child.on("exit", (code) => {
          try {
            resolve(JSON.parse(readFileSync(resultFile, "utf8")));
          } catch {
            reject(new Error(`bot process exited with ${code}: ${out.slice(-500)}`));
          }
        }),
      );
    });
    const joinDeadline = join_t0 + JOIN_DEADLINE_S * 1000;
    while (ready.size < groups.length && Date.now() < joinDeadline) await new Promise((r) => setTimeout(r, 50));
    const joined_s = (Date.now() - join_t0) / 1000;
    const windowStart = Date.now() + 2000; // let the join burst settle
    const windowEnd = windowStart + window_s * 1000;
    for (const child of children.slice(1)) child.stdin?.write(`GO ${JSON.stringify({ windowStart, windowEnd })}\n`);
    await new Promise((r) => setTimeout(r, windowStart - Date.now()));
    if (windowProfile) server.stdin?.write("profile\n");
    const pids = children.map((c) => c.pid as number);
    const cpu0 = pids.map(cpuTicks);
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, windowEnd - Date.now()));
    const cpu1 = pids.map(cpuTicks);
    const cpuPct = (i: number) => ((cpu1[i] - cpu0[i]) / CLOCK_TICKS_PER_S / ((Date.now() - t0) / 1000)) * 100;
    const serverCpu_pct = cpuPct(0);
    const botCpu_pct = pids.slice(1).map((_, i) => Math.round(cpuPct(i + 1)));
    const statsReply = await fetch(`${url}/api/sessions/stats?since=${windowStart}`);
    const none = { p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
    const ticks = statsReply.ok
      ? ((await statsReply.json()) as { ticks: number; work_ms: typeof none; late_ms: typeof none })
      : { ticks: 0, work_ms: none, late_ms: none };
    server.stdin?.write("dump\n"); // the probe writes when each pose message left the server
    const done = await Promise.all(results);
    let probed: { sent: Record<string, number>; ticks: number[]; mainThread: number[] } = {
      sent: {},
      ticks: [],
      mainThread: [],
    };
    for (let i = 0; i < 50 && probed.ticks.length === 0; i++) {
      try {
        probed = JSON.parse(readFileSync(probeOut, "utf8"));
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const { sent } = probed;
    // CPU of the ticks in the window (probe: process.cpuUsage around each room's broadcastPatch).
    const tickCpu_us: number[] = [];
    let tickClients = 0;
    for (let i = 0; i < probed.ticks.length; i += 3)
      if (probed.ticks[i] >= windowStart && probed.ticks[i] < windowEnd) {
        tickCpu_us.push(probed.ticks[i + 1]);
        tickClients += probed.ticks[i + 2];
      }
    const tickCpuTotal_us = tickCpu_us.reduce((a, b) => a + b, 0);
    // The server's main thread (the rooms' event loop) alone, without the simulation workers [% of a core].
    const m = probed.mainThread;
    let first = -1;
    let last = -1;
    for (let i = 0; i < m.length; i += 2) {
      if (first < 0 && m[i] >= windowStart) first = i;
      if (m[i] <= windowEnd) last = i;
    }
    const mainThreadCpu_pct =
      first >= 0 && last > first ? (m[last + 1] - m[first + 1]) / (m[last] - m[first]) / 10 : Number.NaN;
    tickCpu_us.sort((a, b) => a - b);
    const latencies: number[] = [];
    let unpaired = 0;
    for (const r of done)
      for (const [code, pairs] of Object.entries(r.received))
        for (let i = 0; i < pairs.length; i += 2) {
          const at = sent[`${code}:${pairs[i]}`];
          if (at === undefined) unpaired++;
          else latencies.push(pairs[i + 1] - at);
        }
    latencies.sort((a, b) => a - b);
    const echoes = done.flatMap((r) => r.echo_ms).sort((a, b) => a - b);
    const clients = done.reduce((s, r) => s + r.clients, 0);
    const bytes = done.reduce((s, r) => s + r.bytesInWindow, 0);
    const errors = done.reduce((s, r) => s + r.errors, 0);
    const lostVotes = done.reduce((s, r) => s + r.lostVotes, 0);
    const votes = done.reduce((s, r) => s + r.votesAcked, 0);
    const samples = done.flatMap((r) => r.errorSamples);
    const byKind: Record<string, number> = {};
    for (const r of done)
      for (const [k, b] of Object.entries(r.bytesByKind)) byKind[k] = (byKind[k] ?? 0) + b / 1000 / window_s / clients;
    console.log(
      `kB/s per client by kind: ${Object.entries(byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(", ")}`,
    );
    console.log(
      `${ready.size === groups.length ? "joins settled" : "join deadline reached"} after ${joined_s.toFixed(1)} s; window ${window_s} s, ${latencies.length} patch latency samples (${unpaired} unpaired), ${echoes.length} echoes, ${votes} votes sent`,
    );
    if (samples.length) console.log(`error samples: ${samples.join(" | ")}`);
    const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
    console.log(
      `server tick CPU: ${tickCpu_us.length} ticks, p50 ${percentile(tickCpu_us, 50)} µs, p99 ${percentile(tickCpu_us, 99)} µs, ${round(tickCpuTotal_us / Math.max(1, tickClients), 2)} µs per client and tick; ${round(tickCpuTotal_us / 1e4 / window_s)} % of a core`,
    );
    console.log(
      `server ticks in the window: ${ticks.ticks}, work p50 ${ticks.work_ms.p50} ms, p99 ${ticks.work_ms.p99} ms, max ${ticks.work_ms.max} ms; started late p50 ${ticks.late_ms.p50} ms, p99 ${ticks.late_ms.p99} ms; bot processes ${botCpu_pct.join(" and ")} % of a core, event-loop delay p99 ${done.map((r) => round(r.loopDelay_p99_ms)).join(" and ")} ms`,
    );
    console.log(
      JSON.stringify({
        sessions,
        clients,
        p50_ms: round(percentile(latencies, 50)),
        p99_ms: round(percentile(latencies, 99)),
        echo_p50_ms: round(percentile(echoes, 50)),
        echo_p99_ms: round(percentile(echoes, 99)),
        kBps_per_client: round(bytes / 1000 / window_s / Math.max(1, clients), 2),
        serverCpu_pct: round(serverCpu_pct),
        serverMainThreadCpu_pct: round(mainThreadCpu_pct),
        errors,
        lostVotes,
        serverTick_p50_ms: ticks.work_ms.p50,
        serverTick_p99_ms: ticks.work_ms.p99,
        tickCpu_us_per_client: round(tickCpuTotal_us / Math.max(1, tickClients), 2),
        botCpu_pct,
      }),
    );
  } finally {
    clearTimeout(hardStop);
    if (profileArgs.length && server.exitCode === null) {
      // A graceful stop, so that V8 writes the profile.
      server.kill("SIGTERM");
      await Promise.race([new Promise((r) => server.once("exit", r)), new Promise((r) => setTimeout(r, 8000))]);
    }
    killAll();
  }
}

const botsArg = process.argv.indexOf("--bots");
if (botsArg > 0) {
  const config = JSON.parse(process.argv[botsArg + 1]) as BotConfig;
  writeFileSync(config.resultFile, JSON.stringify(await runBots(config)));
  process.exit(0);
} else {
  await main();
  process.exit(0);
}
