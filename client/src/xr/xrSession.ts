// Immersive VR through Babylon's WebXR default experience, offline: no controller models, no online
// controller repository, no hand-tracking or near-interaction assets, no enter/exit UI. Controller rays
// test only the in-VR panel mesh (GUI through the mesh texture); buildings are picked through the client's
// footprint grid, never the city's triangles (the tiles are not pickable).
import { PointerEventTypes } from "@babylonjs/core/Events/pointerEvents.js";
import { Ray } from "@babylonjs/core/Culling/ray.js";
import { Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import type { AbstractMesh } from "@babylonjs/core/Meshes/abstractMesh.js";
// Registers the Touch controller layouts locally (the online profile repository is off); meshes are not loaded.
import "@babylonjs/core/XR/motionController/webXROculusTouchMotionController.js";
import { WebXRDefaultExperience } from "@babylonjs/core/XR/webXRDefaultExperience.js";
import { WebXRState } from "@babylonjs/core/XR/webXRTypes.js";
import type { CityApp } from "../app.ts";
import { lang } from "../ui/i18n.ts";
import { XrPanel } from "./xrPanel.ts";
import { type EmulatedDevice, ensureXrRuntime } from "./xrRuntime.ts";
import { type ScalePose, type XrScale, scalePose } from "./xrScale.ts";

const SNAP_TURN_RAD = Math.PI / 4;
const FRAME_SAMPLES = 600;
/** The scale button names the scale it switches to. */
const SWITCH_LABEL = {
  tabletop: { nb: "Gå i gatene (1:1)", en: "Walk the streets (1:1)" },
  walk: { nb: "Bordmodell", en: "Tabletop model" },
} as const;

export interface XrOptions {
  /** Install the emulated Quest 3 runtime (iwer) first: tests and the benchmark. */
  emulate: boolean;
  /** Keeps the render-on-demand loop drawing; called every XR frame. */
  keepRendering: () => void;
}

export class TvillingXr {
  state: "entering" | "inXR" | "exited" = "entering";
  scale: XrScale = "tabletop";
  /** The building each controller's ray points at (-1: none), by input source id. */
  readonly hovered = new Map<string, number>();
  /** CPU time of the last XR frames, from the XR frame callback to the end of the engine frame (ms). */
  readonly frameCpu_ms: number[] = [];
  /** CPU time of the footprint-grid picks of both controllers, per frame (ms). */
  readonly pickCpu_ms: number[] = [];
  private readonly ray = new Ray(Vector3.Zero(), Vector3.Forward(), 1);

  constructor(
    readonly app: CityApp,
    readonly xr: WebXRDefaultExperience,
    readonly panel: XrPanel,
    readonly device: EmulatedDevice | undefined,
  ) {}

  /** False while a scale change is being applied over the next frames. */
  settled = false;
  private pending: { pose: ScalePose; stage: number } | undefined;

  /** Switches scale. Applied over two XR frames: the runtime takes the new world scale, then the head
   * position; the panel is placed last, in front of where the head really is. */
  setScale(scale: XrScale): void {
    this.scale = scale;
    const pose = scalePose(scale, this.app.index.bounds);
    this.pending = { pose, stage: 0 };
    this.settled = false;
    this.xr.baseExperience.sessionManager.worldScalingFactor = pose.worldPerReal;
    const ground = this.app.cs.scene.getMeshByName("ground");
    if (ground && this.xr.teleportation) {
      // Teleport belongs to the street-level scale; at tabletop it would drop the viewer into the model.
      if (scale === "walk") this.xr.teleportation.addFloorMesh(ground);
      else this.xr.teleportation.removeFloorMesh(ground);
    }
  }

  private advanceScale(): void {
    const p = this.pending;
    if (!p) return;
    const camera = this.xr.baseExperience.camera;
    const { pose } = p;
    if (p.stage++ === 0) {
      camera.position.set(pose.head.x, pose.head.y, pose.head.z);
      camera.rotationQuaternion = Quaternion.Identity(); // facing north (+z), over the city
      return;
    }
    const head = camera.globalPosition;
    const m = this.panel.mesh;
    m.scaling.setAll(pose.panelSize);
    // In front, a little to the left and below the eyes, facing the viewer.
    m.position.set(head.x - 0.25 * pose.panelSize, head.y - 0.35 * pose.panelSize, head.z + pose.panelDistance);
    this.pending = undefined;
    this.settled = true;
  }

  /** Per XR frame: panel text, and each controller's building through the footprint grid. */
  frame(): void {
    this.advanceScale();
    this.panel.update(this.app.room, SWITCH_LABEL[this.scale][lang()]);
    let shown = -1;
    const started = performance.now();
    for (const controller of this.xr.input.controllers) {
      controller.getWorldPointerRayToRef(this.ray);
      const { origin: o, direction: d } = this.ray;
      const hit = this.app.grid.pickRay(o.x, o.y, o.z, d.x, d.y, d.z);
      this.hovered.set(controller.uniqueId, hit);
      if (hit >= 0) shown = hit;
    }
    this.app.view.setHovered(shown);
    if (this.pickCpu_ms.length >= FRAME_SAMPLES) this.pickCpu_ms.shift();
    this.pickCpu_ms.push(performance.now() - started);
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

function setDesktopOverlay(app: CityApp, on: boolean): void {
  app.ui.rootContainer.isVisible = on;
  if (app.ui.layer) app.ui.layer.isEnabled = on; // not even composited: it costs a full-screen pass per eye
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
    // Rays must reach the panel and the city at tabletop scale too (world units, not metres).
    pointerSelectionOptions: { maxPointerDistance: 3 * app.cs.span_m, enablePointerSelectionOnAllControllers: true },
  });
  let session: TvillingXr | undefined;
  const panel = new XrPanel(scene, app, () => session?.setScale(session.scale === "tabletop" ? "walk" : "tabletop"));
  const panelMesh: AbstractMesh = panel.mesh;
  xr.pointerSelection.raySelectionPredicate = (mesh) => mesh === panelMesh;
  xr.pointerSelection.disablePointerLighting = true;
  if (xr.teleportation) xr.teleportation.rotationAngle = SNAP_TURN_RAD; // thumbstick left/right: snap turn
  session = new TvillingXr(app, xr, panel, device);
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
  // A trigger press outside the panel selects the building under that controller's ray.
  scene.onPointerObservable.add((info) => {
    if (xrSession.state !== "inXR" || info.type !== PointerEventTypes.POINTERDOWN) return;
    if (info.pickInfo?.pickedMesh === panelMesh) return;
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
      panelMesh.setEnabled(false);
    }
  });
  await xr.baseExperience.enterXRAsync("immersive-vr", "local-floor", xr.renderTarget);
  panelMesh.setEnabled(true);
  return xrSession;
}
