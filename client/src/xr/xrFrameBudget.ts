// What the VR view leaves out of each frame (measured with `BENCH_PROFILE=1 npm run bench:xr`):
// - materials that do not change while in VR (city, labels, panels, avatars, vignette) are frozen: Babylon
//   then checks their readiness once instead of per mesh and eye; they thaw when VR ends (the desktop
//   may change them);
// - a controller ray that meets no panel sends no pointer move into the scene (Babylon's pointer selection
//   sends one per controller and frame, each a new PointerEvent run through every pointer observer): only
//   the first miss after a hit goes, so the panels still see the pointer leave. Presses are untouched (the
//   trigger selects a building off the panels);
// - Babylon's default utility layer (made by the XR pointer selection, which asks it for a pick per controller
//   and frame) renders a second scene over both eyes every frame though nothing of ours is in it: it renders,
//   and takes pointer events, only while it holds a mesh;
// - the laser pointers' and selection rings' materials (Babylon's, one per controller) are frozen too; the
//   pointer selection swaps their emissive colour on trigger press and release, which is then uploaded once.
import type { Material } from "@babylonjs/core/Materials/material.js";
import type { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { PickingInfo } from "@babylonjs/core/Collisions/pickingInfo.js";
import type { UtilityLayerRenderer } from "@babylonjs/core/Rendering/utilityLayerRenderer.js";
import type { Scene } from "@babylonjs/core/scene.js";

/** Freezes the materials of these meshes (and their children); returns the thaw. */
export function freezeMaterials(meshes: AbstractMesh[]): () => void {
  const frozen = new Set<Material>();
  for (const root of meshes)
    for (const m of [root, ...root.getChildMeshes()]) {
      const material = m.material;
      if (material && !material.isFrozen) frozen.add(material);
    }
  for (const material of frozen) material.freeze();
  return () => {
    for (const material of frozen) material.unfreeze();
  };
}

/** Drops XR pointer moves whose ray met nothing, after the first such (per pointer); returns the undo. */
export function skipIdlePointerMoves(scene: Scene): () => void {
  const original = scene.simulatePointerMove;
  const hitBefore = new Map<number, boolean>();
  scene.simulatePointerMove = function (pick: PickingInfo, init?: PointerEventInit) {
    if (init?.pointerType === "xr") {
      const id = init.pointerId ?? -1;
      const hit = !!pick?.hit;
      const before = hitBefore.get(id) ?? true;
      hitBefore.set(id, hit);
      if (!hit && !before) return this;
    }
    return original.call(this, pick, init);
  };
  return () => {
    scene.simulatePointerMove = original;
  };
}

/** The utility layer renders (and picks on pointer events) only while it has meshes; per frame. */
export function renderUtilityLayerWhenUsed(
  layer: Pick<UtilityLayerRenderer, "shouldRender" | "pickingEnabled"> & {
    utilityLayerScene: { meshes: unknown[] };
  },
): void {
  const used = layer.utilityLayerScene.meshes.length > 0;
  if (layer.shouldRender !== used) layer.shouldRender = layer.pickingEnabled = used;
}

type PointerMaterial = Pick<StandardMaterial, "emissiveColor" | "isFrozen" | "freeze" | "markDirty">;

/** Frozen materials whose emissive colour is swapped from outside (the pointer selection's): a new colour
 * object is uploaded on the next draw. `frame()` per frame; `add` for each new controller's materials. */
export class FrozenPointerMaterials {
  private readonly colours = new Map<PointerMaterial, unknown>();

  add(material: PointerMaterial | null | undefined): void {
    if (!material || this.colours.has(material)) return;
    material.freeze();
    this.colours.set(material, material.emissiveColor);
  }

  frame(): void {
    for (const [material, colour] of this.colours)
      if (material.emissiveColor !== colour) {
        this.colours.set(material, material.emissiveColor);
        material.markDirty(true); // a frozen material's uniforms are rebound once
      }
  }

  /** Back to unfrozen (leaving VR). */
  thaw(): void {
    for (const material of this.colours.keys()) (material as unknown as Material).unfreeze();
    this.colours.clear();
  }
}
