// Picking without triangles: a coarse grid of footprints on the ground plane. A pick ray is sampled
// from where it enters the height of the tallest building down to the ground; the first sample that
// lies inside a footprint, below that building's roof, is the hit.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import type { CityIndex } from "../city/cityIndex.ts";

const CELL_M = 80;
const STEP_M = 0.5;
const MAX_RAY_M = 30_000;

export class FootprintGrid {
  private readonly minX: number;
  private readonly minZ: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cellStart: Uint32Array;
  private readonly cellItems: Uint32Array;
  private readonly ringStart: Uint32Array;
  private readonly ringXZ: Float64Array;
  private readonly maxHeight_m: number;

  constructor(
    city: CityDataset,
    private readonly index: CityIndex,
  ) {
    const { bounds } = index;
    this.minX = bounds.minX;
    this.minZ = bounds.minZ;
    this.cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / CELL_M) + 1);
    this.rows = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / CELL_M) + 1);
    const n = city.buildings.length;
    this.ringStart = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) this.ringStart[i + 1] = this.ringStart[i] + city.buildings[i].footprint_m.length;
    this.ringXZ = new Float64Array(this.ringStart[n] * 2);
    const boxes: [number, number, number, number][] = [];
    city.buildings.forEach((b, i) => {
      let x0 = Infinity;
      let x1 = -Infinity;
      let z0 = Infinity;
      let z1 = -Infinity;
      b.footprint_m.forEach(([x, z], k) => {
        this.ringXZ[(this.ringStart[i] + k) * 2] = x;
        this.ringXZ[(this.ringStart[i] + k) * 2 + 1] = z;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        z0 = Math.min(z0, z);
        z1 = Math.max(z1, z);
      });
      boxes.push([this.col(x0), this.col(x1), this.row(z0), this.row(z1)]);
    });
    // Two passes (count, then fill) into one flat array: no per-cell arrays for 30,000+ buildings.
    const counts = new Uint32Array(this.cols * this.rows + 1);
    for (const [c0, c1, r0, r1] of boxes)
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) counts[r * this.cols + c + 1]++;
    for (let k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
    this.cellStart = counts.slice();
    this.cellItems = new Uint32Array(counts[counts.length - 1]);
    boxes.forEach(([c0, c1, r0, r1], i) => {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.cellItems[counts[r * this.cols + c]++] = i;
    });
    this.maxHeight_m = index.height_m.reduce((m, h) => Math.max(m, h), 0);
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.minX) / CELL_M)));
  }
  private row(z: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((z - this.minZ) / CELL_M)));
  }

  /** The building whose footprint contains (x, z), at or below height y; -1 if none. */
  buildingAt(x: number, y: number, z: number): number {
    const cx = Math.floor((x - this.minX) / CELL_M);
    const cz = Math.floor((z - this.minZ) / CELL_M);
    if (cx < 0 || cz < 0 || cx >= this.cols || cz >= this.rows) return -1;
    const cell = cz * this.cols + cx;
    for (let k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
      const i = this.cellItems[k];
      if (y <= this.index.height_m[i] && this.inside(i, x, z)) return i;
    }
    return -1;
  }

  /** First building hit by the ray origin + t·direction (direction need not be normalised). */
  pickRay(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
    const len = Math.hypot(dx, dy, dz);
    if (len === 0 || dy >= 0) return -1; // looking up never meets a footprint from above
    const ux = dx / len;
    const uy = dy / len;
    const uz = dz / len;
    const tTop = Math.max(0, (oy - this.maxHeight_m) / -uy);
    const tGround = Math.min(oy / -uy, tTop + MAX_RAY_M);
    for (let t = tTop; t <= tGround; t += STEP_M) {
      const hit = this.buildingAt(ox + ux * t, oy + uy * t, oz + uz * t);
      if (hit >= 0) return hit;
    }
    return -1;
  }

  /** Even-odd point-in-polygon on the footprint ring. */
  private inside(i: number, x: number, z: number): boolean {
    const s = this.ringStart[i];
    const e = this.ringStart[i + 1];
    const p = this.ringXZ;
    let inside = false;
    for (let a = s, b = e - 1; a < e; b = a++) {
      const xa = p[a * 2];
      const za = p[a * 2 + 1];
      const xb = p[b * 2];
      const zb = p[b * 2 + 1];
      if (za > z !== zb > z && x < ((xb - xa) * (z - za)) / (zb - za) + xa) inside = !inside;
    }
    return inside;
  }
}
