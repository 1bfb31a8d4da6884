// Pose frames at the rate of the room's fastest sender (server/session/poseRelay.ts): 40 people sending at 10 Hz
// get a frame every other 50 ms tick (10 a second, each pose relayed once), one headset at 20 Hz makes every tick
// a frame again; until the first second has been measured every tick is a frame.
import { describe, expect, it } from "vitest";
import { FAST_POSES_PER_S, PoseRelayRate, RELAY_FAST_MS, RELAY_SLOW_MS } from "../../server/session/poseRelay.ts";

/** Ticks every 50 ms from t0 for `seconds`; `senders[s]` is slot s's pose rate [Hz]; returns the due tick times. */
function run(senders: number[], seconds: number, t0 = 1_000_000): number[] {
  const relay = new PoseRelayRate(t0);
  const frames: number[] = [];
  let last = t0;
  for (let t = t0 + RELAY_FAST_MS; t <= t0 + seconds * 1000; t += RELAY_FAST_MS) {
    // arrivals in (last, t]: slot s sends at multiples of its period, phase-shifted by its slot number
    senders.forEach((hz, slot) => {
      const period = 1000 / hz;
      for (let k = Math.ceil((last - t0 - slot) / period); t0 + slot + k * period <= t; k++)
        if (t0 + slot + k * period > last) relay.noteArrival(slot);
    });
    last = t;
    if (relay.due(t)) {
      relay.sent(t);
      frames.push(t);
    }
  }
  return frames;
}

describe("pose relay rate", () => {
  it("constants: a 10 Hz sender is slow, a 20 Hz one fast; the slow interval is two ticks", () => {
    expect(10).toBeLessThan(FAST_POSES_PER_S);
    expect(20).toBeGreaterThan(FAST_POSES_PER_S);
    expect(RELAY_SLOW_MS).toBe(2 * RELAY_FAST_MS);
  });

  it("40 senders at 10 Hz: every tick until the first second is measured, then every other tick (10 frames a second)", () => {
    const frames = run(new Array(40).fill(10), 4);
    const inSecond = (k: number) => frames.filter((t) => t > 1_000_000 + k * 1000 && t <= 1_000_000 + (k + 1) * 1000);
    // Ticks at 50 … 950 ms are frames (not measured yet); the tick at 1000 ms measures (10 poses a second per
    // sender: slow) and comes 50 ms after the last frame, less than the slow interval: no frame.
    expect(inSecond(0).length).toBe(19);
    for (const k of [1, 2, 3]) expect(inSecond(k).length).toBe(10);
    const late = inSecond(2);
    for (let i = 1; i < late.length; i++) expect(late[i] - late[i - 1]).toBe(RELAY_SLOW_MS);
  });

  it("one sender at 20 Hz among 10 Hz ones: every tick is a frame", () => {
    const frames = run([10, 10, 20, 10], 3);
    expect(frames.length).toBe(60); // 3 s × 20 ticks
  });

  it("a room that goes quiet and then fast again returns to every tick after a window", () => {
    const relay = new PoseRelayRate(0);
    for (let i = 0; i < 10; i++) relay.noteArrival(0); // 10 in the first second: slow
    expect(relay.due(1000)).toBe(true);
    relay.sent(1000);
    expect(relay.everyTick).toBe(false);
    expect(relay.due(1050)).toBe(false);
    expect(relay.due(1100)).toBe(true);
    relay.sent(1100);
    for (let i = 0; i < 20; i++) relay.noteArrival(3); // 20 in the next second: fast
    expect(relay.due(2000)).toBe(true);
    expect(relay.everyTick).toBe(true);
    relay.sent(2000);
    expect(relay.due(2050)).toBe(true);
  });
});
