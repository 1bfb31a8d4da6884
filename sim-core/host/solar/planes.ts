// Standard orientations of the solar kernel. Azimuth: degrees clockwise from north (0 N, 90 E,
// 180 S, 270 W); tilt: degrees from horizontal (90 = vertical facade).
import type { Plane } from "./reference/kernel.ts";

export const PLANE_ROOF = 0;
export const PLANE_NORTH = 1;
export const PLANE_EAST = 2;
export const PLANE_SOUTH = 3;
export const PLANE_WEST = 4;

/** The five planes every building uses: its roof and the four vertical facades N, E, S, W. */
export function buildingPlanes(roofTilt_deg: number, roofAzimuth_deg: number): Plane[] {
  return [
    { tilt_deg: roofTilt_deg, azimuth_deg: roofAzimuth_deg },
    { tilt_deg: 90, azimuth_deg: 0 },
    { tilt_deg: 90, azimuth_deg: 90 },
    { tilt_deg: 90, azimuth_deg: 180 },
    { tilt_deg: 90, azimuth_deg: 270 },
  ];
}
