// Sends this desktop client's camera as its presence pose (server/session/poses.ts), so the room's screens
// can follow the facilitator. At most every SEND_MS and only when the quantised bytes changed; the last pose
// of a movement is always sent (a trailing send), so followers come to rest where the camera did.
import type { ArcRotateCamera } from "@babylonjs/core/Cameras/arcRotateCamera.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { encodePose } from "../../../server/session/poses.ts";
import { poseOfCamera } from "./cameraPose.ts";

/** 16 Hz: under the room's 20 Hz limit, which silently drops the extra. */
const SEND_MS = 60;

export interface PoseSender {
  sendBytes(type: string, bytes: Uint8Array): void;
}

export function sendCameraPresence(room: PoseSender, scene: Scene, camera: ArcRotateCamera): () => void {
  let lastSent: Uint8Array | undefined;
  let lastAt = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  const current = (): Uint8Array => {
    const p = camera.position;
    const t = camera.target;
    return encodePose(poseOfCamera([p.x, p.y, p.z], [t.x - p.x, t.y - p.y, t.z - p.z], [t.x, t.y, t.z]));
  };
  const send = () => {
    trailing = undefined;
    if (scene.activeCamera !== camera) return; // entered VR meanwhile: the head is the pose now
    const bytes = current();
    if (lastSent && bytes.length === lastSent.length && bytes.every((b, i) => b === lastSent?.[i])) return;
    lastSent = bytes;
    lastAt = performance.now();
    room.sendBytes("pose", bytes);
  };
  const observer = scene.onAfterRenderObservable.add(() => {
    if (scene.activeCamera !== camera) {
      lastSent = undefined; // in VR the XR module sends the head instead; back on the desktop, resend at once
      return;
    }
    const wait = lastAt + SEND_MS - performance.now();
    if (wait <= 0) send();
    else trailing ??= setTimeout(send, wait);
  });
  return () => {
    scene.onAfterRenderObservable.remove(observer);
    if (trailing) clearTimeout(trailing);
  };
}
