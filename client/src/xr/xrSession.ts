// Immersive VR through Babylon's WebXR default experience, offline: no controller models, no online
// controller repository, no hand-tracking or near-interaction assets, no enter/exit UI. Controller rays
// test only the in-VR panel mesh (GUI through the mesh texture); buildings are picked through the client's
// footprint grid, never the city's triangles (the tiles are not pickable).
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents.js";
import { Ray } from "@babylonjs/core/Culling/ray.js";
import { Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import type { StandardMaterial } from "@babylonjs/core/Materials/standardMaterial.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";
// Registers the Touch controller layouts locally (the online profile repository is off); meshes are not loaded.
import "@babylonjs/core/XR/motionController/webXROculusTouchMotionController.js";
import { UtilityLayerRenderer } from "@babylonjs/core/Rendering/utilityLayerRenderer.js";
import { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience.js";
import { WebXRState } from "@babylonjs/core/XR/webXRTypes.js";
import type { Quat } from "../../../server/session/poses.ts";
import type { CityApp } from "../app.ts";
import { lang } from "../ui/i18n.ts";
import { CityRoot } from "./cityRoot.ts";
import { XrAvatars } from "./xrAvatars.ts";
import { XrDistrictLabels } from "./xrDistrictLabels.ts";
import {
  FrozenPointerMaterials,
  freezeMaterials,
  renderUtilityLayerWhenUsed,
  skipIdlePointerMoves,
} from "./xrFrameBudget.ts";
import { XrPanel } from "./xrPanel.ts";
import { poseFromWorld, type WorldAvatar, type WorldPart } from "./xrPoses.ts";
import { type EmulatedDevice, ensureXrRuntime } from "./xrRuntime.ts";
import {
  citySpan_m,
  cityToWorld,
  forwardOf,
  identityPlacement,
  PANEL_DISTANCE_M,
  PANEL_SIZE_M,
  type Placement,
  placeCity,
  turnAbout,
  type Vec3,
  worldDirToCity,
  worldToCity,
  type XrScale,
} from "./xrScale.ts";
import { XrSessionLink } from "./xrSessionLink.ts";
import { XrUnlitFlats } from "./xrUnlitFlats.ts";
import { XrVignette } from "./xrVignette.ts";

const SNAP_TURN_RAD = Math.PI / 4;
const FRAME_SAMPLES = 600;
const NEAR_M = 0.05; // the tabletop model and the vignette are within a metre of the eyes
/** The scale button names the scale it switches to. */
const SWITCH_LABEL = {
  tabletop: { nb: "Gå i gatene (1:1)", en: "Walk the streets (1:1)" },
  walk: { nb: "Bordmodell", en: "Tabletop model" },
} as const;
const VIGNETTE_LABEL = {
  on: { nb: "Komfortvignett: på", en: "Comfort vignette: on" },
  off: { nb: "Komfortvignett: av", en: "Comfort vignette: off" },
} as const;

export interface XrOptions {
  /** Install the emulated Quest 3 runtime (iwer) first: tests and the benchmark. */
  emulate: boolean;
  /** Keeps the render-on-demand loop drawing; called every XR frame. */
  keepRendering: () => void;
}

function part(p: Vector3, q: { x: number; y: number; z: number; w: number }): WorldPart {
  return { position: [p.x, p.y, p.z], rotation: [q.x, q.y, q.z, q.w] as Quat };
}

export class TvillingXr {
  state: "entering" | "inXR" | "exited" = "entering";
  scale: XrScale = "tabletop";
  /** Where the city is now (identity until the first scale is applied). */
  placement: Placement;
  /** The building each controller's ray points at (-1: none), by input source id. */
  readonly hovered = new Map<string, number>();
  /** CPU time of the last XR frames, from the XR frame callback to the end of the engine frame (ms). */
  readonly frameCpu_ms: number[] = [];
  /** CPU time of the footprint-grid picks of both controllers, per frame (ms). */
  readonly pickCpu_ms: number[] = [];
  private readonly ray = new Ray(Vector3.Zero(), Vector3.Forward(), 1);
  /** False while a scale change is being applied over the next frames. */
  settled = false;
  private pendingFrames = -1;
  private placementChanged = false;

  constructor(
    readonly app: CityApp,
    readonly xr: WebXRDefaultExperience,
    readonly panel: XrPanel,
    readonly city: CityRoot,
    readonly vignette: XrVignette,
    readonly avatars: XrAvatars,
    readonly session: XrSessionLink | undefined,
    readonly device: EmulatedDevice | undefined,
  ) {
    this.placement = identityPlacement(app.index.bounds);
  }

  /** Switches scale; applied two XR frames later, from where the head really is then. */
  setScale(scale: XrScale): void {
    this.scale = scale;
    this.pendingFrames = 2;
    this.settled = false;
    const ground = this.app.cs.scene.getMeshByName("ground");
    if (ground && this.xr.teleportation) {
      // Teleport belongs to the street-level scale; at tabletop it would drop the viewer into the model.
      if (scale === "walk") this.xr.teleportation.addFloorMesh(ground);
      else this.xr.teleportation.removeFloorMesh(ground);
    }
  }

  /** The head's world position and yaw (Babylon's convention: forward = (sin, 0, cos)). */
  head(): { position: Vec3; yaw_rad: number } {
    const camera = this.xr.baseExperience.camera;
    const p = camera.globalPosition;
    const f = camera.getDirection(Vector3.Forward());
    return { position: [p.x, p.y, p.z], yaw_rad: Math.atan2(f.x, f.z) };
  }

  private advanceScale(): void {
    if (this.pendingFrames < 0 || this.pendingFrames-- > 0) return;
    const head = this.head();
    this.placement = placeCity(this.scale, this.app.index.bounds, head.position, head.yaw_rad);
    this.fitGround(this.scale === "tabletop");
    // The tabletop model is in view as a whole: one draw per eye, not a tile each; walking, tiles are culled.
    this.app.view.drawWhole(this.scale === "tabletop");
    this.city.apply(this.placement);
    this.placePanels(head.position, head.yaw_rad);
    this.vignette.pulse(); // the world jumped
    this.placementChanged = true;
    this.settled = true;
  }

  /** Snap turn (thumbstick left/right): the city, the panels and the avatars turn about the head, the
   * other way; the runtime's head pose is left alone (iwer ignores a turned camera, like a moved one). */
  snapTurn(direction: 1 | -1): void {
    if (!this.settled) return;
    const turn = SNAP_TURN_RAD * direction;
    const head = this.head().position;
    this.placement = turnAbout(this.placement, head, turn);
    this.city.apply(this.placement);
    const panels = [this.panel.mesh, this.session?.mesh];
    for (const m of panels) {
      if (!m) continue;
      const c = Math.cos(-turn);
      const s = Math.sin(-turn);
      const x = m.position.x - head[0];
      const z = m.position.z - head[2];
      m.position.x = head[0] + x * c + z * s;
      m.position.z = head[2] - x * s + z * c;
      m.rotation.y -= turn;
    }
    this.freezePanels();
    this.placementChanged = true;
    this.vignette.pulse();
  }

  /** At tabletop the ground is trimmed to the city's footprint (a table top, not a 1.8 m square reaching past
   * the viewer) and the water placeholder, south of the city, is hidden; walking, both are as on the desktop. */
  fitGround(table: boolean): void {
    const scene = this.app.cs.scene;
    const ground = scene.getMeshByName("ground");
    const b = this.app.index.bounds;
    const size = this.app.cs.span_m * 1.5; // createScene's ground side
    if (ground)
      ground.scaling.set(
        table ? ((b.maxX - b.minX) * 1.05) / size : 1,
        1,
        table ? ((b.maxZ - b.minZ) * 1.05) / size : 1,
      );
    scene.getMeshByName("water")?.setEnabled(!table);
  }

  /** The panels stand still between placements: their world matrices are computed once per placement. */
  private freezePanels(): void {
    for (const m of [this.panel.mesh, this.session?.mesh]) m?.freezeWorldMatrix();
  }

  /** The room panel front-left and the session panel front-right, turned towards the head, below the eyes. */
  private placePanels(head: Vec3, yaw_rad: number): void {
    const f = forwardOf(yaw_rad);
    const right: Vec3 = [f[2], 0, -f[0]];
    const put = (m: AbstractMesh, side: number, size: number) => {
      const d = PANEL_DISTANCE_M * 0.75;
      const s = 0.55 * side;
      m.scaling.setAll(size);
      m.position.set(head[0] + f[0] * d + right[0] * s, head[1] - 0.3, head[2] + f[2] * d + right[2] * s);
      m.rotation.set(0.35, yaw_rad + side * 0.6, 0); // tilted back, turned to face the viewer
    };
    put(this.panel.mesh, -1, PANEL_SIZE_M);
    if (this.session) put(this.session.mesh, 1, PANEL_SIZE_M * 1.4);
    this.freezePanels();
  }

  /** Per XR frame: panels, vignette, avatars, own pose, and each controller's building through the grid. */
  frame(): void {
    this.advanceScale();
    const now = performance.now();
    this.vignette.update(now);
    this.panel.update(
      this.app.room,
      SWITCH_LABEL[this.scale][lang()],
      VIGNETTE_LABEL[this.vignette.enabled ? "on" : "off"][lang()],
      now,
    );
    if (this.session) {
      this.session.update();
      if (this.settled) this.session.offerPose(now, () => this.ownPose());
    }
    this.avatars.update(this.placement, this.placementChanged);
    this.placementChanged = false;
    let shown = -1;
    const started = performance.now();
    for (const controller of this.xr.input.controllers) {
      controller.getWorldPointerRayToRef(this.ray);
      const { origin: o, direction: d } = this.ray;
      // Into the city's own metres: the grid knows footprints there, whatever the scale.
      const co = worldToCity(this.placement, [o.x, o.y, o.z]);
      const cd = worldDirToCity(this.placement, [d.x, d.y, d.z]);
      const hit = this.app.grid.pickRay(co[0], co[1], co[2], cd[0], cd[1], cd[2]);
      this.hovered.set(controller.uniqueId, hit);
      if (hit >= 0) shown = hit;
    }
    this.app.view.setHovered(shown);
    if (this.pickCpu_ms.length >= FRAME_SAMPLES) this.pickCpu_ms.shift();
    this.pickCpu_ms.push(performance.now() - started);
  }

  /** This viewer's head and hands as a session pose (the shared tabletop frame). */
  ownPose() {
    const camera = this.xr.baseExperience.camera;
    const hands: WorldAvatar = { head: part(camera.globalPosition, camera.absoluteRotation) };
    for (const c of this.xr.input.controllers) {
      const node = c.grip ?? c.pointer;
      const hand = part(node.absolutePosition, node.absoluteRotationQuaternion);
      if (c.inputSource.handedness === "left") hands.leftHand = hand;
      else if (c.inputSource.handedness === "right") hands.rightHand = hand;
    }
    const pose = poseFromWorld(this.placement, citySpan_m(this.app.index.bounds), hands.head, hands);
    pose.walking = this.scale === "walk";
    return pose;
  }

  /** A city point (metres) in the world, wherever the city is placed (tests, benchmark). */
  cityToWorld(x: number, y: number, z: number): Vec3 {
    return cityToWorld(this.placement, [x, y, z]);
  }

  /** A world point in city metres (tests). */
  worldToCity(x: number, y: number, z: number): Vec3 {
    return worldToCity(this.placement, [x, y, z]);
  }

  /** The world-space pointer ray of the controller in that hand (tests, debugging). */
  controllerRay(hand: "left" | "right"): { origin: number[]; direction: number[] } | undefined {
    const c = this.xr.input.controllers.find((x) => x.inputSource.handedness === hand);
    if (!c) return undefined;
    const ray = new Ray(Vector3.Zero(), Vector3.Forward(), 1);
    c.getWorldPointerRayToRef(ray);
    return { origin: ray.origin.asArray(), direction: ray.direction.asArray() };
  }

  recordFrame(ms: number): void {
    if (this.frameCpu_ms.length >= FRAME_SAMPLES) this.frameCpu_ms.shift();
    this.frameCpu_ms.push(ms);
  }
}

declare global {
  interface Window {
    __tvillingXr?: TvillingXr;
  }
}

/** The desktop layer's camera mask, kept while in VR. */
let desktopLayerMask = 0x0fffffff;

function setDesktopOverlay(app: CityApp, on: boolean): void {
  app.ui.rootContainer.isVisible = on;
  const layer = app.ui.layer;
  if (!layer) return;
  layer.isEnabled = on; // not even composited: it costs a full-screen pass per eye
  // Nor redrawn: the desktop dashboard keeps changing with the room's clock, and each redraw of the hidden
  // full-screen GUI would clear and upload a canvas the size of the window (the GUI skips a camera whose
  // mask misses its layer's).
  if (!on && layer.layerMask !== 0) desktopLayerMask = layer.layerMask;
  layer.layerMask = on ? desktopLayerMask : 0;
  if (on) app.ui.markAsDirty();
}

export async function enterVr(app: CityApp, options: XrOptions): Promise<TvillingXr> {
  const device = await ensureXrRuntime(options.emulate);
  const scene = app.cs.scene;
  const xr = await WebXRDefaultExperience.CreateAsync(scene, {
    disableDefaultUI: true,
    disableHandTracking: true, // hand meshes are downloaded models
    disableNearInteraction: true,
    optionalFeatures: false,
    inputOptions: { doNotLoadControllerMeshes: true, disableOnlineControllerRepository: true },
    teleportationOptions: { floorMeshes: [] },
    // Rays reach the panels and, when walking, the far side of the city (real metres: no world scaling).
    pointerSelectionOptions: { maxPointerDistance: 3 * app.cs.span_m, enablePointerSelectionOnAllControllers: true },
  });
  const camera = xr.baseExperience.camera;
  camera.minZ = NEAR_M;
  camera.maxZ = 3 * app.cs.span_m;
  const city = new CityRoot(scene); // before the panels, avatars and vignette: only the city moves
  const labels = new XrDistrictLabels(
    city.meshes.filter((m) => m.billboardMode !== TransformNode.BILLBOARDMODE_NONE),
    city.node,
  );
  const params = new URLSearchParams(location.search);
  const vignette = new XrVignette(scene, camera, params.get("vignette") !== "0");
  let session: TvillingXr | undefined;
  const panel = new XrPanel(scene, app, {
    scale: () => session?.setScale(session.scale === "tabletop" ? "walk" : "tabletop"),
    vignette: () => {
      vignette.enabled = !vignette.enabled;
    },
  });
  const hooks = window.__tvillingSession;
  const avatars = new XrAvatars(scene, app.cs.span_m, {
    size: 1,
    camera: () => xr.baseExperience.camera,
    desktop: true,
  });
  const link = hooks ? new XrSessionLink(scene, avatars, hooks, options.keepRendering) : undefined;
  const panelMeshes: AbstractMesh[] = link ? [panel.mesh, link.mesh] : [panel.mesh];
  for (const m of panelMeshes) m.isPickable = true; // the only meshes XR pointer rays test
  xr.pointerSelection.raySelectionPredicate = (mesh) => panelMeshes.includes(mesh);
  xr.pointerSelection.disablePointerLighting = true;
  if (xr.teleportation) {
    xr.teleportation.rotationAngle = 0; // its snap turn turns the camera: ours turns the city (snapTurn)
    xr.teleportation.onBeforeCameraTeleport.add(() => vignette.pulse());
  }
  session = new TvillingXr(app, xr, panel, city, vignette, avatars, link, device);
  // The ground and the water unlit, their lit colour computed on the CPU (no mesh in VR binds the lights).
  const flats = new XrUnlitFlats(
    ["ground", "water"].flatMap((name) => scene.getMeshByName(name) ?? []),
    app.cs,
  );
  // Frame budget (xrFrameBudget.ts): what does not change in VR is not re-checked every frame.
  const thaw = freezeMaterials([...city.meshes, ...panelMeshes, avatars.heads, avatars.hands, avatars.labels]);
  const unskip = skipIdlePointerMoves(scene);
  const pointerMaterials = new FrozenPointerMaterials();
  let meshCount = -1;
  // Before the scene renders (the pointer selection makes its meshes in the XR frame).
  const beforeRender = scene.onBeforeRenderObservable.add(() => {
    if (xrSession.state !== "inXR") return;
    if (scene.meshes.length !== meshCount) {
      meshCount = scene.meshes.length;
      for (const m of scene.meshes)
        if (m.name === "laserPointer" || m.name === "gazeTracker") pointerMaterials.add(m.material as StandardMaterial);
    }
    pointerMaterials.frame();
    labels.update(camera.absoluteRotation); // the head's pose of this frame is known here
    flats.update();
    renderUtilityLayerWhenUsed(UtilityLayerRenderer.DefaultUtilityLayer);
  });
  const turner = session;
  // Thumbstick left/right on either controller: one snap turn per push (re-armed near the centre).
  xr.input.onControllerAddedObservable.add((controller) => {
    controller.onMotionControllerInitObservable.addOnce((mc) => {
      let armed = true;
      mc.getComponentOfType("thumbstick")?.onAxisValueChangedObservable.add(({ x, y }) => {
        if (armed && Math.abs(x) > 0.7 && Math.abs(y) < 0.7) {
          armed = false;
          turner.snapTurn(x > 0 ? 1 : -1);
        } else if (Math.abs(x) < 0.3) armed = true;
      });
    });
  });
  window.__tvillingXr = session;
  const xrSession = session;

  let frameStart = 0;
  xr.baseExperience.sessionManager.onXRFrameObservable.add(
    () => {
      frameStart = performance.now();
      options.keepRendering();
      xrSession.frame();
    },
    undefined,
    true,
  );
  scene.getEngine().onEndFrameObservable.add(() => {
    if (xrSession.state === "inXR" && frameStart > 0) xrSession.recordFrame(performance.now() - frameStart);
    frameStart = 0;
  });
  // A trigger press outside the panels selects the building under that controller's ray.
  scene.onPointerObservable.add((info) => {
    if (xrSession.state !== "inXR" || info.type !== PointerEventTypes.POINTERDOWN) return;
    const picked = info.pickInfo?.pickedMesh;
    if (picked && panelMeshes.includes(picked)) return;
    const controller = xr.pointerSelection.getXRControllerByPointerId((info.event as PointerEvent).pointerId);
    if (controller) app.select(xrSession.hovered.get(controller.uniqueId) ?? -1);
  });
  xr.baseExperience.onStateChangedObservable.add((s) => {
    if (s === WebXRState.IN_XR) {
      xrSession.state = "inXR";
      setDesktopOverlay(app, false); // the desktop overlay has no place in a headset
      xrSession.setScale(xrSession.scale);
    } else if (s === WebXRState.NOT_IN_XR) {
      xrSession.state = "exited";
      setDesktopOverlay(app, true);
      for (const m of panelMeshes) m.setEnabled(false);
      xrSession.fitGround(false);
      app.view.drawWhole(false);
      city.apply(identityPlacement(app.index.bounds)); // the desktop view's city, where it was
      city.release();
      labels.release();
      flats.release();
      link?.dispose();
      scene.onBeforeRenderObservable.remove(beforeRender);
      pointerMaterials.thaw();
      UtilityLayerRenderer.DefaultUtilityLayer.shouldRender =
        UtilityLayerRenderer.DefaultUtilityLayer.pickingEnabled = true;
      thaw();
      unskip();
    }
  });
  await xr.baseExperience.enterXRAsync("immersive-vr", "local-floor", xr.renderTarget);
  for (const m of panelMeshes) m.setEnabled(true);
  return xrSession;
}
