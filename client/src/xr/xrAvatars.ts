// Other participants as avatars: a head (box with a darker visor), two hands and a name label, in the
// participant's role colour, placed from the session's pose frames (xrPoses.ts). A projection of the room's
// presence: the meshes hold nothing the frames and the state do not say.
//
// Drawn as three meshes whatever the number of people: the heads (visor baked in as black vertex colour) and
// the hands are thin instances (one matrix and one colour per avatar part, written in place into fixed
// buffers; unlit, shading baked in: avatarShading.ts), the labels one mesh of quads turned to the viewer on
// the CPU, their names in one texture atlas.
// A VR pose places head and hands (hands only while tracked); a desktop pose is a head where its camera is.
import type { Camera } from "@babylonjs/core/Cameras/camera.js";
import { VertexBuffer } from "@babylonjs/core/Buffers/buffer.js";
import { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import { DynamicTexture } from "@babylonjs/core/Materials/Textures/dynamicTexture.js";
import { Color3, Color4 } from "@babylonjs/core/Maths/math.color.js";
import { Matrix, Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import { CreateBox } from "@babylonjs/core/Meshes/Builders/boxBuilder.js";
import { Mesh } from "@babylonjs/core/Meshes/mesh.js";
import { VertexData } from "@babylonjs/core/Meshes/mesh.vertexData.js";
import "@babylonjs/core/Meshes/thinInstanceMesh.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { Pose } from "../../../server/session/poses.ts";
import type { SessionStateJson } from "../session/sessionModel.ts";
import { bakeShading } from "./avatarShading.ts";
import { avatarFromPose, mergePose, type WorldPart } from "./xrPoses.ts";
import type { Placement, Vec3 } from "./xrScale.ts";

export interface Person {
  /** The participant's key in the room state, when known: tells two people of the same name apart. */
  id?: string;
  name: string;
  colour: string;
}

/** Slots whose last pose belongs to someone no longer there: the person left, or the slot now holds another
 * person (the server reuses a leaver's slot). Their last pose must not be drawn for whoever comes next. */
export function vacatedSlots(before: Map<number, Person>, now: Map<number, Person>): number[] {
  const out: number[] = [];
  for (const [slot, was] of before) {
    const is = now.get(slot);
    const same = is && (was.id !== undefined || is.id !== undefined ? was.id === is.id : was.name === is.name);
    if (!same) out.push(slot);
  }
  return out;
}

/** What is drawn for one participant (tests, the benchmark). */
export interface AvatarSeen {
  name: string;
  head: Vec3;
  hands: number;
  /** World metres per real metre it is drawn at. */
  size: number;
}

export interface AvatarOptions {
  /** Avatar metres per real metre: 1 in VR; a screen draws them at the model's scale so they are seen. */
  size: number;
  /** The same for a participant walking the streets (the pose's walk flag); default `size`. A screen draws
   * walkers at the city's scale (1: a person's size in the city) and those at the table at the model's. */
  walkerSize?: number;
  /** The label always faces this camera (the XR head, or a screen's camera). */
  camera: () => Camera | null;
  /** Whether desktop participants are drawn (a head where their camera is): in VR yes, on screens no. */
  desktop: boolean;
}

const HEAD_M = 0.2;
const HAND_M = 0.07;
const LABEL_W_M = 0.32;
const LABEL_H_M = 0.08;
const LABEL_ABOVE_M = 0.22;
const ROW_PX = 64;
const ATLAS_W_PX = 256;
const NO_SLOT = 255;
const MAX_PEOPLE = 64; // labels and instances beyond are not drawn (a session this size has no VR table)

interface Avatar {
  person: Person;
  colour: Color3;
  /** Atlas row of the name. */
  row: number;
}

export class XrAvatars {
  /** By pose slot: those present. */
  readonly avatars = new Map<number, Avatar>();
  readonly heads: Mesh;
  readonly hands: Mesh;
  readonly labels: Mesh;
  /** Latest pose per slot (kept for everyone, present or not yet: a frame may come before the state). */
  private readonly poses = new Map<number, Pose>();
  private readonly headMatrices = new Float32Array(16 * MAX_PEOPLE);
  private readonly headColours = new Float32Array(4 * MAX_PEOPLE);
  private readonly handMatrices = new Float32Array(16 * 2 * MAX_PEOPLE);
  private readonly handColours = new Float32Array(4 * 2 * MAX_PEOPLE);
  private readonly labelPositions = new Float32Array(12 * MAX_PEOPLE);
  private readonly labelUvs = new Float32Array(8 * MAX_PEOPLE);
  /** World position of each drawn label's centre, in drawing order. */
  private readonly labelCentres = new Float32Array(3 * MAX_PEOPLE);
  private readonly atlas: DynamicTexture;
  private readonly drawn: { slot: number; head: Vec3; hands: number; size: number }[] = [];
  /** Each drawn label's size factor, in drawing order. */
  private readonly labelSizes = new Float32Array(MAX_PEOPLE);
  private dirty = false;
  private uvsChanged = true;
  private readonly m = new Matrix();
  private readonly q = new Quaternion();
  private readonly s = new Vector3();
  private readonly t = new Vector3();
  private readonly colour = new Color3();
  private readonly lastEye = new Vector3(Number.NaN, 0, 0);

  constructor(
    private readonly scene: Scene,
    private readonly citySpan_m: number,
    private readonly options: AvatarOptions = { size: 1, camera: () => scene.activeCamera, desktop: true },
  ) {
    this.heads = this.headMesh();
    this.hands = CreateBox("avatarHands", { size: HAND_M }, scene);
    bakeShading(this.hands);
    this.hands.material = this.bodyMaterial("avatarHandsMaterial");
    this.atlas = new DynamicTexture(
      "avatarLabelAtlas",
      { width: ATLAS_W_PX, height: ROW_PX * MAX_PEOPLE },
      scene,
      true,
    );
    this.atlas.hasAlpha = true;
    this.atlas.update(true); // uploaded empty: a texture never uploaded is never ready, nor the scene
    this.labels = this.labelMesh();
    for (const [mesh, matrices, colours] of [
      [this.heads, this.headMatrices, this.headColours],
      [this.hands, this.handMatrices, this.handColours],
    ] as const) {
      mesh.thinInstanceSetBuffer("matrix", matrices, 16, false);
      mesh.thinInstanceSetBuffer(VertexBuffer.ColorKind, colours, 4, false);
      mesh.thinInstanceCount = 0;
    }
    for (const mesh of [this.heads, this.hands, this.labels]) {
      mesh.isPickable = false;
      mesh.alwaysSelectAsActiveMesh = true; // a few small parts anywhere: no bounds to keep per frame
      mesh.doNotSyncBoundingInfo = true;
      mesh.freezeWorldMatrix();
    }
    this.labels.setEnabled(false);
  }

  /** Who is present (slot → name and colour); avatars of those gone are no longer drawn. */
  setPeople(people: Map<number, Person>): void {
    const before = new Map([...this.avatars].map(([slot, a]) => [slot, a.person]));
    for (const slot of vacatedSlots(before, people)) this.poses.delete(slot);
    let changed = people.size !== this.avatars.size;
    for (const [slot, person] of people) {
      const a = this.avatars.get(slot);
      if (!a || a.person.id !== person.id || a.person.name !== person.name || a.person.colour !== person.colour)
        changed = true;
    }
    if (!changed) return;
    this.avatars.clear();
    const ctx = this.atlas.getContext();
    ctx.clearRect(0, 0, ATLAS_W_PX, ROW_PX * MAX_PEOPLE);
    let row = 0;
    for (const [slot, person] of people) {
      if (row >= MAX_PEOPLE) break;
      const colour = Color3.FromHexString(/^#[0-9a-f]{6}$/i.test(person.colour) ? person.colour : "#ffffff");
      this.avatars.set(slot, { person, colour, row });
      const y = row * ROW_PX;
      ctx.fillStyle = "rgba(13,27,42,0.8)";
      ctx.fillRect(0, y + 4, ATLAS_W_PX, ROW_PX - 8);
      ctx.font = "600 34px system-ui, sans-serif";
      ctx.fillStyle = person.colour;
      const name = person.name || "—";
      const width = Math.min(ctx.measureText(name).width, ATLAS_W_PX - 8);
      ctx.fillText(name, (ATLAS_W_PX - width) / 2, y + 44, ATLAS_W_PX - 8);
      row++;
    }
    this.atlas.update(true);
    this.dirty = true;
  }

  /** A decoded frame: the parts it carries replace the last known ones. */
  applyFrame(frame: Map<number, Pose>): void {
    for (const [slot, parts] of frame) {
      const known = this.poses.get(slot);
      if (known) mergePose(known, parts);
      else this.poses.set(slot, { ...parts });
    }
    this.dirty = true;
  }

  /** What is drawn for the participant in `slot`, or undefined when nothing is (tests, the benchmark). */
  seen(slot: number): AvatarSeen | undefined {
    const d = this.drawn.find((x) => x.slot === slot);
    const a = this.avatars.get(slot);
    return d && a ? { name: a.person.name, head: d.head, hands: d.hands, size: d.size } : undefined;
  }

  /** How many avatars are drawn. */
  get shown(): number {
    return this.heads.thinInstanceCount;
  }

  /** Places the avatars for this viewer's city placement: the instance buffers after a frame, a join or a
   * placement change; the labels' quads also when the viewer's eye moved. `hidden`: a slot not to draw (a
   * screen's followed facilitator, whose eyes it looks through). */
  update(placement: Placement, placementChanged: boolean, hidden = -1): void {
    if (this.dirty || placementChanged) {
      this.dirty = false;
      this.place(placement, hidden);
      this.lastEye.x = Number.NaN; // the labels follow
    }
    this.turnLabels();
  }

  private place(placement: Placement, hidden: number): void {
    let heads = 0;
    let hands = 0;
    let headColours = false;
    let handColours = false;
    this.drawn.length = 0;
    for (const [slot, a] of this.avatars) {
      const pose = this.poses.get(slot);
      const shown = pose && slot !== hidden && (pose.vr || this.options.desktop);
      const w = shown ? avatarFromPose(placement, this.citySpan_m, pose) : undefined;
      if (!w) continue;
      const size = pose?.walking ? (this.options.walkerSize ?? this.options.size) : this.options.size;
      this.colour.copyFrom(a.colour);
      if (this.write(this.headMatrices, this.headColours, heads, w.head, size)) headColours = true;
      const c = heads * 3;
      this.labelCentres[c] = w.head.position[0];
      this.labelCentres[c + 1] = w.head.position[1] + LABEL_ABOVE_M * size;
      this.labelCentres[c + 2] = w.head.position[2];
      this.labelSizes[heads] = size;
      this.setLabelUvs(heads, a.row);
      heads++;
      let handCount = 0;
      for (const hand of [w.leftHand, w.rightHand]) {
        if (!hand) continue;
        if (this.write(this.handMatrices, this.handColours, hands++, hand, size)) handColours = true;
        handCount++;
      }
      this.drawn.push({ slot, head: w.head.position, hands: handCount, size });
    }
    this.heads.thinInstanceCount = heads;
    this.hands.thinInstanceCount = hands;
    // Colours are uploaded only when one changed (people come, go or change places in the buffers).
    this.heads.thinInstanceBufferUpdated("matrix");
    if (headColours) this.heads.thinInstanceBufferUpdated(VertexBuffer.ColorKind);
    this.hands.thinInstanceBufferUpdated("matrix");
    if (handColours) this.hands.thinInstanceBufferUpdated(VertexBuffer.ColorKind);
    this.labels.setEnabled(heads > 0);
    if (this.uvsChanged) this.upload(VertexBuffer.UVKind, this.labelUvs);
    this.uvsChanged = false;
  }

  /** One instance: its matrix and colour written in place; whether the colour changed. */
  private write(matrices: Float32Array, colours: Float32Array, i: number, part: WorldPart, size: number): boolean {
    const r = part.rotation;
    const p = part.position;
    this.q.set(r[0], r[1], r[2], r[3]);
    this.s.setAll(size);
    this.t.set(p[0], p[1], p[2]);
    Matrix.ComposeToRef(this.s, this.q, this.t, this.m);
    this.m.copyToArray(matrices, 16 * i);
    const c = this.colour;
    const o = 4 * i;
    if (colours[o] === c.r && colours[o + 1] === c.g && colours[o + 2] === c.b && colours[o + 3] === 1) return false;
    colours[o] = c.r;
    colours[o + 1] = c.g;
    colours[o + 2] = c.b;
    colours[o + 3] = 1;
    return true;
  }

  private setLabelUvs(i: number, row: number): void {
    // DynamicTexture rows from the top; v = 1 at the texture's top (invertY)
    const top = 1 - row / MAX_PEOPLE;
    const bottom = 1 - (row + 1) / MAX_PEOPLE;
    const uv = this.labelUvs;
    const o = 8 * i;
    if (uv[o + 1] === bottom && uv[o + 5] === top) return;
    this.uvsChanged = true;
    uv[o] = 0;
    uv[o + 1] = bottom;
    uv[o + 2] = 1;
    uv[o + 3] = bottom;
    uv[o + 4] = 1;
    uv[o + 5] = top;
    uv[o + 6] = 0;
    uv[o + 7] = top;
  }

  /** Each label a quad facing the eye (turned about the vertical: names stay upright). */
  private turnLabels(): void {
    const n = this.heads.thinInstanceCount;
    const camera = this.options.camera();
    if (n === 0 || !camera) return;
    const eye = camera.globalPosition;
    if (eye.equalsWithEpsilon(this.lastEye, 1e-4)) return;
    this.lastEye.copyFrom(eye);
    const pos = this.labelPositions;
    for (let i = 0; i < n; i++) {
      const hw = (LABEL_W_M / 2) * this.labelSizes[i];
      const hh = (LABEL_H_M / 2) * this.labelSizes[i];
      const cx = this.labelCentres[3 * i];
      const cy = this.labelCentres[3 * i + 1];
      const cz = this.labelCentres[3 * i + 2];
      // right = up × (eye − centre), horizontal
      let rx = eye.z - cz;
      let rz = -(eye.x - cx);
      const len = Math.hypot(rx, rz) || 1;
      rx = (rx / len) * hw;
      rz = (rz / len) * hw;
      const o = 12 * i;
      pos[o] = cx - rx;
      pos[o + 1] = cy - hh;
      pos[o + 2] = cz - rz;
      pos[o + 3] = cx + rx;
      pos[o + 4] = cy - hh;
      pos[o + 5] = cz + rz;
      pos[o + 6] = cx + rx;
      pos[o + 7] = cy + hh;
      pos[o + 8] = cz + rz;
      pos[o + 9] = cx - rx;
      pos[o + 10] = cy + hh;
      pos[o + 11] = cz - rz;
    }
    pos.fill(0, 12 * n); // the unused quads collapse to a point
    this.upload(VertexBuffer.PositionKind, pos);
  }

  /** New label vertices straight into their GPU buffer: Mesh.updateVerticesData would also drop the mesh's
   * vertex array objects and mark its materials' attributes dirty, every frame the avatars move. */
  private upload(kind: string, data: Float32Array): void {
    this.labels.getVertexBuffer(kind)?.update(data);
  }

  private bodyMaterial(name: string): StandardMaterial {
    const material = new StandardMaterial(name, this.scene);
    material.disableLighting = true; // shaded by baked vertex colours (avatarShading.ts)
    material.diffuseColor = Color3.White(); // times the vertex colour times the instance colour
    material.emissiveColor = Color3.Black();
    material.specularColor = Color3.Black();
    material.freeze();
    return material;
  }

  /** The head box with its visor (black vertex colour) on the forward (+z) face, as one mesh. */
  private headMesh(): Mesh {
    const scene = this.scene;
    const head = CreateBox("avatarHead", { width: HEAD_M * 0.8, height: HEAD_M, depth: HEAD_M }, scene);
    const visor = CreateBox("avatarVisor", { width: HEAD_M * 0.7, height: HEAD_M * 0.3, depth: 0.02 }, scene);
    visor.position.set(0, HEAD_M * 0.1, HEAD_M / 2);
    const white = new Color4(1, 1, 1, 1);
    const black = new Color4(0, 0, 0, 1);
    for (const [m, c] of [
      [head, white],
      [visor, black],
    ] as const) {
      const n = m.getTotalVertices();
      const colours = new Float32Array(4 * n);
      for (let i = 0; i < n; i++) colours.set([c.r, c.g, c.b, c.a], 4 * i);
      m.setVerticesData(VertexBuffer.ColorKind, colours);
    }
    const merged = Mesh.MergeMeshes([head, visor], true) as Mesh;
    merged.name = "avatarHeads";
    bakeShading(merged);
    merged.material = this.bodyMaterial("avatarHeadsMaterial");
    return merged;
  }

  /** MAX_PEOPLE quads, positions written per frame, UVs per atlas row. */
  private labelMesh(): Mesh {
    const mesh = new Mesh("avatarLabels", this.scene);
    const indices: number[] = [];
    for (let i = 0; i < MAX_PEOPLE; i++) {
      const v = 4 * i;
      indices.push(v, v + 1, v + 2, v, v + 2, v + 3);
    }
    const data = new VertexData();
    data.positions = this.labelPositions;
    data.uvs = this.labelUvs;
    data.indices = indices;
    data.applyToMesh(mesh, true);
    const material = new StandardMaterial("avatarLabelsMaterial", this.scene);
    material.diffuseTexture = this.atlas;
    material.useAlphaFromDiffuseTexture = true;
    material.emissiveColor = Color3.White();
    material.disableLighting = true;
    material.backFaceCulling = false;
    mesh.material = material;
    return mesh;
  }
}

/** Those present with a pose slot, but not this viewer. */
export function people(state: SessionStateJson, ownSlot: number): Map<number, Person> {
  const out = new Map<number, Person>();
  for (const [id, p] of Object.entries(state.participants)) {
    const slot = (p as { slot?: number }).slot ?? NO_SLOT;
    if (!p.connected || slot === NO_SLOT || slot === ownSlot) continue;
    out.set(slot, { id, name: p.name, colour: p.colour });
  }
  return out;
}
