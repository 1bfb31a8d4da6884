// The two scales of the VR view, as a placement of the city root (a TransformNode over every city mesh):
// the runtime's head pose is never overridden (iwer and real headsets both keep it), the city moves instead.
// Tabletop: the city's longest side over TABLE_WIDTH_M, its ground at table height, just in front of the head.
// Walk: 1:1, the city's ground on the real floor, the head over the city centre (teleport from there).
// world = anchorWorld + Ry(yaw) · scale · (city − anchorCity); Ry as Babylon's (left-handed) RotationY.
import type { CityBounds } from "../scene/createScene.ts";

export type XrScale = "tabletop" | "walk";
export type Vec3 = [number, number, number];

export const TABLE_WIDTH_M = 1.2; // the model's longest side, in real metres
export const TABLE_HEIGHT_M = 0.85; // the model's ground above the real floor
export const TABLE_GAP_M = 0.25; // from the head (horizontally) to the model's near edge
export const PANEL_SIZE_M = 0.6;
export const PANEL_DISTANCE_M = 0.8;

export interface Placement {
  scale: XrScale;
  /** Real metres per city metre. */
  factor: number;
  yaw_rad: number;
  /** The city point (its centre at ground level) and where it lands in the world. */
  anchorCity: Vec3;
  anchorWorld: Vec3;
}

export function citySpan_m(bounds: CityBounds): number {
  return Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ, 200);
}

/** Babylon's forward (+z local) at a yaw: RotationY maps (0,0,1) to (sin, 0, cos). */
export function forwardOf(yaw_rad: number): Vec3 {
  return [Math.sin(yaw_rad), 0, Math.cos(yaw_rad)];
}

/** Where the city goes for a scale, given the head's world position and yaw when the scale is chosen. */
export function placeCity(scale: XrScale, bounds: CityBounds, head: Vec3, yaw_rad: number): Placement {
  const anchorCity: Vec3 = [(bounds.minX + bounds.maxX) / 2, 0, (bounds.minZ + bounds.maxZ) / 2];
  if (scale === "walk") return { scale, factor: 1, yaw_rad, anchorCity, anchorWorld: [head[0], 0, head[2]] };
  const factor = TABLE_WIDTH_M / citySpan_m(bounds);
  // The city's north-south depth along the view (north faces away from the viewer after the yaw).
  const halfDepth_m = ((bounds.maxZ - bounds.minZ) / 2) * factor;
  const f = forwardOf(yaw_rad);
  const d = TABLE_GAP_M + halfDepth_m;
  return { scale, factor, yaw_rad, anchorCity, anchorWorld: [head[0] + f[0] * d, TABLE_HEIGHT_M, head[2] + f[2] * d] };
}

function rotateY(v: Vec3, yaw_rad: number): Vec3 {
  const c = Math.cos(yaw_rad);
  const s = Math.sin(yaw_rad);
  return [v[0] * c + v[2] * s, v[1], -v[0] * s + v[2] * c];
}

export function cityToWorld(p: Placement, v: Vec3): Vec3 {
  const r = rotateY(
    [(v[0] - p.anchorCity[0]) * p.factor, (v[1] - p.anchorCity[1]) * p.factor, (v[2] - p.anchorCity[2]) * p.factor],
    p.yaw_rad,
  );
  return [p.anchorWorld[0] + r[0], p.anchorWorld[1] + r[1], p.anchorWorld[2] + r[2]];
}

export function worldToCity(p: Placement, w: Vec3): Vec3 {
  const r = rotateY([w[0] - p.anchorWorld[0], w[1] - p.anchorWorld[1], w[2] - p.anchorWorld[2]], -p.yaw_rad);
  return [p.anchorCity[0] + r[0] / p.factor, p.anchorCity[1] + r[1] / p.factor, p.anchorCity[2] + r[2] / p.factor];
}

/** A world direction in city axes (unit length kept: picks step in city metres along it). */
export function worldDirToCity(p: Placement, d: Vec3): Vec3 {
  return rotateY(d, -p.yaw_rad);
}

/** The root node's own translation: world = position + Ry(yaw)·(factor·city). */
export function rootPosition(p: Placement): Vec3 {
  const r = rotateY([p.anchorCity[0] * p.factor, p.anchorCity[1] * p.factor, p.anchorCity[2] * p.factor], p.yaw_rad);
  return [p.anchorWorld[0] - r[0], p.anchorWorld[1] - r[1], p.anchorWorld[2] - r[2]];
}

/** A snap turn as a move of the city: turning the view by `turn_rad` (positive: to the right) about the head
 * is turning the world the other way about the vertical through the head. */
export function turnAbout(p: Placement, head: Vec3, turn_rad: number): Placement {
  const r = rotateY([p.anchorWorld[0] - head[0], 0, p.anchorWorld[2] - head[2]], -turn_rad);
  return { ...p, yaw_rad: p.yaw_rad - turn_rad, anchorWorld: [head[0] + r[0], p.anchorWorld[1], head[2] + r[2]] };
}

/** The identity placement (the desktop view; also what the city returns to when VR ends). */
export function identityPlacement(bounds: CityBounds): Placement {
  const c: Vec3 = [(bounds.minX + bounds.maxX) / 2, 0, (bounds.minZ + bounds.maxZ) / 2];
  return { scale: "walk", factor: 1, yaw_rad: 0, anchorCity: c, anchorWorld: [...c] };
}
