// The server's own view of its session ticks (all rooms of this process): how long each tick's work took
// (state sync, patch encoding, pose frame, writes to every client) and how late the tick started against its
// interval (the event loop's delay). Read by `npm run bench:rooms` through GET /api/sessions/stats, so that a
// latency measured by bots on the same machine can be told apart from the server's own time.
const CAPACITY = 16384;

const at_ms = new Float64Array(CAPACITY);
const work_ms = new Float32Array(CAPACITY);
const late_ms = new Float32Array(CAPACITY);
let count = 0;

/** Records one tick: when it started (epoch ms), its work and its lateness [ms]. */
export function recordTick(startedAt_ms: number, workTime_ms: number, lateness_ms: number): void {
  const i = count % CAPACITY;
  at_ms[i] = startedAt_ms;
  work_ms[i] = workTime_ms;
  late_ms[i] = lateness_ms;
  count++;
}

export interface Distribution {
  p50: number;
  p99: number;
  max: number;
}
export interface TickStats {
  ticks: number;
  /** Work per tick [ms]. */
  work_ms: Distribution;
  /** How late ticks started [ms]: the event loop's delay as the rooms see it. */
  late_ms: Distribution;
}

function distribution(values: number[]): Distribution {
  values.sort((a, b) => a - b);
  const pick = (p: number) => (values.length ? values[Math.min(values.length - 1, Math.floor(p * values.length))] : 0);
  const r = (v: number) => Math.round(v * 100) / 100;
  return { p50: r(pick(0.5)), p99: r(pick(0.99)), max: r(values.at(-1) ?? 0) };
}

/** Ticks that started at or after `since_ms` (epoch ms), as far back as the ring holds. */
export function tickStats(since_ms = 0): TickStats {
  const work: number[] = [];
  const late: number[] = [];
  for (let k = Math.max(0, count - CAPACITY); k < count; k++) {
    const i = k % CAPACITY;
    if (at_ms[i] < since_ms) continue;
    work.push(work_ms[i]);
    late.push(late_ms[i]);
  }
  return { ticks: work.length, work_ms: distribution(work), late_ms: distribution(late) };
}
