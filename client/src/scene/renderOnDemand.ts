// Renders only while something changes: after input, camera movement, new state or results. An idle
// city costs no frames, which matters on software WebGL and when several views share one machine.
import type { Camera } from "@babylonjs/core/Cameras/camera.js";
import type { Engine } from "@babylonjs/core/Engines/engine.js";
import type { Scene } from "@babylonjs/core/scene.js";

const AFTER_INPUT_MS = 800; // covers camera inertia and GUI hover feedback
const IDLE_REFRESH_MS = 2000;

export class RenderOnDemand {
  private until = 0;
  private last = 0;
  frames = 0;

  constructor(engine: Engine, scene: Scene, camera: Camera, canvas: HTMLCanvasElement) {
    for (const type of ["pointerdown", "pointermove", "pointerup", "wheel", "keydown", "touchstart", "touchmove"])
      canvas.addEventListener(type, () => this.wake(AFTER_INPUT_MS), { passive: true });
    camera.onViewMatrixChangedObservable.add(() => this.wake(AFTER_INPUT_MS));
    engine.runRenderLoop(() => {
      const now = performance.now();
      if (now > this.until && now - this.last < IDLE_REFRESH_MS) return;
      this.last = now;
      this.frames++;
      scene.render();
    });
  }

  /** Keeps rendering for `ms` from now. */
  wake(ms = 100): void {
    this.until = Math.max(this.until, performance.now() + ms);
  }
}
