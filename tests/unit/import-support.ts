// Independent checks for the import tests: planar areas on the GRS80 ellipsoid without proj4.
import { readFileSync } from "node:fs";

export const FIXTURES = new URL("../../assets/import/fixtures/", import.meta.url);
export const readFixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");

const A_m = 6378137; // GRS80 semi-major axis
const F = 1 / 298.257222101; // GRS80 flattening
const E2 = F * (2 - F);

export function shoelace_m2(ring: readonly (readonly number[])[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/**
 * Area of a small lon/lat ring [m²] from the ellipsoid's radii of curvature at its mean latitude (meridian M,
 * prime vertical N): x = N·cosφ0·Δλ, y = M·Δφ. Exact to ~1e-6 relative for a building-sized ring.
 */
export function lonLatRingArea_m2(ring: readonly (readonly number[])[]): number {
  const lat0 = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const lon0 = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const phi = (lat0 * Math.PI) / 180;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const M = (A_m * (1 - E2)) / w ** 1.5;
  const N = A_m / Math.sqrt(w);
  const rad = Math.PI / 180;
  return shoelace_m2(ring.map(([lon, lat]) => [N * Math.cos(phi) * (lon - lon0) * rad, M * (lat - lat0) * rad]));
}

/** Meridian arc length from the equator to latitude φ on GRS80 [m], by Simpson's rule on M(φ). */
export function meridianArc_m(lat_deg: number, steps = 2000): number {
  const b = (lat_deg * Math.PI) / 180;
  const m = (p: number) => (A_m * (1 - E2)) / (1 - E2 * Math.sin(p) ** 2) ** 1.5;
  const h = b / steps;
  let s = m(0) + m(b);
  for (let i = 1; i < steps; i++) s += (i % 2 ? 4 : 2) * m(i * h);
  return (s * h) / 3;
}
