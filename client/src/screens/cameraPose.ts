// The desktop camera as a presence pose (server/session/poses.ts), and back. No Babylon here: plain numbers,
// Babylon's left-handed frame (x east, y up, z north; yaw about +y from +z towards +x, pitch positive down).
//
// A city camera orbits kilometres away, beyond the head part's ±327 m, so a desktop camera sends:
//   pointer = where its view axis meets the ground (the map point the facilitator looks at; ±16 km, 0.5 m),
//   head.position = the camera's offset from that point in hectometres (±32 km, 1 m steps),
//   head.rotation = its yaw and pitch as a quaternion (no roll).
import type { Pose, Quat, Vec3 } from "../../../server/session/poses.ts";

export interface CameraView {
  position: Vec3;
  yaw_rad: number;
  pitch_rad: number;
}

/** Metres per unit of a desktop camera's head position (hectometres). */
export const CAMERA_OFFSET_SCALE = 100;

export function forwardOf(yaw_rad: number, pitch_rad: number): Vec3 {
  const c = Math.cos(pitch_rad);
  return [Math.sin(yaw_rad) * c, -Math.sin(pitch_rad), Math.cos(yaw_rad) * c];
}

export function yawPitchOf(forward: Vec3): { yaw_rad: number; pitch_rad: number } {
  const [x, y, z] = forward;
  return { yaw_rad: Math.atan2(x, z), pitch_rad: Math.atan2(-y, Math.hypot(x, z)) };
}

/** Babylon's Quaternion.RotationYawPitchRoll(yaw, pitch, 0) as [x, y, z, w]. */
export function quatFromYawPitch(yaw_rad: number, pitch_rad: number): Quat {
  const sy = Math.sin(yaw_rad / 2);
  const cy = Math.cos(yaw_rad / 2);
  const sp = Math.sin(pitch_rad / 2);
  const cp = Math.cos(pitch_rad / 2);
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}

/** Yaw and pitch of the camera a rotation turns (+z rotated by q). */
export function yawPitchFromQuat(q: Quat): { yaw_rad: number; pitch_rad: number } {
  const [x, y, z, w] = q;
  // v' = v + 2w(q×v) + 2q×(q×v) with v = +z
  const forward: Vec3 = [2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)];
  return yawPitchOf(forward);
}

/** The pose a desktop camera sends: at `position`, looking along `forward` (not necessarily unit length). */
export function poseOfCamera(position: Vec3, forward: Vec3, fallbackTarget: Vec3): Pose {
  const { yaw_rad, pitch_rad } = yawPitchOf(forward);
  // The ground point on the view axis; a camera looking level or up falls back to its orbit target.
  const t = forward[1] < -1e-6 ? -position[1] / forward[1] : Number.NaN;
  const ground: Vec3 =
    Number.isFinite(t) && t > 0
      ? [position[0] + forward[0] * t, 0, position[2] + forward[2] * t]
      : [fallbackTarget[0], 0, fallbackTarget[2]];
  return {
    head: {
      position_m: [
        (position[0] - ground[0]) / CAMERA_OFFSET_SCALE,
        position[1] / CAMERA_OFFSET_SCALE,
        (position[2] - ground[2]) / CAMERA_OFFSET_SCALE,
      ],
      rotation: quatFromYawPitch(yaw_rad, pitch_rad),
    },
    pointer: { x_m: ground[0], y_m: ground[2] },
  };
}

/** The camera a desktop pose describes, or undefined without both head and pointer. */
export function cameraOfPose(pose: Pose): CameraView | undefined {
  if (!pose.head || !pose.pointer) return undefined;
  const [dx, dy, dz] = pose.head.position_m;
  return {
    position: [
      pose.pointer.x_m + dx * CAMERA_OFFSET_SCALE,
      dy * CAMERA_OFFSET_SCALE,
      pose.pointer.y_m + dz * CAMERA_OFFSET_SCALE,
    ],
    ...yawPitchFromQuat(pose.head.rotation),
  };
}

/** Merges a frame's changed parts into the last known pose of a slot (frames carry only changes). */
export function mergePose(known: Pose | undefined, update: Pose): Pose {
  return { ...known, ...update };
}
