// The camera of a city or wall screen: eases towards a goal view (the facilitator's camera, or the tour),
// turned by this screen's yaw offset about the goal camera's own vertical axis. Rotating about the camera's
// own axis (not the world's) keeps neighbouring wall screens' frustum edges in one plane even when the view
// looks down, so the images join without gap or overlap.
import { Camera } from "@babylonjs/core/Cameras/camera.js";
import { TargetCamera } from "@babylonjs/core/Cameras/targetCamera.js";
import { Quaternion, Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CameraView } from "./cameraPose.ts";

/** Default time constant of the easing [s]: smooth at 16 Hz pose updates, close behind the facilitator. */
const EASE_S = 0.12;

export interface ScreenCameraOptions {
  yawOffset_rad: number;
  /** Field of view [rad]; horizontal when `horizontal` (wall screens), else vertical. */
  fov_rad: number;
  horizontal: boolean;
  maxZ_m: number;
}

export class ScreenCamera {
  readonly camera: TargetCamera;
  private goalPosition: Vector3 | undefined;
  private readonly goalRotation = new Quaternion();
  private readonly offset: Quaternion;
  /** Time constant of the easing [s] (followPose.ts: slower for a VR head). */
  ease_s = EASE_S;

  constructor(
    scene: Scene,
    readonly options: ScreenCameraOptions,
    wake: (ms?: number) => void,
  ) {
    this.camera = new TargetCamera("screenCamera", new Vector3(0, 500, -1000), scene);
    this.camera.rotationQuaternion = new Quaternion();
    this.camera.fov = options.fov_rad;
    this.camera.fovMode = options.horizontal ? Camera.FOVMODE_HORIZONTAL_FIXED : Camera.FOVMODE_VERTICAL_FIXED;
    this.camera.minZ = 5;
    this.camera.maxZ = options.maxZ_m;
    this.offset = Quaternion.RotationYawPitchRoll(options.yawOffset_rad, 0, 0);
    scene.activeCamera = this.camera;
    let last = performance.now();
    scene.onBeforeRenderObservable.add(() => {
      const now = performance.now();
      const dt_s = Math.min(0.5, (now - last) / 1000);
      last = now;
      if (this.ease(dt_s)) wake(200);
    });
  }

  /** The view to move to; `jump` skips the easing. */
  setGoal(view: CameraView, jump = false): void {
    this.goalPosition = new Vector3(...view.position);
    Quaternion.RotationYawPitchRollToRef(view.yaw_rad, view.pitch_rad, 0, this.goalRotation);
    this.goalRotation.multiplyInPlace(this.offset); // offset about the goal camera's own up axis
    if (jump) this.ease(Number.POSITIVE_INFINITY);
  }

  /** One easing step; true while still moving. */
  private ease(dt_s: number): boolean {
    const goal = this.goalPosition;
    const rotation = this.camera.rotationQuaternion as Quaternion;
    if (!goal) return false;
    const a = dt_s === Number.POSITIVE_INFINITY ? 1 : 1 - Math.exp(-dt_s / this.ease_s);
    const far = Vector3.Distance(this.camera.position, goal);
    const turn = 1 - Math.abs(Quaternion.Dot(rotation, this.goalRotation));
    if (far < 0.05 && turn < 1e-9) {
      // Snap: every screen rests on exactly the same decoded pose, not on its own easing remainder.
      if (!this.camera.position.equals(goal) || !rotation.equals(this.goalRotation)) {
        this.camera.position.copyFrom(goal);
        rotation.copyFrom(this.goalRotation);
        return true;
      }
      return false;
    }
    this.camera.position.copyFrom(Vector3.Lerp(this.camera.position, goal, a));
    rotation.copyFrom(Quaternion.Slerp(rotation, this.goalRotation, a));
    return true;
  }
}
