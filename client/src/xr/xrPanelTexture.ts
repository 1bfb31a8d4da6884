// A GUI texture on a panel mesh in VR, its material unlit. The GUI's own mesh material is a lit
// StandardMaterial with black diffuse and specular (the texture shows through its emissive channel): the
// scene's lights add nothing to it, yet each would be bound for the panel in both eyes every frame.
// The GUI makes its material by class name: StandardMaterial must be registered (side effect of the import).
import type { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import "@babylonjs/core/Materials/standardMaterial.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";

export function panelTexture(mesh: Mesh, width_px: number, height_px: number): AdvancedDynamicTexture {
  const texture = AdvancedDynamicTexture.CreateForMesh(mesh, width_px, height_px, true);
  (mesh.material as StandardMaterial).disableLighting = true; // same colours: only the emissive texture shows
  return texture;
}
