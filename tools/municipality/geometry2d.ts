// Planar helpers of the generator: point in polygon, convex clipping (district areas), a spatial hash.
export type Pt = [number, number];

export { pointInRing as pointInPolygon } from "../../sim-core/host/import/geometry.ts";

/** Keeps the part of a convex ring on the side of the line through `a` with inward normal `n` (Sutherland–Hodgman). */
export function clipByHalfPlane(ring: Pt[], a: Pt, n: Pt): Pt[] {
  const side = (p: Pt) => (p[0] - a[0]) * n[0] + (p[1] - a[1]) * n[1];
  const out: Pt[] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    const sp = side(p);
    const sq = side(q);
    if (sp >= 0) out.push(p);
    if (sp >= 0 !== sq >= 0) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** A uniform grid of circles for overlap tests. */
export class CircleHash {
  private readonly cells = new Map<string, [number, number, number][]>();
  private maxR = 0;
  constructor(private readonly cell_m: number) {}
  private key(ix: number, iy: number): string {
    return `${ix},${iy}`;
  }
  overlaps(x: number, y: number, r: number): boolean {
    const ix = Math.floor(x / this.cell_m);
    const iy = Math.floor(y / this.cell_m);
    const reach = Math.ceil((r + this.maxR) / this.cell_m);
    for (let dx = -reach; dx <= reach; dx++)
      for (let dy = -reach; dy <= reach; dy++)
        for (const [cx, cy, cr] of this.cells.get(this.key(ix + dx, iy + dy)) ?? []) {
          if ((cx - x) ** 2 + (cy - y) ** 2 < (cr + r) ** 2) return true;
        }
    return false;
  }
  add(x: number, y: number, r: number): void {
    this.maxR = Math.max(this.maxR, r);
    const k = this.key(Math.floor(x / this.cell_m), Math.floor(y / this.cell_m));
    const list = this.cells.get(k);
    if (list) list.push([x, y, r]);
    else this.cells.set(k, [[x, y, r]]);
  }
}

/** Integers proportional to `values` that sum to `total` exactly (largest remainder; ties by index). */
export function largestRemainder(values: readonly number[], total: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]]++;
  return out;
}
