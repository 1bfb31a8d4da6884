// Presence poses, packed and quantised for avatars. A client sends only the parts that changed (mask);
// the server keeps the latest of each part per participant slot and broadcasts, at most 20 times a second,
// one frame with the parts that changed since the last frame. Little-endian throughout.
//
// Update (client → server, binary message "pose"):  mask:u8, then the parts named by mask, in bit order.
// Frame  (server → clients, binary message "poses"): records of  slot:u8 mask:u8 parts…
// The mask's low four bits name the parts; its high bits are flags about the sender, kept per slot by the
// server and carried in every record of that slot (no extra bytes; a change of flags alone is a record
// without parts):
//   vr    (bit 4): the head is a VR headset's head in the shared tabletop frame (client/src/xr/xrPoses.ts);
//                  clear: a desktop camera (pointer = the ground point looked at, head.position its offset in
//                  hectometres: client/src/screens/cameraPose.ts)
//   hands (bit 5): the sender's hands are tracked now; clear: the last hand parts are stale, not to be shown
//   walk  (bit 6): the sender walks the streets (1:1) rather than standing at the table: their head is a
//                  person's size in the city, not the table's (their avatar is drawn at the city's scale)
//   bit 7 is reserved (refused).
// Parts:
//   head    (bit 0): position x,y,z i16 [cm] in the shared view frame (±327 m), rotation quat (3 bytes)  9 B
//   hands   (bits 1, 2: left, right): position relative to the head i8 [cm] (±1.27 m), rotation (3 bytes)  6 B
//   pointer (bit 3): x,y on the city ground plane i16 [0.5 m] east/north of the city origin (±16 km)      4 B
// Rotations use "smallest three": the largest quaternion component is dropped (its index in 2 bits, sign
// made positive) and the other three, each within ±1/√2, take 7 bits: ≤ 2.2° error (about 1° typical), enough
// for avatars.

export const POSE_HEAD = 1;
export const POSE_LEFT_HAND = 2;
export const POSE_RIGHT_HAND = 4;
export const POSE_POINTER = 8;
export const POSE_ALL = 15;
export const POSE_VR = 16;
export const POSE_HANDS = 32;
export const POSE_WALK = 64;
export const POSE_FLAGS = POSE_VR | POSE_HANDS | POSE_WALK;
const PART_BYTES = [9, 6, 6, 4] as const;
/** PoseTable's dirty bit for "the flags changed" (never on the wire). */
const FLAGS_CHANGED = 256;

export type Vec3 = [number, number, number];
export type Quat = [number, number, number, number];
export interface Pose {
  head?: { position_m: Vec3; rotation: Quat };
  leftHand?: { offset_m: Vec3; rotation: Quat };
  rightHand?: { offset_m: Vec3; rotation: Quat };
  pointer?: { x_m: number; y_m: number };
  /** The vr flag: a headset's head in the shared tabletop frame (else a desktop camera). Decoding sets it. */
  vr?: boolean;
  /** The hands flag: the hands are tracked now. Decoding sets it. */
  handsTracked?: boolean;
  /** The walk flag: the sender is at street level (1:1), not at the table. Decoding sets it. */
  walking?: boolean;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : Math.min(v, hi));
const SQRT1_2 = Math.SQRT1_2;

export function partsLength(mask: number): number {
  let n = 0;
  for (let bit = 0; bit < 4; bit++) if (mask & (1 << bit)) n += PART_BYTES[bit];
  return n;
}

function writeQuat(view: DataView, at: number, q: Quat): void {
  const len = Math.hypot(q[0], q[1], q[2], q[3]) || 1;
  let largest = 0;
  for (let i = 1; i < 4; i++) if (Math.abs(q[i]) > Math.abs(q[largest])) largest = i;
  const sign = q[largest] < 0 ? -1 : 1;
  let packed = largest;
  let shift = 2;
  for (let i = 0; i < 4; i++) {
    if (i === largest) continue;
    const c = clamp((sign * q[i]) / len, -SQRT1_2, SQRT1_2);
    packed |= Math.round(((c + SQRT1_2) / (2 * SQRT1_2)) * 127) << shift;
    shift += 7;
  }
  view.setUint8(at, packed & 0xff);
  view.setUint8(at + 1, (packed >> 8) & 0xff);
  view.setUint8(at + 2, (packed >> 16) & 0xff);
}

function readQuat(view: DataView, at: number): Quat {
  const packed = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getUint8(at + 2) << 16);
  const largest = packed & 3;
  const q: Quat = [0, 0, 0, 0];
  let shift = 2;
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    if (i === largest) continue;
    const c = (((packed >> shift) & 127) / 127) * 2 * SQRT1_2 - SQRT1_2;
    q[i] = c;
    sum += c * c;
    shift += 7;
  }
  q[largest] = Math.sqrt(Math.max(0, 1 - sum));
  return q;
}

/** Packs the parts present in `pose` into an update message. */
export function encodePose(pose: Pose): Uint8Array {
  const mask =
    (pose.head ? POSE_HEAD : 0) |
    (pose.leftHand ? POSE_LEFT_HAND : 0) |
    (pose.rightHand ? POSE_RIGHT_HAND : 0) |
    (pose.pointer ? POSE_POINTER : 0) |
    (pose.vr ? POSE_VR : 0) |
    (pose.handsTracked ? POSE_HANDS : 0) |
    (pose.walking ? POSE_WALK : 0);
  const bytes = new Uint8Array(1 + partsLength(mask));
  const view = new DataView(bytes.buffer);
  bytes[0] = mask;
  let at = 1;
  if (pose.head) {
    for (let i = 0; i < 3; i++)
      view.setInt16(at + 2 * i, clamp(Math.round(pose.head.position_m[i] * 100), -32767, 32767), true);
    writeQuat(view, at + 6, pose.head.rotation);
    at += 9;
  }
  for (const hand of [pose.leftHand, pose.rightHand]) {
    if (!hand) continue;
    for (let i = 0; i < 3; i++) view.setInt8(at + i, clamp(Math.round(hand.offset_m[i] * 100), -127, 127));
    writeQuat(view, at + 3, hand.rotation);
    at += 6;
  }
  if (pose.pointer) {
    view.setInt16(at, clamp(Math.round(pose.pointer.x_m * 2), -32767, 32767), true);
    view.setInt16(at + 2, clamp(Math.round(pose.pointer.y_m * 2), -32767, 32767), true);
  }
  return bytes;
}

function decodeParts(view: DataView, at: number, mask: number): Pose {
  const pose: Pose = {
    vr: (mask & POSE_VR) !== 0,
    handsTracked: (mask & POSE_HANDS) !== 0,
    walking: (mask & POSE_WALK) !== 0,
  };
  if (mask & POSE_HEAD) {
    pose.head = {
      position_m: [view.getInt16(at, true) / 100, view.getInt16(at + 2, true) / 100, view.getInt16(at + 4, true) / 100],
      rotation: readQuat(view, at + 6),
    };
    at += 9;
  }
  for (const [bit, key] of [
    [POSE_LEFT_HAND, "leftHand"],
    [POSE_RIGHT_HAND, "rightHand"],
  ] as const) {
    if (!(mask & bit)) continue;
    pose[key] = {
      offset_m: [view.getInt8(at) / 100, view.getInt8(at + 1) / 100, view.getInt8(at + 2) / 100],
      rotation: readQuat(view, at + 3),
    };
    at += 6;
  }
  if (mask & POSE_POINTER) pose.pointer = { x_m: view.getInt16(at, true) / 2, y_m: view.getInt16(at + 2, true) / 2 };
  return pose;
}

/** Checks an update's shape; returns the error for the sender or null. */
export function checkPoseUpdate(bytes: unknown): string | null {
  if (!(bytes instanceof Uint8Array)) return "pose: expected binary data";
  if (bytes.length < 1) return "pose: empty message";
  const mask = bytes[0];
  if (mask === 0) return "pose: mask 0 names no part and no flag";
  if (mask & ~(POSE_ALL | POSE_FLAGS)) return `pose: mask ${mask} sets reserved bit 7`;
  const expected = 1 + partsLength(mask);
  if (bytes.length !== expected) return `pose: ${bytes.length} bytes, expected ${expected} for mask ${mask}`;
  return null;
}

/** Decodes an update (after checkPoseUpdate). */
export function decodePoseUpdate(bytes: Uint8Array): Pose {
  return decodeParts(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1, bytes[0]);
}

/** Decodes a frame into per-slot poses. */
export function decodePoseFrame(bytes: Uint8Array): Map<number, Pose> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<number, Pose>();
  let at = 0;
  while (at + 2 <= bytes.length) {
    const slot = bytes[at];
    const mask = bytes[at + 1];
    out.set(slot, decodeParts(view, at + 2, mask));
    at += 2 + partsLength(mask);
  }
  return out;
}

/** Merges a frame's parts into the last known pose of a participant (a frame carries only changed parts,
 * and always the sender's flags). */
export function mergePoseParts(into: Pose, parts: Pose): void {
  if (parts.head) into.head = parts.head;
  if (parts.leftHand) into.leftHand = parts.leftHand;
  if (parts.rightHand) into.rightHand = parts.rightHand;
  if (parts.pointer) into.pointer = parts.pointer;
  if (parts.vr !== undefined) into.vr = parts.vr;
  if (parts.handsTracked !== undefined) into.handsTracked = parts.handsTracked;
  if (parts.walking !== undefined) into.walking = parts.walking;
}

/** Client side: the latest pose of every slot, merged from every frame since joining (the server's snapshot on
 * join included), so a view opened later (VR, a screen's avatars) starts from everyone's last pose. */
export class PoseBook {
  readonly bySlot = new Map<number, Pose>();

  /** Merges a frame; returns it decoded (the parts it carried). */
  apply(frame: Uint8Array): Map<number, Pose> {
    const decoded = decodePoseFrame(frame);
    for (const [slot, parts] of decoded) {
      const known = this.bySlot.get(slot);
      if (known) mergePoseParts(known, parts);
      else this.bySlot.set(slot, { ...parts });
    }
    return decoded;
  }
}

/** Server side: latest bytes of each part per slot, and which parts changed since the last frame. */
export class PoseTable {
  private readonly parts = new Map<number, (Uint8Array | undefined)[]>();
  private readonly dirty = new Map<number, number>();
  private readonly flags = new Map<number, number>();

  /** Stores a checked update; parts and flags equal to the stored ones are not marked changed (send on change). */
  update(slot: number, bytes: Uint8Array): void {
    const mask = bytes[0];
    let stored = this.parts.get(slot);
    if (!stored) {
      stored = [undefined, undefined, undefined, undefined];
      this.parts.set(slot, stored);
    }
    let at = 1;
    let changed = 0;
    for (let bit = 0; bit < 4; bit++) {
      if (!(mask & (1 << bit))) continue;
      const n = PART_BYTES[bit];
      let old = stored[bit];
      let same = old !== undefined;
      for (let i = 0; same && i < n; i++) same = (old as Uint8Array)[i] === bytes[at + i];
      if (!same) {
        if (!old) old = stored[bit] = new Uint8Array(n); // a part's bytes are kept in place, no garbage per update
        for (let i = 0; i < n; i++) old[i] = bytes[at + i]; // (no subarray view per part: 8000 updates/s at 20 × 40)
        changed |= 1 << bit;
      }
      at += n;
    }
    const flags = mask & POSE_FLAGS;
    if (flags !== (this.flags.get(slot) ?? 0)) {
      this.flags.set(slot, flags);
      changed |= FLAGS_CHANGED;
    }
    if (changed) this.dirty.set(slot, (this.dirty.get(slot) ?? 0) | changed);
  }

  remove(slot: number): void {
    this.parts.delete(slot);
    this.dirty.delete(slot);
    this.flags.delete(slot);
  }

  /** The parts changed since the last call, or null when nothing changed. */
  takeChanges(): Uint8Array | null {
    if (this.dirty.size === 0) return null;
    const frame = this.encode(this.dirty);
    this.dirty.clear();
    return frame;
  }

  /** Every known part and the flags (for a client that has just joined: one that stands still is seen too). */
  snapshot(): Uint8Array | null {
    if (this.parts.size === 0) return null;
    const all = new Map<number, number>();
    for (const [slot, stored] of this.parts) {
      const mask = stored.reduce((m, p, bit) => (p ? m | (1 << bit) : m), 0);
      if (mask || this.flags.get(slot)) all.set(slot, mask);
    }
    return all.size ? this.encode(all) : null;
  }

  private encode(masks: Map<number, number>): Uint8Array {
    let length = 0;
    for (const mask of masks.values()) length += 2 + partsLength(mask & POSE_ALL);
    const frame = new Uint8Array(length);
    let at = 0;
    for (const [slot, dirty] of masks) {
      const stored = this.parts.get(slot);
      if (!stored) continue;
      const mask = dirty & POSE_ALL;
      frame[at] = slot;
      frame[at + 1] = mask | (this.flags.get(slot) ?? 0);
      at += 2;
      for (let bit = 0; bit < 4; bit++) {
        if (!(mask & (1 << bit))) continue;
        frame.set(stored[bit] as Uint8Array, at);
        at += PART_BYTES[bit];
      }
    }
    return frame.subarray(0, at);
  }
}
