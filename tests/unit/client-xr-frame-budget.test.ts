// The VR view's frame-budget helpers (client/src/xr/xrFrameBudget.ts) on stand-ins for Babylon's objects:
// which XR pointer moves still reach the scene, which materials are frozen and thawed, when the selection of
// active meshes is frozen and made again (xrActiveMeshes.ts), and when the utility layer renders.
import type { Material } from "@babylonjs/core/Materials/material.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { describe, expect, it } from "vitest";
import { ActiveMeshFreeze, drawState } from "../../client/src/xr/xrActiveMeshes.ts";
import {
  FrozenPointerMaterials,
  freezeMaterials,
  renderUtilityLayerWhenUsed,
  skipIdlePointerMoves,
} from "../../client/src/xr/xrFrameBudget.ts";

describe("pointer moves from XR rays", () => {
  it("a ray off the panels sends its first miss only; hits and other pointers always go", () => {
    const reached: string[] = [];
    const scene = {
      simulatePointerMove(pick: { hit: boolean }, init?: PointerEventInit) {
        reached.push(`${init?.pointerType}${init?.pointerId}:${pick.hit ? "hit" : "miss"}`);
        return this;
      },
    };
    const undo = skipIdlePointerMoves(scene as unknown as Scene);
    const move = (hit: boolean, pointerId: number, pointerType = "xr") =>
      (scene as unknown as Scene).simulatePointerMove({ hit } as never, { pointerId, pointerType });
    for (const hit of [false, false, true, true, false, false, false]) move(hit, 1);
    move(false, 2); // another controller: its own first miss goes
    move(false, 2);
    move(false, 7, "mouse"); // not an XR ray: untouched
    move(false, 7, "mouse");
    expect(reached).toEqual([
      "xr1:miss", // the first miss (the panel may have been hovered before)
      "xr1:hit",
      "xr1:hit",
      "xr1:miss", // leaving the panel: the GUI sees the pointer go
      "xr2:miss",
      "mouse7:miss",
      "mouse7:miss",
    ]);
    undo();
    move(false, 1);
    expect(reached.at(-1)).toBe("xr1:miss"); // undone: every move goes again
  });
});

describe("frozen materials", () => {
  it("freezes each material of the meshes and their children once, and thaws exactly those", () => {
    const material = (frozen: boolean) => {
      const m = {
        isFrozen: frozen,
        freeze() {
          m.isFrozen = true;
        },
        unfreeze() {
          m.isFrozen = false;
        },
      };
      return m;
    };
    const shared = material(false);
    const child = material(false);
    const already = material(true); // frozen by its owner: left as it is on thaw
    const mesh = (m: unknown, children: unknown[] = []) => ({ material: m, getChildMeshes: () => children });
    const meshes = [mesh(shared, [mesh(child)]), mesh(shared), mesh(already), mesh(null)];
    const thaw = freezeMaterials(meshes as unknown as AbstractMesh[]);
    expect([shared.isFrozen, child.isFrozen, already.isFrozen]).toEqual([true, true, true]);
    thaw();
    expect([shared.isFrozen, child.isFrozen, already.isFrozen]).toEqual([false, false, true]);
    expect((shared as unknown as Material).isFrozen).toBe(false);
  });
});

/** A stand-in mesh: what Babylon's selection of active meshes reads. */
function standInMesh(name: string) {
  return {
    name,
    enabled: true,
    isVisible: true,
    visibility: 1,
    renderingGroupId: 0,
    material: { alpha: 1 } as { alpha: number } | null,
    position: { x: 0 },
    isEnabled() {
      return this.enabled;
    },
  };
}
type StandIn = ReturnType<typeof standInMesh>;

/** A stand-in scene recording freezes; `ready: false` defers the freeze until `becomeReady()`. */
function standInScene(meshes: StandIn[], ready = true) {
  let pending: (() => void) | undefined;
  const scene = {
    meshes,
    skipFrustumClipping: false,
    frozen: false,
    log: [] as string[],
    freezeActiveMeshes(_skip: boolean, onSuccess?: () => void) {
      const freeze = () => {
        scene.frozen = true;
        scene.log.push("freeze");
        onSuccess?.();
      };
      if (ready) freeze();
      else pending = freeze;
      return scene;
    },
    unfreezeActiveMeshes() {
      scene.frozen = false;
      scene.log.push("thaw");
      return scene;
    },
    becomeReady() {
      ready = true;
      pending?.();
    },
  };
  return scene;
}

describe("frozen selection of active meshes", () => {
  it("freezes after two frames without change, and selects again on the frame any mesh's draw state changes", () => {
    const [a, b, c] = ["tile", "vignette", "laser"].map(standInMesh);
    const scene = standInScene([a, b, c]);
    const freeze = new ActiveMeshFreeze(scene as unknown as Scene);
    expect(scene.skipFrustumClipping).toBe(true); // one selection for both eyes and every head turn
    const frames = (n: number) => {
      for (let i = 0; i < n; i++) freeze.frame();
      return scene.frozen;
    };
    expect(frames(2)).toBe(false); // the first frame records the states, the second is the first still one
    expect(frames(1)).toBe(true);
    c.position.x = 3; // moving is not a change of what is drawn (world matrices are computed every frame)
    expect(frames(5)).toBe(true);
    const changes: [string, () => void][] = [
      ["disabled", () => (b.enabled = false)],
      ["enabled", () => (b.enabled = true)],
      ["hidden", () => (c.isVisible = false)],
      ["shown", () => (c.isVisible = true)],
      ["made see-through", () => (b.visibility = 0.5)],
      ["faded out", () => (b.visibility = 0)],
      ["faded in", () => (b.visibility = 0.9)],
      ["another material", () => (a.material = { alpha: 1 })],
      [
        "a transparent material",
        () => {
          if (a.material) a.material.alpha = 0.7;
        },
      ],
      ["another rendering group", () => (c.renderingGroupId = 1)],
      ["a mesh added", () => scene.meshes.push(standInMesh("panel"))],
      ["a mesh removed", () => scene.meshes.shift()],
      ["a mesh replaced", () => (scene.meshes[0] = standInMesh("ring"))],
    ];
    for (const [what, change] of changes) {
      change();
      expect(frames(1), what).toBe(false);
      expect(frames(1), what).toBe(false);
      expect(frames(1), what).toBe(true);
    }
    expect(freeze.freezes).toBe(changes.length + 1);
    freeze.dispose();
    expect(scene.frozen).toBe(false);
    expect(scene.skipFrustumClipping).toBe(false);
  });

  it("a freeze that completes only after a change (the scene was not ready) is undone at once", () => {
    const m = standInMesh("tile");
    const scene = standInScene([m], false);
    const freeze = new ActiveMeshFreeze(scene as unknown as Scene);
    for (let i = 0; i < 3; i++) freeze.frame(); // asks for the freeze; the scene is not ready
    expect(scene.frozen).toBe(false);
    m.enabled = false;
    freeze.frame(); // the change
    scene.becomeReady();
    expect(scene.log).toEqual(["freeze", "thaw"]);
    expect(scene.frozen).toBe(false);
    expect(freeze.frozen).toBe(false);
  });

  it("draw states: not drawn, opaque, see-through, transparent material, rendering group", () => {
    const m = standInMesh("m");
    const state = () => drawState(m as unknown as AbstractMesh);
    const opaque = state();
    expect(opaque).not.toBe(0);
    m.visibility = 0;
    expect(state()).toBe(0);
    m.visibility = 1;
    m.enabled = false;
    expect(state()).toBe(0);
    m.enabled = true;
    m.material = null;
    expect(state()).toBe(opaque); // no material draws as the default, opaque
    const states = new Set([opaque]);
    for (const change of [
      () => (m.visibility = 0.5),
      () => (m.material = { alpha: 0.5 }),
      () => (m.renderingGroupId = 2),
    ]) {
      change();
      states.add(state());
    }
    expect(states.size).toBe(4);
  });
});

describe("pointer materials and the utility layer", () => {
  it("pointer materials are frozen; a swapped emissive colour is uploaded once; thawed on leaving", () => {
    const dirty: boolean[] = [];
    const picked = {};
    const material = {
      emissiveColor: {},
      isFrozen: false,
      freeze() {
        material.isFrozen = true;
      },
      unfreeze() {
        material.isFrozen = false;
      },
      markDirty(force?: boolean) {
        dirty.push(!!force);
      },
    };
    const materials = new FrozenPointerMaterials();
    materials.add(material as never);
    materials.add(material as never); // the same material again (a rescan): nothing new
    materials.add(null);
    expect(material.isFrozen).toBe(true);
    materials.frame();
    expect(dirty).toEqual([]);
    material.emissiveColor = picked; // trigger pressed
    materials.frame();
    materials.frame();
    expect(dirty).toEqual([true]); // rebound once, with the new colour
    materials.thaw();
    expect(material.isFrozen).toBe(false);
  });

  it("the utility layer renders and picks only while it holds a mesh", () => {
    const layer = { shouldRender: true, pickingEnabled: true, utilityLayerScene: { meshes: [] as unknown[] } };
    renderUtilityLayerWhenUsed(layer);
    expect([layer.shouldRender, layer.pickingEnabled]).toEqual([false, false]);
    layer.utilityLayerScene.meshes.push({});
    renderUtilityLayerWhenUsed(layer);
    expect([layer.shouldRender, layer.pickingEnabled]).toEqual([true, true]);
  });
});
