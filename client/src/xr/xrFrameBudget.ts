// What the VR view leaves out of each frame (measured with `BENCH_PROFILE=1 npm run bench:xr`):
// - materials that do not change while in VR (city, labels, panels, avatars, vignette) are frozen: Babylon
//   then checks their readiness once instead of per mesh and eye; they thaw when VR ends (the desktop
//   may change them);
// - a controller ray that meets no panel sends no pointer move into the scene (Babylon's pointer selection
//   sends one per controller and frame, each a new PointerEvent run through every pointer observer): only
//   the first miss after a hit goes, so the panels still see the pointer leave. Presses are untouched (the
//   trigger selects a building off the panels).
import type { Material } from "@babylonjs/core/Materials/material.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { PickingInfo } from "@babylonjs/core/Collisions/pickingInfo.js";
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
