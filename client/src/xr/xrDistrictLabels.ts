// The district labels in VR: turned to the head once per frame, and only when the head turned or the city
// moved. As Babylon billboards they were turned per eye (the world matrix rebuilt and decomposed for each
// of the two cameras, every frame); both eyes share the head's orientation, so one turn serves both.
import { Matrix, Quaternion } from "@babylonjs/core/Maths/math.vector.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import type { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";

export class XrDistrictLabels {
  private readonly billboardModes: number[];
  private readonly lastHead = new Quaternion(Number.NaN, 0, 0, 0);
  private readonly toParent = new Quaternion();
  private readonly local = new Quaternion();
  /** The parent's world matrix as last seen: compared by value (turning a child recomputes the parent's
   * matrix, so its update flag changes every time even when the city stood still). */
  private readonly lastParent = new Matrix();
  private turned = false;

  /** `labels`: billboard meshes, all children of `parent` (the city root). */
  constructor(
    readonly labels: AbstractMesh[],
    private readonly parent: TransformNode,
  ) {
    this.billboardModes = labels.map((m) => m.billboardMode);
    for (const m of labels) {
      m.billboardMode = 0; // BILLBOARDMODE_NONE: turned here instead
      m.rotationQuaternion = new Quaternion();
    }
  }

  /** Per frame: each label faces the way the head does (as a billboard facing the camera would). */
  update(head: Quaternion): void {
    const parent = this.parent.getWorldMatrix();
    if (this.turned && parent.equals(this.lastParent) && head.equalsWithEpsilon(this.lastHead, 1e-5)) return;
    this.turned = true;
    this.lastParent.copyFrom(parent);
    this.lastHead.copyFrom(head);
    // world rotation = parent's · local, so local = parent's⁻¹ · head
    Quaternion.InverseToRef(this.parent.absoluteRotationQuaternion, this.toParent);
    this.toParent.multiplyToRef(head, this.local);
    for (const m of this.labels) {
      m.rotationQuaternion?.copyFrom(this.local);
      m.unfreezeWorldMatrix();
      m.computeWorldMatrix(true);
      m.freezeWorldMatrix();
    }
  }

  /** Leaving VR: billboards again, free to move. */
  release(): void {
    this.labels.forEach((m, i) => {
      m.unfreezeWorldMatrix();
      m.rotationQuaternion = null;
      m.billboardMode = this.billboardModes[i];
    });
  }
}
