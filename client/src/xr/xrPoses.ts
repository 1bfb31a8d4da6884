// Poses between the viewer's world and the session's shared frame. The shared frame is the tabletop model's:
// origin at the city centre on its ground, the city's axes (x east, y up, z north), one unit = one real metre
// at tabletop scale (TABLE_WIDTH_M over the city's longest side). Everyone at the table shares it whatever
// the placement of their own city; a walker's head lands on the model where they stand in the city.
// Hands travel as offsets from the head in the shared frame's axes. Quaternions are [x,y,z,w] in Babylon's
// (left-handed) convention; a parent rotation applies as q_parent ⊗ q_child (Hamilton product).
// A desktop participant's pose is their camera (client/src/screens/cameraPose.ts): their avatar is a head
// where that camera is in the city, looking where it looks, without hands.
import { mergePoseParts, type Pose, type Quat } from "../../../server/session/poses.ts";
import { cameraOfPose, quatFromYawPitch } from "../screens/cameraPose.ts";
import { cityToWorld, type Placement, TABLE_WIDTH_M, type Vec3 } from "./xrScale.ts";

export interface WorldPart {
  position: Vec3;
  rotation: Quat;
}
export interface WorldAvatar {
  head: WorldPart;
  leftHand?: WorldPart;
  rightHand?: WorldPart;
}

export function multiply(a: Quat, b: Quat): Quat {
  return [
    a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
    a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
    a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
    a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2],
  ];
}

function yawQuat(yaw_rad: number): Quat {
  return [0, Math.sin(yaw_rad / 2), 0, Math.cos(yaw_rad / 2)];
}

function rotateY(v: Vec3, yaw_rad: number): Vec3 {
  const c = Math.cos(yaw_rad);
  const s = Math.sin(yaw_rad);
  return [v[0] * c + v[2] * s, v[1], -v[0] * s + v[2] * c];
}

/** Real metres in the world per shared-frame unit, for this placement (1 at tabletop, the table factor's
 * inverse when walking). */
export function worldPerShared(p: Placement, citySpan_m: number): number {
  return p.factor / (TABLE_WIDTH_M / citySpan_m);
}

function toShared(p: Placement, k: number, w: Vec3): Vec3 {
  const r = rotateY([w[0] - p.anchorWorld[0], w[1] - p.anchorWorld[1], w[2] - p.anchorWorld[2]], -p.yaw_rad);
  return [r[0] / k, r[1] / k, r[2] / k];
}

function fromShared(p: Placement, k: number, t: Vec3): Vec3 {
  const r = rotateY([t[0] * k, t[1] * k, t[2] * k], p.yaw_rad);
  return [p.anchorWorld[0] + r[0], p.anchorWorld[1] + r[1], p.anchorWorld[2] + r[2]];
}

/** This viewer's head and hands (world) as a pose in the shared frame. */
export function poseFromWorld(p: Placement, citySpan_m: number, head: WorldPart, hands: WorldAvatar): Pose {
  const k = worldPerShared(p, citySpan_m);
  const unYaw = yawQuat(-p.yaw_rad);
  const pose: Pose = {
    head: { position_m: toShared(p, k, head.position), rotation: multiply(unYaw, head.rotation) },
    vr: true,
    handsTracked: !!(hands.leftHand || hands.rightHand),
  };
  for (const key of ["leftHand", "rightHand"] as const) {
    const hand = hands[key];
    if (!hand) continue;
    const d: Vec3 = [
      hand.position[0] - head.position[0],
      hand.position[1] - head.position[1],
      hand.position[2] - head.position[2],
    ];
    const r = rotateY(d, -p.yaw_rad);
    pose[key] = { offset_m: [r[0] / k, r[1] / k, r[2] / k], rotation: multiply(unYaw, hand.rotation) };
  }
  return pose;
}

/** Where another participant's head and hands go in this viewer's world (the pose→avatar transform). */
export function avatarFromPose(p: Placement, citySpan_m: number, pose: Pose): WorldAvatar | undefined {
  if (!pose.head) return undefined;
  const yaw = yawQuat(p.yaw_rad);
  if (!pose.vr) {
    const camera = cameraOfPose(pose);
    if (!camera) return undefined;
    const rotation = multiply(yaw, quatFromYawPitch(camera.yaw_rad, camera.pitch_rad));
    return { head: { position: cityToWorld(p, camera.position), rotation } };
  }
  const k = worldPerShared(p, citySpan_m);
  const head = fromShared(p, k, pose.head.position_m);
  const out: WorldAvatar = { head: { position: head, rotation: multiply(yaw, pose.head.rotation) } };
  for (const key of ["leftHand", "rightHand"] as const) {
    const hand = pose[key];
    if (!hand || !pose.handsTracked) continue; // the last hand parts of untracked hands are stale
    const r = rotateY([hand.offset_m[0] * k, hand.offset_m[1] * k, hand.offset_m[2] * k], p.yaw_rad);
    out[key] = { position: [head[0] + r[0], head[1] + r[1], head[2] + r[2]], rotation: multiply(yaw, hand.rotation) };
  }
  return out;
}

/** Merges a frame's parts into the last known pose of a participant (a frame carries only changed parts). */
export const mergePose = mergePoseParts;
