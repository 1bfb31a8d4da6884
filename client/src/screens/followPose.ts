// What a city or wall screen does with the followed facilitator's pose (server/session/poses.ts), by its vr
// flag: a desktop camera is followed as it is (cameraPose.ts); a VR head is followed from where it is over the
// city (the shared tabletop frame scaled up by the table factor, so a tabletop facilitator's view of the
// model is the screen's view of the city, and a walker's eyes are at street level), looking where the head
// looks (yaw and pitch; its roll is dropped), eased more slowly than a desktop camera (heads jitter).
import type { Pose } from "../../../server/session/poses.ts";
import { TABLE_WIDTH_M } from "../xr/xrScale.ts";
import { type CameraView, cameraOfPose, yawPitchFromQuat } from "./cameraPose.ts";

/** Easing time constants [s]: a desktop camera's pose as sent (already smooth), a VR head's calmed. */
export const FOLLOW_EASE_S = { desktop: 0.12, vr: 0.5 } as const;

export interface CityFrame {
  /** The city's centre on the ground (x east, z north): the shared frame's origin. */
  centreX_m: number;
  centreZ_m: number;
  /** The city's longest side (xrScale.ts citySpan_m): the shared frame's unit is span/TABLE_WIDTH_M. */
  span_m: number;
}

/** The view to follow, or undefined while the pose lacks the parts its kind needs. */
export function followView(pose: Pose, city: CityFrame): CameraView | undefined {
  if (!pose.vr) return cameraOfPose(pose);
  if (!pose.head) return undefined;
  const k = city.span_m / TABLE_WIDTH_M;
  const [x, y, z] = pose.head.position_m;
  return {
    position: [city.centreX_m + x * k, y * k, city.centreZ_m + z * k],
    ...yawPitchFromQuat(pose.head.rotation),
  };
}
