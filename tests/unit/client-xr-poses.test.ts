import { describe, expect, it } from "vitest";
import { decodePoseFrame, decodePoseUpdate, encodePose, POSE_HEAD } from "../../server/session/poses.ts";
import { vacatedSlots } from "../../client/src/xr/xrAvatars.ts";
import { avatarFromPose, poseFromWorld, worldPerShared } from "../../client/src/xr/xrPoses.ts";
import { PoseSender } from "../../client/src/xr/xrPoseSender.ts";
import {
  FADE_IN_MS,
  FADE_OUT_MS,
  HOLD_MS,
  MIN_FULL_FRAMES,
  vignetteLevel,
  XrVignette,
} from "../../client/src/xr/xrVignette.ts";
import { citySpan_m, placeCity, type Vec3, worldToCity } from "../../client/src/xr/xrScale.ts";

const bounds = { minX: -3000, maxX: 3000, minZ: -1000, maxZ: 1400 };
const span = citySpan_m(bounds);
const yawQ = (a: number): [number, number, number, number] => [0, Math.sin(a / 2), 0, Math.cos(a / 2)];
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** A pose through the wire: encoded as a client sends it, decoded as the server relays it. */
const wire = (pose: ReturnType<typeof poseFromWorld>) => decodePoseUpdate(encodePose(pose));

describe("poses between viewers (the shared tabletop frame)", () => {
  // Two viewers at the same model, each with their own placement of it.
  const a = placeCity("tabletop", bounds, [0, 1.6, 0], 0);
  const b = placeCity("tabletop", bounds, [2, 1.7, -1], Math.PI / 2);

  it("one shared unit is one real metre at tabletop, and 1/factor metres when walking", () => {
    expect(worldPerShared(a, span)).toBeCloseTo(1, 12);
    expect(worldPerShared(placeCity("walk", bounds, [0, 1.6, 0], 0), span)).toBeCloseTo(6000 / 1.2, 8);
  });

  it("an avatar stands over the same point of the city as its owner does over theirs", () => {
    const head: Vec3 = [0.1, 1.55, 0.3];
    const pose = poseFromWorld(
      a,
      span,
      { position: head, rotation: yawQ(0.3) },
      {
        head: { position: head, rotation: yawQ(0.3) },
        rightHand: { position: [0.4, 1.2, 0.5], rotation: yawQ(0) },
      },
    );
    const avatar = avatarFromPose(b, span, wire(pose));
    expect(avatar).toBeDefined();
    const seen = worldToCity(b, avatar!.head.position);
    const own = worldToCity(a, head);
    // 1 cm quantisation per axis at tabletop scale: ≤ √3 · 0.5 cm of table, ≤ 43 city metres
    expect(dist(seen, own) * a.factor).toBeLessThan(0.0087);
    // rigid: the hand keeps its distance from the head (0.3, −0.35, 0.2 → 0.5 m), to the centimetre
    expect(dist(avatar!.rightHand!.position, avatar!.head.position)).toBeCloseTo(Math.hypot(0.3, 0.35, 0.2), 1);
  });

  it("a head turned 0.3 rad from the model's axis is turned 0.3 rad from it in the other viewer's world", () => {
    const head: Vec3 = [0, 1.6, 0];
    const pose = poseFromWorld(
      a,
      span,
      { position: head, rotation: yawQ(a.yaw_rad + 0.3) },
      { head: { position: head, rotation: yawQ(0.3) } },
    );
    const q = avatarFromPose(b, span, wire(pose))!.head.rotation;
    const want = yawQ(b.yaw_rad + 0.3);
    // same rotation (q and −q alike): |q·want| = 1 up to the 3-byte encoding's error: three components each
    // within half a step (√½/127) of the truth, so at most 2·asin(√3·√½/127) = 1.1° (a zero component cannot
    // be encoded exactly: 128 levels have no middle one)
    const dot = Math.abs(q[0] * want[0] + q[1] * want[1] + q[2] * want[2] + q[3] * want[3]);
    const worst_rad = 2 * Math.asin((Math.sqrt(3) * Math.SQRT1_2) / 127);
    expect(dot).toBeGreaterThan(Math.cos(worst_rad / 2));
  });

  it("a walker appears on the model where they stand in the city", () => {
    const walk = placeCity("walk", bounds, [5, 1.6, 5], 0.4);
    const at: Vec3 = [walk.anchorWorld[0] + 300, 1.6, walk.anchorWorld[2] - 150]; // 335 m from the centre
    const pose = poseFromWorld(
      walk,
      span,
      { position: at, rotation: yawQ(0) },
      { head: { position: at, rotation: yawQ(0) } },
    );
    const seen = worldToCity(a, avatarFromPose(a, span, wire(pose))!.head.position);
    expect(dist(seen, worldToCity(walk, at))).toBeLessThan(50); // 1 cm of table is 50 city metres
  });

  it("no head, no avatar", () => {
    expect(avatarFromPose(a, span, {})).toBeUndefined();
  });
});

describe("pose sender", () => {
  it("sends at most every 50 ms, and only the parts whose bytes changed", () => {
    const sent: Uint8Array[] = [];
    const s = new PoseSender((b) => sent.push(b));
    const head = { position_m: [0.1, 1.6, 0.2] as Vec3, rotation: yawQ(0) };
    const hand = { offset_m: [0.3, -0.4, 0.2] as Vec3, rotation: yawQ(0) };
    expect(s.offer(0, { head, rightHand: hand })).toBe(true);
    expect(sent[0][0]).toBe(POSE_HEAD | 4);
    expect(s.offer(30, { head: { ...head, position_m: [0.5, 1.6, 0.2] } })).toBe(false); // 20 Hz at most
    expect(s.offer(50, { head, rightHand: hand })).toBe(false); // nothing changed
    expect(s.offer(100, { head: { ...head, position_m: [0.104, 1.6, 0.2] }, rightHand: hand })).toBe(false); // < 0.5 cm
    expect(s.offer(150, { head: { ...head, position_m: [0.3, 1.6, 0.2] }, rightHand: hand })).toBe(true);
    expect(sent[1][0]).toBe(POSE_HEAD);
    expect(sent[1].length).toBe(1 + 9);
    // what the server relays decodes to the new head
    const frame = new Uint8Array([7, ...sent[1]]);
    expect(decodePoseFrame(frame).get(7)?.head?.position_m).toEqual([0.3, 1.6, 0.2]);
  });
});

describe("comfort vignette", () => {
  it("fades in, holds, fades out, and is gone after", () => {
    expect(vignetteLevel(-1)).toBe(0);
    expect(vignetteLevel(FADE_IN_MS / 2)).toBeCloseTo(0.5, 12);
    expect(vignetteLevel(FADE_IN_MS + HOLD_MS / 2)).toBe(1);
    expect(vignetteLevel(FADE_IN_MS + HOLD_MS + FADE_OUT_MS / 2)).toBeCloseTo(0.5, 12);
    expect(vignetteLevel(FADE_IN_MS + HOLD_MS + FADE_OUT_MS + 1)).toBe(0);
  });

  it("is drawn at full strength for two frames even when frames come slower than the whole fade", () => {
    const v = Object.assign(Object.create(XrVignette.prototype), {
      enabled: true,
      level: 0,
      pulses: 0,
      started: Number.NEGATIVE_INFINITY,
      fullFrames: MIN_FULL_FRAMES,
      mesh: { visibility: 0, position: { z: -0.12 }, isEnabled: () => true },
    }) as unknown as XrVignette; // no scene: the fade logic alone
    v.pulse(0);
    const seen: number[] = [];
    const shown: boolean[] = [];
    for (const t of [1000, 2000, 2000 + FADE_OUT_MS / 2, 4000]) {
      v.update(t); // 1 s per frame
      seen.push(v.level);
      shown.push(v.shown);
    }
    // full on the first two frames; the fade-out runs from the second one
    expect(seen).toEqual([1, 1, 0.5, 0]);
    // in front of the eyes while it has any strength, behind them (clipped whole) after
    expect(shown).toEqual([true, true, true, false]);
    v.enabled = false;
    v.pulse(5000);
    v.update(5001);
    expect(v.level).toBe(0); // the setting off: never shown
  });
});

describe("reused pose slots", () => {
  const ann = { id: "a1", name: "Ann", colour: "#56B4E9" };
  const bo = { id: "b2", name: "Bo", colour: "#E69F00" };
  it("a slot whose person left, or that now holds someone else, forgets its last pose", () => {
    const before = new Map([
      [3, ann],
      [4, bo],
    ]);
    expect(vacatedSlots(before, new Map([[4, bo]]))).toEqual([3]); // Ann left
    expect(vacatedSlots(before, new Map([[3, bo]]))).toEqual([3, 4]); // Bo moved into Ann's slot
    // someone else of the same name in Ann's slot is someone else
    expect(vacatedSlots(before, new Map([[3, { ...ann, id: "a9" }]]))).toEqual([3, 4]);
    // the same person with a new role colour is still there
    expect(
      vacatedSlots(
        before,
        new Map([
          [3, { ...ann, colour: "#000000" }],
          [4, bo],
        ]),
      ),
    ).toEqual([]);
    // without keys (the benchmark's people): told apart by name
    const named = new Map([[5, { name: "P0", colour: "#fff" }]]);
    expect(vacatedSlots(named, new Map([[5, { name: "P0", colour: "#fff" }]]))).toEqual([]);
    expect(vacatedSlots(named, new Map([[5, { name: "P1", colour: "#fff" }]]))).toEqual([5]);
  });
});
