// The city root: one TransformNode made the parent of every top-level mesh of the scene when VR starts
// (tiles, ground, water, district labels), so a scale is a placement of this node and never a camera move.
// The tiles keep frozen world matrices: each placement re-freezes them once (and their bounds, for culling);
// the other meshes that stand still (ground, water) are frozen too while in VR, billboards (labels) are not.
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";
import type { Scene } from "@babylonjs/core/scene.js";
import { type Placement, rootPosition } from "./xrScale.ts";

export class CityRoot {
  readonly node: TransformNode;
  readonly meshes: AbstractMesh[];
  /** Meshes frozen here (not by the desktop view): thawed by release(). */
  private readonly stills: AbstractMesh[];

  constructor(scene: Scene) {
    this.node = new TransformNode("cityRoot", scene);
    this.meshes = scene.meshes.filter((m) => !m.parent);
    for (const m of this.meshes) m.parent = this.node;
    this.stills = this.meshes.filter(
      (m) =>
        !m.isWorldMatrixFrozen && m.billboardMode === TransformNode.BILLBOARDMODE_NONE && !m.getChildMeshes().length,
    );
  }

  /** Leaving VR: the meshes frozen here move freely again (the desktop may rescale the ground). */
  release(): void {
    for (const m of this.stills) m.unfreezeWorldMatrix();
  }

  /** Moves and scales the whole city (see xrScale.ts for the placement). */
  apply(p: Placement): void {
    const [x, y, z] = rootPosition(p);
    this.node.position.set(x, y, z);
    this.node.rotation.set(0, p.yaw_rad, 0);
    this.node.scaling.setAll(p.factor);
    this.node.computeWorldMatrix(true);
    for (const m of this.meshes) {
      const frozen = m.isWorldMatrixFrozen;
      const noSync = m.doNotSyncBoundingInfo;
      if (frozen) m.unfreezeWorldMatrix();
      m.doNotSyncBoundingInfo = false;
      m.computeWorldMatrix(true);
      for (const child of m.getChildMeshes()) child.computeWorldMatrix(true);
      m.doNotSyncBoundingInfo = noSync;
      if (frozen || this.stills.includes(m)) m.freezeWorldMatrix();
    }
  }
}
