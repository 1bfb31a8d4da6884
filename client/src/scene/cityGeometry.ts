// Builds ONE vertex buffer for all buildings: walls as quads per footprint edge, flat roofs by
// earcut. Pure data (no Babylon), so it is testable and reusable for thin instances later.
import earcut from "earcut";
import type { CityBuilding } from "../../../sim-core/host/city.ts";

export interface CityGeometry {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** First vertex and vertex count of each building, for colouring in place. */
  vertexStart: Uint32Array;
  vertexCount: Uint32Array;
  /** Per vertex: the building's index in the whole city (reads its colour and picks it on the GPU side). */
  buildingIndex: Float32Array;
}

function signedArea(ring: readonly [number, number][]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/** `cityIndexOf[i]` is building i's index in the whole city (default: i). */
export function buildCityGeometry(
  buildings: readonly CityBuilding[],
  storeyHeight_m: number,
  cityIndexOf?: ArrayLike<number>,
): CityGeometry {
  let vertexTotal = 0;
  let indexTotal = 0;
  for (const b of buildings) {
    const n = b.footprint_m.length;
    vertexTotal += 4 * n + n;
    indexTotal += 6 * n + 3 * (n - 2);
  }
  const positions = new Float32Array(vertexTotal * 3);
  const normals = new Float32Array(vertexTotal * 3);
  const indices = new Uint32Array(indexTotal);
  const buildingIndex = new Float32Array(vertexTotal);
  const vertexStart = new Uint32Array(buildings.length);
  const vertexCount = new Uint32Array(buildings.length);
  let v = 0;
  let k = 0;
  let id = 0;
  const put = (x: number, y: number, z: number, nx: number, ny: number, nz: number) => {
    const o = v * 3;
    positions[o] = x;
    positions[o + 1] = y;
    positions[o + 2] = z;
    normals[o] = nx;
    normals[o + 1] = ny;
    normals[o + 2] = nz;
    buildingIndex[v] = id;
    return v++;
  };
  buildings.forEach((b, bi) => {
    const ring = b.footprint_m;
    const n = ring.length;
    const top = b.floors * storeyHeight_m;
    const ccw = signedArea(ring) > 0; // counter-clockwise seen from above (x east, y north)
    vertexStart[bi] = v;
    id = cityIndexOf ? cityIndexOf[bi] : bi;
    for (let i = 0; i < n; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[(i + 1) % n];
      const len = Math.hypot(x2 - x1, y2 - y1) || 1;
      // Outward normal in the ground plane: right of the edge for a CCW ring.
      const s = ccw ? 1 : -1;
      const nx = (s * (y2 - y1)) / len;
      const nz = (-s * (x2 - x1)) / len;
      const a = put(x1, 0, y1, nx, 0, nz);
      const bb = put(x2, 0, y2, nx, 0, nz);
      const c = put(x2, top, y2, nx, 0, nz);
      const d = put(x1, top, y1, nx, 0, nz);
      indices[k++] = a;
      indices[k++] = bb;
      indices[k++] = c;
      indices[k++] = a;
      indices[k++] = c;
      indices[k++] = d;
    }
    const roofBase = v;
    const flat: number[] = [];
    for (const [x, y] of ring) {
      put(x, top, y, 0, 1, 0);
      flat.push(x, y);
    }
    for (const t of earcut(flat)) indices[k++] = roofBase + t;
    vertexCount[bi] = v - vertexStart[bi];
  });
  return { positions, normals, indices: indices.subarray(0, k), vertexStart, vertexCount, buildingIndex };
}
