// Other participants as avatars: a head (box with a darker visor), two hands and a name label, in the
// participant's role colour, placed from the session's pose frames (xrPoses.ts). A projection of the room's
// presence: the meshes hold nothing the frames and the state do not say.
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture.js";
import { Color3 } from "@babylonjs/core/Maths/math.color.js";
import { Quaternion } from "@babylonjs/core/Maths/math.vector.js";
import { CreateBox } from "@babylonjs/core/Meshes/Builders/boxBuilder.js";
import { CreatePlane } from "@babylonjs/core/Meshes/Builders/planeBuilder.js";
import type { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { Pose } from "../../../server/session/poses.ts";
import { avatarFromPose, mergePose, type WorldPart } from "./xrPoses.ts";
import type { Placement } from "./xrScale.ts";

export interface Person {
  name: string;
  colour: string;
}

interface Avatar {
  person: Person;
  pose: Pose;
  root: TransformNode;
  head: Mesh;
  hands: [Mesh, Mesh];
  label: Mesh;
}

const HEAD_M = 0.2;
const HAND_M = 0.07;

function place(node: TransformNode, part: WorldPart): void {
  node.position.set(part.position[0], part.position[1], part.position[2]);
  const q = part.rotation;
  if (!node.rotationQuaternion) node.rotationQuaternion = new Quaternion();
  node.rotationQuaternion.set(q[0], q[1], q[2], q[3]);
}

export class XrAvatars {
  /** By pose slot. */
  readonly avatars = new Map<number, Avatar>();
  private dirty = false;

  constructor(
    private readonly scene: Scene,
    private readonly citySpan_m: number,
  ) {}

  /** Who is present (slot → name and colour); avatars of those gone are removed. */
  setPeople(people: Map<number, Person>): void {
    for (const [slot, a] of this.avatars)
      if (!people.has(slot)) {
        a.root.dispose();
        this.avatars.delete(slot);
      }
    for (const [slot, person] of people) {
      const a = this.avatars.get(slot);
      if (!a) this.avatars.set(slot, this.create(slot, person));
      else if (a.person.name !== person.name || a.person.colour !== person.colour) {
        a.root.dispose();
        this.avatars.set(slot, { ...this.create(slot, person), pose: a.pose });
      }
    }
    this.dirty = true;
  }

  /** A decoded frame: the parts it carries replace the last known ones. */
  applyFrame(frame: Map<number, Pose>): void {
    for (const [slot, parts] of frame) {
      const a = this.avatars.get(slot);
      if (a) mergePose(a.pose, parts);
    }
    this.dirty = true;
  }

  /** Places the avatars for this viewer's city placement (only after a frame, a join or a placement change). */
  update(placement: Placement, placementChanged: boolean): void {
    if (!this.dirty && !placementChanged) return;
    this.dirty = false;
    for (const a of this.avatars.values()) {
      const w = avatarFromPose(placement, this.citySpan_m, a.pose);
      a.root.setEnabled(!!w);
      if (!w) continue;
      place(a.head, w.head); // real size at every scale
      a.label.position.set(w.head.position[0], w.head.position[1] + 0.22, w.head.position[2]);
      const hands = [w.leftHand, w.rightHand];
      a.hands.forEach((m, i) => {
        const h = hands[i];
        m.setEnabled(!!h);
        if (h) place(m, h);
      });
    }
  }

  private create(slot: number, person: Person): Avatar {
    const scene = this.scene;
    const root = new TransformNode(`avatar${slot}`, scene);
    const colour = Color3.FromHexString(/^#[0-9a-f]{6}$/i.test(person.colour) ? person.colour : "#ffffff");
    const material = new StandardMaterial(`avatarMaterial${slot}`, scene);
    material.diffuseColor = colour;
    material.emissiveColor = colour.scale(0.35);
    material.specularColor = Color3.Black();
    const head = CreateBox(`avatarHead${slot}`, { width: HEAD_M * 0.8, height: HEAD_M, depth: HEAD_M }, scene);
    head.material = material;
    const visor = CreateBox(`avatarVisor${slot}`, { width: HEAD_M * 0.7, height: HEAD_M * 0.3, depth: 0.02 }, scene);
    const visorMaterial = new StandardMaterial(`avatarVisorMaterial${slot}`, scene);
    visorMaterial.diffuseColor = Color3.Black();
    visorMaterial.specularColor = Color3.Black();
    visor.material = visorMaterial;
    visor.parent = head;
    visor.position.set(0, HEAD_M * 0.1, HEAD_M / 2); // facing the head's forward (+z)
    const hands = [0, 1].map((i) => {
      const hand = CreateBox(`avatarHand${slot}-${i}`, { size: HAND_M }, scene);
      hand.material = material;
      hand.parent = root;
      return hand;
    }) as [Mesh, Mesh];
    head.parent = root;
    const label = this.label(slot, person);
    label.parent = root;
    for (const m of [head, visor, label, ...hands]) m.isPickable = false;
    return { person, pose: {}, root, head, hands, label };
  }

  private label(slot: number, person: Person): Mesh {
    const scene = this.scene;
    const texture = new DynamicTexture(`avatarLabelText${slot}`, { width: 256, height: 64 }, scene, true);
    texture.hasAlpha = true;
    const ctx = texture.getContext();
    ctx.clearRect(0, 0, 256, 64);
    ctx.fillStyle = "rgba(13,27,42,0.8)";
    ctx.fillRect(0, 4, 256, 56);
    texture.drawText(person.name || "—", null, 44, "600 34px system-ui, sans-serif", person.colour, null, true, true);
    const material = new StandardMaterial(`avatarLabelMaterial${slot}`, scene);
    material.diffuseTexture = texture;
    material.useAlphaFromDiffuseTexture = true;
    material.emissiveColor = Color3.White();
    material.disableLighting = true;
    material.backFaceCulling = false;
    const plane = CreatePlane(`avatarLabel${slot}`, { width: 0.32, height: 0.08 }, scene);
    plane.material = material;
    plane.billboardMode = TransformNode.BILLBOARDMODE_ALL;
    return plane;
  }
}
