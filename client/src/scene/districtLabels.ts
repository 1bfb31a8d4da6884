// District names as billboards in the scene (not GUI controls linked to meshes, which would force
// the whole fullscreen GUI to redraw on every camera move).
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder.js";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";

const TEX_W = 512;
const TEX_H = 128;

export function districtLabels(scene: Scene, city: CityDataset, span_m: number): void {
  // readable from the framing distance of a small city, and never wider than a few blocks
  const width = Math.min(260, Math.max(120, span_m / 30));
  for (const d of city.districts) {
    const texture = new DynamicTexture(`districtText-${d.name}`, { width: TEX_W, height: TEX_H }, scene, true);
    texture.hasAlpha = true;
    const ctx = texture.getContext();
    ctx.clearRect(0, 0, TEX_W, TEX_H);
    ctx.fillStyle = "rgba(13,27,42,0.72)";
    ctx.fillRect(8, 20, TEX_W - 16, TEX_H - 40);
    texture.drawText(d.name, null, 84, "600 58px system-ui, sans-serif", "#ffffff", null, true, true);
    const material = new StandardMaterial(`districtMaterial-${d.name}`, scene);
    material.diffuseTexture = texture;
    material.emissiveColor = Color3.White();
    material.disableLighting = true;
    material.useAlphaFromDiffuseTexture = true;
    material.backFaceCulling = false;
    const plane = CreatePlane(`districtLabel-${d.name}`, { width, height: (width * TEX_H) / TEX_W }, scene);
    plane.position.set(d.x_m, 60 + width * 0.2, d.y_m);
    plane.billboardMode = TransformNode.BILLBOARDMODE_ALL;
    plane.material = material;
    plane.isPickable = false;
  }
}
