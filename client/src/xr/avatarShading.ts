// Avatar shading baked into vertex colours: each face of a head or hand box gets a fixed brightness from
// its normal (a sky from above and a key light from above, south-west), so the boxes read as solids with
// unlit materials. Lit, every avatar mesh bound the scene's lights in both eyes every frame; the lights
// only ever told the faces apart (the role colour, from the instance colour, is what matters).
import { VertexBuffer } from "@babylonjs/core/Buffers/buffer.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";

const SKY_BASE = 0.55;
const SKY_FROM_ABOVE = 0.3;
const KEY = 0.2;
const KEY_TOWARDS = [0.4, 1, -0.6].map((x) => x / Math.hypot(0.4, 1, -0.6));

/** Brightness (0-1) of a face with this unit normal: 1 on top, 0.7-0.8 on the sides, 0.55 below. */
export function faceShade(nx: number, ny: number, nz: number): number {
  const sky = SKY_BASE + SKY_FROM_ABOVE * (0.5 + 0.5 * ny);
  const key = KEY * Math.max(0, nx * KEY_TOWARDS[0] + ny * KEY_TOWARDS[1] + nz * KEY_TOWARDS[2]);
  return Math.min(1, sky + key);
}

/** Multiplies the mesh's vertex colours (white where it has none) by each vertex's face shade. */
export function bakeShading(mesh: Mesh): void {
  const normals = mesh.getVerticesData(VertexBuffer.NormalKind);
  if (!normals) return;
  const n = normals.length / 3;
  const colours = Float32Array.from(mesh.getVerticesData(VertexBuffer.ColorKind) ?? new Float32Array(4 * n).fill(1));
  for (let i = 0; i < n; i++) {
    const s = faceShade(normals[3 * i], normals[3 * i + 1], normals[3 * i + 2]);
    colours[4 * i] *= s;
    colours[4 * i + 1] *= s;
    colours[4 * i + 2] *= s;
  }
  mesh.setVerticesData(VertexBuffer.ColorKind, colours);
  mesh.useVertexColors = true;
}
