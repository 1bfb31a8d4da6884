// The tiles' geometries as one buffer: every tile mesh draws its own range of it (so it is culled on its
// own, as before), and one more mesh can draw the whole city in a single call (in VR at tabletop, where the
// whole model is always in view). One vertex array for all, whichever meshes draw it.
import type { CityGeometry } from "./cityGeometry.ts";

export interface TileRange {
  vertexStart: number;
  vertexCount: number;
  indexStart: number;
  indexCount: number;
  /** Bounds of the tile's vertices (local metres). */
  min: [number, number, number];
  max: [number, number, number];
}

export interface JoinedTiles {
  positions: Float32Array;
  normals: Float32Array;
  buildingIndex: Float32Array;
  /** Each tile's indices, offset by the tile's first vertex. */
  indices: Uint32Array;
  /** One per part, in the parts' order. */
  ranges: TileRange[];
}

/** Appends the parts one after another; part i's triangles are the same ones, at `ranges[i]`. */
export function joinTiles(parts: readonly CityGeometry[]): JoinedTiles {
  let vertices = 0;
  let indexTotal = 0;
  for (const p of parts) {
    vertices += p.buildingIndex.length;
    indexTotal += p.indices.length;
  }
  const positions = new Float32Array(3 * vertices);
  const normals = new Float32Array(3 * vertices);
  const buildingIndex = new Float32Array(vertices);
  const indices = new Uint32Array(indexTotal);
  const ranges: TileRange[] = [];
  let v = 0;
  let k = 0;
  for (const p of parts) {
    const n = p.buildingIndex.length;
    positions.set(p.positions, 3 * v);
    normals.set(p.normals, 3 * v);
    buildingIndex.set(p.buildingIndex, v);
    for (let i = 0; i < p.indices.length; i++) indices[k + i] = p.indices[i] + v;
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < 3 * n; i++) {
      const c = i % 3;
      const x = p.positions[i];
      if (x < min[c]) min[c] = x;
      if (x > max[c]) max[c] = x;
    }
    ranges.push({ vertexStart: v, vertexCount: n, indexStart: k, indexCount: p.indices.length, min, max });
    v += n;
    k += p.indices.length;
  }
  return { positions, normals, buildingIndex, indices, ranges };
}
