// Footprint ring checks: cleaning, degenerate rings, self-intersection, and the convex-hull fallback.
import { polygonArea_m2 } from "../polygon.ts";

export type Ring = [number, number][];

/** Drops the closing vertex and consecutive duplicates (a GeoJSON/CityJSON ring may repeat its first point). */
export function cleanRing(ring: readonly (readonly [number, number])[]): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function orient(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function onSegment(a: readonly number[], b: readonly number[], p: readonly number[]): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsIntersect(p1: number[], p2: number[], q1: number[], q2: number[]): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(q1, q2, p1)) return true;
  if (d2 === 0 && onSegment(q1, q2, p2)) return true;
  if (d3 === 0 && onSegment(p1, p2, q1)) return true;
  if (d4 === 0 && onSegment(p1, p2, q2)) return true;
  return false;
}

/** True if two non-adjacent edges of the (implicitly closed) ring touch or cross. */
export function isSelfIntersecting(ring: Ring): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a1 = ring[i];
    const a2 = ring[(i + 1) % n];
    for (let j = i + 1; j < n; j++) {
      if (j === i || (j + 1) % n === i || j === (i + 1) % n) continue; // adjacent edges share a vertex
      if (segmentsIntersect(a1, a2, ring[j], ring[(j + 1) % n])) return true;
    }
  }
  return false;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, not closed. */
export function convexHull(points: Ring): Ring {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const lower: Ring = [];
  for (const p of pts) {
    while (lower.length >= 2 && orient(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Ring = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && orient(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Area below which a ring counts as degenerate (collinear points). */
const MIN_AREA_m2 = 0.01;

export type RingProblem = "too-few-points" | "zero-area" | "self-intersection" | null;

export function ringProblem(ring: Ring): RingProblem {
  if (ring.length < 3) return "too-few-points";
  // A crossing ring (a bow-tie) can have zero signed area yet a real outline: test crossing first, and call a
  // ring degenerate only when even its hull has no area (all points on a line).
  if (isSelfIntersecting(ring))
    return polygonArea_m2(convexHull(ring)) < MIN_AREA_m2 ? "zero-area" : "self-intersection";
  if (polygonArea_m2(ring) < MIN_AREA_m2) return "zero-area";
  return null;
}

/** Net area of a polygon with holes [m²]. */
export function polygonWithHolesArea_m2(outer: Ring, holes: readonly Ring[]): number {
  return polygonArea_m2(outer) - holes.reduce((s, h) => s + polygonArea_m2(h), 0);
}

/** Ray casting point-in-ring test; points on the boundary may go either way. */
export function pointInRing(p: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
