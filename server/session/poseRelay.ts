// How often a room relays pose frames: at the rate its fastest sender sends poses, 20 Hz (every tick) or 10 Hz
// (every other tick). A frame carries the parts changed since the last one, so relaying faster than anyone sends
// splits the same poses over twice the frames: the same bytes in twice the socket writes, and a write per
// client is the server's largest cost (`npm run bench:rooms`: 40 people sending at 10 Hz, 20 Hz frames, 20 rooms:
// 16,000 writes a second). A room where someone sends faster than FAST_POSES_PER_S (a headset at 20 Hz) relays
// every tick. What waits is at most one tick: a pose sent at 10 Hz is seen ≤ 100 ms later (≤ 50 ms at 20 Hz);
// a state patch (votes, proposals, KPIs) never waits, and takes the pending poses along.

/** Tick of the room (patches, and pose frames when someone sends fast) [ms]. */
export const RELAY_FAST_MS = 50;
/** Pose frames when everyone sends at ≤ FAST_POSES_PER_S [ms]. */
export const RELAY_SLOW_MS = 100;
/** Over this many poses a second from one sender (measured over about a second), the room relays every tick. */
export const FAST_POSES_PER_S = 14;
const WINDOW_MS = 1000;
const SLOTS = 256;

export class PoseRelayRate {
  private readonly counts = new Uint16Array(SLOTS);
  private windowStart_ms: number;
  /** Every tick until the first window has been measured: nobody's first poses wait. */
  private fast = true;
  private lastFrame_ms = Number.NEGATIVE_INFINITY;

  constructor(now_ms: number) {
    this.windowStart_ms = now_ms;
  }

  /** A pose update from `slot` arrived. */
  noteArrival(slot: number): void {
    if (this.counts[slot] < 0xffff) this.counts[slot]++;
  }

  /** Whether the room relays every tick now (someone sent faster than FAST_POSES_PER_S in the last window). */
  get everyTick(): boolean {
    return this.fast;
  }

  /** Whether a pose frame is due at this tick. */
  due(now_ms: number): boolean {
    const elapsed_ms = now_ms - this.windowStart_ms;
    if (elapsed_ms >= WINDOW_MS) {
      let most = 0;
      for (let s = 0; s < SLOTS; s++) if (this.counts[s] > most) most = this.counts[s];
      this.fast = (most * 1000) / elapsed_ms > FAST_POSES_PER_S;
      this.counts.fill(0);
      this.windowStart_ms = now_ms;
    }
    // Half a tick of slack: ticks are timers and come a little early or late.
    const interval_ms = this.fast ? RELAY_FAST_MS : RELAY_SLOW_MS;
    return now_ms - this.lastFrame_ms >= interval_ms - RELAY_FAST_MS / 2;
  }

  /** A pose frame left at `now_ms`. */
  sent(now_ms: number): void {
    this.lastFrame_ms = now_ms;
  }
}
