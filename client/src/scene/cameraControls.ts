// Camera beyond ArcRotateCamera's own mouse/touch input: keyboard pan/orbit/zoom and a smooth fly-to.
import type { ArcRotateCamera } from "@babylonjs/core/Cameras/arcRotateCamera.js";
import { Vector3 } from "@babylonjs/core/Maths/math.vector.js";
import type { Scene } from "@babylonjs/core/scene.js";

export interface FlyTarget {
  x: number;
  z: number;
  radius: number;
  beta?: number;
}

export class CameraControls {
  private flight: { from: FlyTarget & { beta: number }; to: FlyTarget & { beta: number }; t: number } | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly camera: ArcRotateCamera,
    canvas: HTMLCanvasElement,
    onDistrictKey: (index: number) => void,
  ) {
    scene.onBeforeRenderObservable.add(() => this.advance());
    canvas.addEventListener("keydown", (e) => {
      const step = camera.radius * 0.05;
      const fwd = new Vector3(Math.cos(camera.alpha), 0, Math.sin(camera.alpha)).scale(-step);
      const right = new Vector3(-fwd.z, 0, fwd.x);
      const k = e.key.toLowerCase();
      if (k === "w") camera.target.addInPlace(fwd);
      else if (k === "s") camera.target.subtractInPlace(fwd);
      else if (k === "a") camera.target.addInPlace(right);
      else if (k === "d") camera.target.subtractInPlace(right);
      else if (k === "q") camera.alpha -= 0.05;
      else if (k === "e") camera.alpha += 0.05;
      else if (k === "+" || k === "=") camera.radius *= 0.9;
      else if (k === "-") camera.radius *= 1.1;
      else if (k >= "1" && k <= "9") onDistrictKey(Number(k) - 1);
      else return;
      e.preventDefault();
    });
  }

  /** Eases the camera to look at (x, z) from `radius`; `duration_ms` 0 jumps. */
  flyTo(target: FlyTarget, duration_ms = 900): void {
    const c = this.camera;
    const to = { ...target, beta: target.beta ?? c.beta };
    if (duration_ms <= 0) {
      this.apply(to, 1, to);
      this.flight = undefined;
      return;
    }
    this.flight = { from: { x: c.target.x, z: c.target.z, radius: c.radius, beta: c.beta }, to, t: 0 };
    this.duration_ms = duration_ms;
  }

  private duration_ms = 900;

  private advance(): void {
    if (!this.flight) return;
    this.flight.t = Math.min(1, this.flight.t + this.scene.getEngine().getDeltaTime() / this.duration_ms);
    const s = this.flight.t * this.flight.t * (3 - 2 * this.flight.t); // smoothstep
    this.apply(this.flight.from, s, this.flight.to);
    if (this.flight.t >= 1) this.flight = undefined;
  }

  private apply(a: FlyTarget & { beta: number }, s: number, b: FlyTarget & { beta: number }): void {
    const c = this.camera;
    c.target.set(a.x + (b.x - a.x) * s, 0, a.z + (b.z - a.z) * s);
    c.radius = a.radius + (b.radius - a.radius) * s;
    c.beta = a.beta + (b.beta - a.beta) * s;
  }
}
