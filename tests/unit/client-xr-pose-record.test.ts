// The pose record (server/session/poses.ts): the vr and hands flags in the mask byte's high bits, their round
// trip, the quantisation bounds of each part, the server's table keeping the latest pose (and flags) of a
// participant who stands still, and the client's pose book that a view opened later starts from.
import { describe, expect, it } from "vitest";
import { cameraOfPose, poseOfCamera } from "../../client/src/screens/cameraPose.ts";
import { PoseSender } from "../../client/src/xr/xrPoseSender.ts";
import { avatarFromPose, worldPerShared } from "../../client/src/xr/xrPoses.ts";
import { citySpan_m, identityPlacement, placeCity, type Vec3 } from "../../client/src/xr/xrScale.ts";
import {
  checkPoseUpdate,
  decodePoseFrame,
  decodePoseUpdate,
  encodePose,
  type Pose,
  POSE_HANDS,
  POSE_WALK,
  POSE_HEAD,
  POSE_POINTER,
  POSE_RIGHT_HAND,
  POSE_VR,
  PoseBook,
  PoseTable,
  type Quat,
} from "../../server/session/poses.ts";

const yawQ = (a: number): Quat => [0, Math.sin(a / 2), 0, Math.cos(a / 2)];
const head = (x: number, y: number, z: number, yaw = 0) => ({ position_m: [x, y, z] as Vec3, rotation: yawQ(yaw) });
const hand = (x: number, y: number, z: number) => ({ offset_m: [x, y, z] as Vec3, rotation: yawQ(0) });
/** One record of a frame, as the server relays an update from `slot`. */
const relayed = (slot: number, update: Uint8Array) => new Uint8Array([slot, ...update]);

describe("the vr and hands flags", () => {
  it("ride in the mask byte: a VR head with tracked hands costs no byte more than before", () => {
    const bytes = encodePose({
      head: head(0.1, 1.6, 0.2),
      rightHand: hand(0.3, -0.4, 0.2),
      vr: true,
      handsTracked: true,
    });
    expect(bytes[0]).toBe(POSE_HEAD | POSE_RIGHT_HAND | POSE_VR | POSE_HANDS);
    expect(bytes.length).toBe(1 + 9 + 6);
    expect(checkPoseUpdate(bytes)).toBeNull();
    const back = decodePoseUpdate(bytes);
    expect(back.vr).toBe(true);
    expect(back.handsTracked).toBe(true);
    expect(back.head?.position_m).toEqual([0.1, 1.6, 0.2]);
    expect(back.rightHand?.offset_m).toEqual([0.3, -0.4, 0.2]);
  });

  it("a desktop camera's pose decodes with both flags clear", () => {
    const bytes = encodePose(poseOfCamera([500, 800, -900], [-500, -800, 900], [0, 0, 0]));
    expect(bytes[0]).toBe(POSE_HEAD | POSE_POINTER);
    const back = decodePoseUpdate(bytes);
    expect(back.vr).toBe(false);
    expect(back.handsTracked).toBe(false);
  });

  it("a change of flags alone is an update of one byte; a frame record of two", () => {
    const bytes = encodePose({ vr: true }); // hands lost, head unchanged
    expect([...bytes]).toEqual([POSE_VR]);
    expect(checkPoseUpdate(bytes)).toBeNull();
    const frame = decodePoseFrame(relayed(3, bytes));
    expect(frame.get(3)).toEqual({ vr: true, handsTracked: false, walking: false });
  });

  it("the walk flag (bit 6): a walker's head is a person's size in the city; a change of it alone is sent", () => {
    const bytes = encodePose({ head: head(0.01, 0.0004, -0.02), vr: true, walking: true });
    expect(bytes[0]).toBe(POSE_HEAD | POSE_VR | POSE_WALK);
    expect(checkPoseUpdate(bytes)).toBeNull();
    expect(decodePoseUpdate(bytes).walking).toBe(true);
    expect(decodePoseUpdate(encodePose({ vr: true })).walking).toBe(false);
    const sent: Uint8Array[] = [];
    const s = new PoseSender((b) => sent.push(b));
    const h = head(0.1, 0.7, 0.2);
    s.offer(0, { head: h, vr: true, walking: false });
    expect(s.offer(100, { head: h, vr: true, walking: true })).toBe(true); // switched to walk, head not moved
    expect([...sent[1]]).toEqual([POSE_VR | POSE_WALK]);
  });

  it("refuses an empty mask, the reserved bit and a wrong length, naming the fault", () => {
    expect(checkPoseUpdate(new Uint8Array([0]))).toBe("pose: mask 0 names no part and no flag");
    expect(checkPoseUpdate(new Uint8Array([128]))).toBe("pose: mask 128 sets reserved bit 7");
    expect(checkPoseUpdate(new Uint8Array([128 | POSE_VR]))).toBe("pose: mask 144 sets reserved bit 7");
    expect(checkPoseUpdate(new Uint8Array([POSE_HEAD | POSE_VR, 1, 2]))).toBe("pose: 3 bytes, expected 10 for mask 17");
  });
});

describe("quantisation bounds", () => {
  const through = (p: Pose) => decodePoseUpdate(encodePose(p));

  it("head positions in 1 cm steps (error ≤ 0.5 cm), clamped at ±327.67 m", () => {
    for (const v of [0.004, -0.004, 1.2345, -2.675, 327.67, -327.67]) {
      const got = through({ head: head(v, v, v) }).head?.position_m ?? [];
      for (const g of got) expect(Math.abs(g - v)).toBeLessThanOrEqual(0.005 + 1e-12);
    }
    expect(through({ head: head(400, -400, 1e6) }).head?.position_m).toEqual([327.67, -327.67, 327.67]);
  });

  it("hand offsets in 1 cm steps, clamped at ±1.27 m", () => {
    const got = through({ rightHand: hand(0.333, -0.666, 1.5) }).rightHand?.offset_m;
    expect(got).toEqual([0.33, -0.67, 1.27]);
    expect(through({ leftHand: hand(-9, 0.005, -0.004) }).leftHand?.offset_m).toEqual([-1.27, 0.01, 0]);
  });

  it("the pointer in 0.5 m steps (error ≤ 0.25 m), clamped at ±16383.5 m", () => {
    const got = through({ pointer: { x_m: 1234.3, y_m: -77.76 } }).pointer;
    expect(got).toEqual({ x_m: 1234.5, y_m: -78 });
    expect(through({ pointer: { x_m: 20_000, y_m: -20_000 } }).pointer).toEqual({ x_m: 16383.5, y_m: -16383.5 });
  });

  it("rotations within 2.2°: three 7-bit components within half a step δ, the fourth rebuilt from them", () => {
    // δ = √½/127. The three sent components err by ≤ δ each; the rebuilt largest one (≥ ½) by ≤ 3δ to first
    // order (Σ|c_i|·δ / c_max with Σ|c_i| ≤ √3·√(1 − c_max²)), so |q − q'| ≤ √(3 + 9)·δ and the rotation
    // angle θ = 4·asin(|q − q'| / 2) ≤ 4·asin(√3·δ).
    const delta = Math.SQRT1_2 / 127;
    const worst_rad = 4 * Math.asin(Math.sqrt(3) * delta);
    let max_rad = 0;
    for (let i = 0; i < 256; i++) {
      // a spread of rotations: a yaw sweep with pitch and roll mixed in
      const a = (i / 256) * 2 * Math.PI;
      const b = Math.sin(3 * a) * 0.8;
      const q0: Quat = [Math.sin(b / 2) * Math.cos(a), Math.sin(a / 2), Math.sin(b / 2) * Math.sin(a), 1];
      const n = Math.hypot(...q0);
      const q = q0.map((c) => c / n) as Quat;
      const got = through({ head: { position_m: [0, 0, 0], rotation: q } }).head?.rotation as Quat;
      const dot = Math.abs(q[0] * got[0] + q[1] * got[1] + q[2] * got[2] + q[3] * got[3]);
      max_rad = Math.max(max_rad, 2 * Math.acos(Math.min(1, dot)));
    }
    expect(max_rad).toBeLessThanOrEqual(worst_rad);
    expect(max_rad).toBeGreaterThan(0); // the encoding is lossy: the sweep does see its error
  });
});

describe("the server's table: send on change, and the latest pose for newcomers", () => {
  it("keeps flags per slot: unchanged parts and flags send nothing, a flag change alone sends one record", () => {
    const t = new PoseTable();
    const vrPose = encodePose({
      head: head(0.1, 1.6, 0.2),
      rightHand: hand(0.3, -0.4, 0.2),
      vr: true,
      handsTracked: true,
    });
    t.update(5, vrPose);
    const first = t.takeChanges();
    expect(first?.length).toBe(2 + 9 + 6);
    expect(first?.[1]).toBe(vrPose[0]);
    t.update(5, vrPose); // standing still: nothing goes out (steady-state bandwidth unchanged)
    expect(t.takeChanges()).toBeNull();
    t.update(5, encodePose({ vr: true })); // controllers put down
    const lost = t.takeChanges();
    expect([...(lost ?? [])]).toEqual([5, POSE_VR]);
  });

  it("a newcomer's snapshot holds a still participant's head, hands and flags", () => {
    const t = new PoseTable();
    t.update(
      2,
      encodePose({ head: head(-0.4, 1.5, 0.9, 0.5), leftHand: hand(-0.2, -0.4, 0.2), vr: true, handsTracked: true }),
    );
    t.takeChanges(); // broadcast long ago; they have not moved since
    t.update(9, encodePose(poseOfCamera([100, 600, -700], [-100, -600, 700], [0, 0, 0])));
    t.takeChanges();
    const snap = t.snapshot();
    if (!snap) throw new Error("no snapshot");
    const all = decodePoseFrame(snap);
    expect(all.get(2)?.vr).toBe(true);
    expect(all.get(2)?.handsTracked).toBe(true);
    expect(all.get(2)?.head?.position_m).toEqual([-0.4, 1.5, 0.9]);
    expect(all.get(2)?.leftHand?.offset_m).toEqual([-0.2, -0.4, 0.2]);
    expect(all.get(9)?.vr).toBe(false);
    t.remove(2);
    expect(decodePoseFrame(t.snapshot() ?? new Uint8Array()).has(2)).toBe(false);
  });

  it("the pose book merges the join snapshot and later partial frames into each slot's whole pose", () => {
    const t = new PoseTable();
    t.update(
      4,
      encodePose({ head: head(0.2, 1.7, -0.3), rightHand: hand(0.3, -0.4, 0.2), vr: true, handsTracked: true }),
    );
    t.takeChanges();
    const book = new PoseBook();
    book.apply(t.snapshot() as Uint8Array); // on join
    t.update(
      4,
      encodePose({ head: head(0.25, 1.7, -0.3), rightHand: hand(0.3, -0.4, 0.2), vr: true, handsTracked: true }),
    );
    const parts = book.apply(t.takeChanges() as Uint8Array);
    expect(parts.get(4)?.rightHand).toBeUndefined(); // the frame carried the head only
    const whole = book.bySlot.get(4);
    expect(whole?.head?.position_m).toEqual([0.25, 1.7, -0.3]);
    expect(whole?.rightHand?.offset_m).toEqual([0.3, -0.4, 0.2]);
    expect(whole?.vr).toBe(true);
  });
});

describe("flags at the ends", () => {
  it("the VR sender sends a flag change even when no part changed", () => {
    const sent: Uint8Array[] = [];
    const s = new PoseSender((b) => sent.push(b));
    const h = head(0.1, 1.6, 0.2);
    expect(s.offer(0, { head: h, rightHand: hand(0.3, -0.4, 0.2), vr: true, handsTracked: true })).toBe(true);
    expect(s.offer(100, { head: h, vr: true, handsTracked: true })).toBe(false);
    expect(s.offer(200, { head: h, vr: true, handsTracked: false })).toBe(true);
    expect([...sent[1]]).toEqual([POSE_VR]);
  });

  const bounds = { minX: -3000, maxX: 3000, minZ: -1000, maxZ: 1400 };
  const span = citySpan_m(bounds);

  it("untracked hands are not shown; a desktop camera is a head where the camera is", () => {
    const a = placeCity("tabletop", bounds, [0, 1.6, 0], 0);
    const pose = decodePoseFrame(
      relayed(1, encodePose({ head: head(0, 0.8, 0.5), rightHand: hand(0.3, -0.4, 0.2), vr: true })),
    );
    const avatar = avatarFromPose(a, span, pose.get(1) as Pose);
    expect(avatar?.head).toBeDefined();
    expect(avatar?.rightHand).toBeUndefined();
    // a desktop camera 600 m above the ground, 800 m south of the centre, in a screen's (identity) placement
    const screen = identityPlacement(bounds);
    const camera: Vec3 = [0, 600, -400];
    const desk = decodePoseUpdate(encodePose(poseOfCamera(camera, [0, -600, 800], [0, 0, 400])));
    const seen = avatarFromPose(screen, span, desk)?.head.position ?? [];
    const view = cameraOfPose(desk)?.position ?? [];
    expect(seen).toEqual(view);
    for (let k = 0; k < 3; k++) expect(Math.abs(seen[k] - camera[k])).toBeLessThan(1.5); // 1 m offset steps, 0.5 m ground
  });

  it("a VR head lands on a screen over the same city point, in shared units times the table factor", () => {
    const screen = identityPlacement(bounds);
    const k = worldPerShared(screen, span);
    expect(k).toBeCloseTo(6000 / 1.2, 9);
    const pose = decodePoseUpdate(encodePose({ head: head(0.3, 0.75, -0.2), vr: true }));
    const seen = avatarFromPose(screen, span, pose)?.head.position ?? [];
    expect(seen[0]).toBeCloseTo(0 + 0.3 * k, 6); // the centre is x 0, z 200
    expect(seen[1]).toBeCloseTo(0.75 * k, 6);
    expect(seen[2]).toBeCloseTo(200 - 0.2 * k, 6);
  });
});
