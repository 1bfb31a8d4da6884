// The two scales of the VR view. Tabletop: the whole city as a model about a table's width, seen from
// standing height beside it. Walk: 1:1 at street level. Both are a world scaling factor (world metres
// per real metre) and a starting head position in world units; no city mesh is moved or rebuilt.
import type { CityBounds } from "../scene/createScene.ts";

export type XrScale = "tabletop" | "walk";

export const TABLE_WIDTH_M = 1.2; // the model's longest side, in real metres
export const TABLE_HEIGHT_M = 0.9; // the model's ground above the real floor
export const EYE_HEIGHT_M = 1.6;

export interface ScalePose {
  /** World units per real metre (Babylon's WebXRSessionManager.worldScalingFactor). */
  worldPerReal: number;
  /** Where the viewer's head starts, in world units. */
  head: { x: number; y: number; z: number };
  /** Panel distance in front of the head and its side length, in world units. */
  panelDistance: number;
  panelSize: number;
}

export function scalePose(scale: XrScale, bounds: CityBounds): ScalePose {
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cz = (bounds.minZ + bounds.maxZ) / 2;
  const span = Math.max(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ, 200);
  if (scale === "walk")
    return { worldPerReal: 1, head: { x: cx, y: EYE_HEIGHT_M, z: cz }, panelDistance: 1, panelSize: 0.6 };
  const f = span / TABLE_WIDTH_M;
  // Standing at the table's near (south) edge, half a metre back, eyes 0.7 m above the model's ground.
  return {
    worldPerReal: f,
    head: { x: cx, y: (EYE_HEIGHT_M - TABLE_HEIGHT_M) * f, z: bounds.minZ - 0.5 * f },
    panelDistance: 0.8 * f,
    panelSize: 0.6 * f,
  };
}
