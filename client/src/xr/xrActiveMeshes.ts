// Active meshes frozen while what can be drawn stands still. Babylon re-selects the meshes to draw for each eye
// every frame (enabled, visible, in the frustum, level of detail, then sorted into rendering groups): all the
// scene's meshes, twice a frame in VR. What can be drawn changes only when something appears or goes (a panel,
// the vignette, a laser pointer, the selection ring on a panel, a teleport target, the avatars' labels), so the
// selection is made once and frozen (Babylon's freezeActiveMeshes: world matrices are still computed every
// frame, so moving meshes move) and made again on the first frame any mesh's draw state differs. Frustum culling
// is off for the whole VR session: one selection serves both eyes and every turn of the head (at tabletop the
// whole model is in view anyway; walking, tiles behind the viewer are drawn too).
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { Scene } from "@babylonjs/core/scene.js";

/** What decides whether, and in which pass, a mesh is drawn: 0 = not drawn. */
export function drawState(mesh: AbstractMesh): number {
  if (!mesh.isEnabled() || !mesh.isVisible || !(mesh.visibility > 0)) return 0;
  const alpha = mesh.material?.alpha ?? 1;
  return 1 | (mesh.visibility < 1 ? 2 : 0) | (alpha < 1 ? 4 : 0) | (alpha > 0 ? 8 : 0) | (mesh.renderingGroupId << 4);
}

type FreezingScene = Pick<Scene, "meshes" | "skipFrustumClipping" | "freezeActiveMeshes" | "unfreezeActiveMeshes">;

export class ActiveMeshFreeze {
  /** Whether the selection is frozen now, and how many times it was made and frozen (tests, benchmark). */
  frozen = false;
  freezes = 0;
  private readonly meshes: (AbstractMesh | undefined)[] = [];
  private readonly states: number[] = [];
  private readonly materials: unknown[] = [];
  private stillFrames = 0;
  /** Bumped on every change: a freeze that completes after a change is undone at once. */
  private generation = 0;
  private readonly skipFrustumBefore: boolean;

  /** `stillFrames`: frames the draw states must stay the same before the selection is frozen. */
  constructor(
    private readonly scene: FreezingScene,
    private readonly framesBeforeFreeze = 2,
  ) {
    this.skipFrustumBefore = scene.skipFrustumClipping;
    scene.skipFrustumClipping = true;
  }

  /** Per frame, before the scene renders. */
  frame(): void {
    if (this.changed()) {
      this.generation++;
      this.stillFrames = 0;
      if (this.frozen) this.thaw();
      return;
    }
    if (this.frozen || ++this.stillFrames !== this.framesBeforeFreeze) return;
    const generation = this.generation;
    // Babylon freezes once the scene is ready (at once when it is).
    this.scene.freezeActiveMeshes(
      false,
      () => {
        this.frozen = true;
        this.freezes++;
        if (generation !== this.generation) this.thaw();
      },
      undefined,
      false,
    );
  }

  /** Leaving VR: every frame selects again, with culling. */
  dispose(): void {
    this.generation++;
    this.thaw();
    this.scene.skipFrustumClipping = this.skipFrustumBefore;
  }

  private thaw(): void {
    this.scene.unfreezeActiveMeshes();
    this.frozen = false;
  }

  /** Compares every mesh's draw state and material with the last frame's, and records them. */
  private changed(): boolean {
    const meshes = this.scene.meshes;
    let changed = meshes.length !== this.meshes.length;
    for (let i = 0; i < meshes.length; i++) {
      const m = meshes[i];
      const state = drawState(m);
      if (this.meshes[i] !== m || this.states[i] !== state || this.materials[i] !== m.material) {
        changed = true;
        this.meshes[i] = m;
        this.states[i] = state;
        this.materials[i] = m.material;
      }
    }
    this.meshes.length = this.states.length = this.materials.length = meshes.length;
    return changed;
  }
}
