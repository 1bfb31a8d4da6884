import type { Scene } from "@babylonjs/core/scene.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData.js";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import type { CityGeometry } from "./cityGeometry.ts";

/** One merged mesh for the whole city; colours live in a per-vertex buffer updated in place. */
export function createCityMesh(scene: Scene, geometry: CityGeometry): Mesh {
  const mesh = new Mesh("city", scene);
  const data = new VertexData();
  data.positions = geometry.positions;
  data.normals = geometry.normals;
  data.indices = geometry.indices;
  data.colors = new Float32Array((geometry.positions.length / 3) * 4).fill(1);
  data.applyToMesh(mesh, true);
  const material = new StandardMaterial("cityMaterial", scene);
  material.diffuseColor = Color3.White();
  material.specularColor = new Color3(0.05, 0.05, 0.05);
  material.backFaceCulling = false;
  mesh.material = material;
  mesh.isPickable = true;
  mesh.freezeWorldMatrix();
  return mesh;
}

/** Paints building i with colours[i] (r, g, b in 0-1) without rebuilding the mesh. */
export function paintBuildings(mesh: Mesh, geometry: CityGeometry, rgb: (i: number) => [number, number, number]): void {
  const colors = new Float32Array((geometry.positions.length / 3) * 4);
  for (let i = 0; i < geometry.vertexStart.length; i++) {
    const [r, g, b] = rgb(i);
    const start = geometry.vertexStart[i];
    const end = start + geometry.vertexCount[i];
    for (let vtx = start; vtx < end; vtx++) colors.set([r, g, b, 1], vtx * 4);
  }
  mesh.updateVerticesData("color", colors);
}
