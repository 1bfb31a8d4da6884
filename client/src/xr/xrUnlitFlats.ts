// The ground and the water in VR: unlit, their colour the lit one computed on the CPU whenever the lights
// change (both are flat, facing up: every point of them is lit alike). Lit, they were the last meshes that
// bound the scene's lights, in both eyes every frame. Leaving VR gives them their lit materials back.
import type { DirectionalLight } from "@babylonjs/core/Lights/directionalLight.js";
import type { HemisphericLight } from "@babylonjs/core/Lights/hemisphericLight.js";
import type { Material } from "@babylonjs/core/Materials/material.js";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";

export interface FlatLights {
  sky: Pick<HemisphericLight, "direction" | "intensity" | "diffuse" | "groundColor" | "isEnabled">;
  sun: Pick<DirectionalLight, "direction" | "intensity" | "diffuse" | "isEnabled">;
}

/** The light (per colour channel) on an upward face: Babylon's hemispheric term, the sky's colour towards
 * its direction and the ground colour away from it, plus the directional light's Lambert term. */
export function lightOnFlat(lights: FlatLights, out: Color3): Color3 {
  const { sky, sun } = lights;
  out.set(0, 0, 0);
  if (sky.isEnabled()) {
    const up = sky.direction.y / (sky.direction.length() || 1);
    const w = 0.5 + 0.5 * up;
    out.r += sky.intensity * (sky.groundColor.r + (sky.diffuse.r - sky.groundColor.r) * w);
    out.g += sky.intensity * (sky.groundColor.g + (sky.diffuse.g - sky.groundColor.g) * w);
    out.b += sky.intensity * (sky.groundColor.b + (sky.diffuse.b - sky.groundColor.b) * w);
  }
  if (sun.isEnabled()) {
    const lambert = Math.max(0, -sun.direction.y / (sun.direction.length() || 1)) * sun.intensity;
    out.r += lambert * sun.diffuse.r;
    out.g += lambert * sun.diffuse.g;
    out.b += lambert * sun.diffuse.b;
  }
  return out;
}

interface Flat {
  mesh: AbstractMesh;
  lit: StandardMaterial;
  unlit: StandardMaterial;
}

export class XrUnlitFlats {
  private readonly flats: Flat[] = [];
  private readonly light = new Color3(Number.NaN, 0, 0);
  private readonly now = new Color3();

  /** `meshes`: flat, upward-facing meshes with lit StandardMaterials (others are left as they are). */
  constructor(
    meshes: AbstractMesh[],
    private readonly lights: FlatLights,
  ) {
    for (const mesh of meshes) {
      const lit = mesh.material;
      if (!(lit instanceof StandardMaterial) || lit.disableLighting) continue;
      const unlit = new StandardMaterial(`${lit.name}Unlit`, mesh.getScene());
      unlit.disableLighting = true;
      unlit.diffuseColor = Color3.Black(); // unlit, the diffuse colour would be added to the emissive one
      unlit.specularColor = Color3.Black();
      unlit.freeze();
      mesh.material = unlit;
      this.flats.push({ mesh, lit, unlit });
    }
    this.update();
  }

  /** Per frame: the colours follow the lights (the sun moves with the room's clock). */
  update(): void {
    lightOnFlat(this.lights, this.now);
    if (this.now.equals(this.light)) return;
    this.light.copyFrom(this.now);
    for (const { lit, unlit } of this.flats) {
      // Babylon clamps diffuse light × diffuse colour to 0-1 per channel
      unlit.emissiveColor.set(
        Math.min(1, this.light.r * lit.diffuseColor.r),
        Math.min(1, this.light.g * lit.diffuseColor.g),
        Math.min(1, this.light.b * lit.diffuseColor.b),
      );
      unlit.markDirty(true); // frozen: the new colour is uploaded once
    }
  }

  /** Leaving VR: the lit materials again. */
  release(): void {
    for (const { mesh, lit, unlit } of this.flats) {
      mesh.material = lit;
      (unlit as Material).dispose();
    }
    this.flats.length = 0;
  }
}
