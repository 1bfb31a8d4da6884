// The VR view's frame-budget helpers (client/src/xr/xrFrameBudget.ts) on stand-ins for Babylon's objects:
// which XR pointer moves still reach the scene, which materials are frozen and thawed, and when the utility
// layer renders.
import type { Material } from "@babylonjs/core/Materials/material.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { describe, expect, it } from "vitest";
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
