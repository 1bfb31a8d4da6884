// Sends this viewer's head and hands to the session at most 20 times a second, and only the parts whose
// quantised bytes changed since they were last sent (server/session/poses.ts layout). Every update carries
// the flags (vr, hands tracked, walking); a change of flags alone is sent as an update without parts.
import { encodePose, type Pose } from "../../../server/session/poses.ts";

export const POSE_INTERVAL_MS = 50; // ≤ 20 Hz

const PARTS = ["head", "leftHand", "rightHand"] as const;

export class PoseSender {
  private last_ms = Number.NEGATIVE_INFINITY;
  private readonly sent = new Map<string, string>();
  private sentFlags = -1;
  /** Messages sent so far (tests, debugging). */
  count = 0;

  constructor(private readonly send: (bytes: Uint8Array) => void) {}

  /** Whether the interval since the last message has passed (the pose need not be computed before). */
  due(now_ms: number): boolean {
    return now_ms - this.last_ms >= POSE_INTERVAL_MS;
  }

  /** Offers the current pose; sends the changed parts when the interval has passed. */
  offer(now_ms: number, pose: Pose): boolean {
    if (!this.due(now_ms)) return false;
    const changed: Pose = {};
    let any = false;
    for (const key of PARTS) {
      const part = pose[key];
      if (!part) continue;
      const bytes = encodePose({ [key]: part }).join(",");
      if (this.sent.get(key) === bytes) continue;
      this.sent.set(key, bytes);
      (changed as Record<string, unknown>)[key] = part;
      any = true;
    }
    const flags = (pose.vr ? 1 : 0) | (pose.handsTracked ? 2 : 0) | (pose.walking ? 4 : 0);
    if (!any && flags === this.sentFlags) return false;
    this.sentFlags = flags;
    changed.vr = pose.vr;
    changed.handsTracked = pose.handsTracked;
    changed.walking = pose.walking;
    this.last_ms = now_ms;
    this.count++;
    this.send(encodePose(changed));
    return true;
  }
}
