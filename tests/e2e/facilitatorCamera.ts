// Moves the facilitator page's desktop camera (orbit angles, radius, ground target), waits for the frame
// that sends its pose, and returns where the camera is and looks: the truth a following screen must reach.
import type { Page } from "playwright-core";

export async function moveFacilitator(page: Page, alpha: number, beta: number, radius: number, x: number, z: number) {
  return page.evaluate(
    async ({ alpha, beta, radius, x, z }) => {
      const hooks = window.__tvilling;
      if (!hooks) throw new Error("no hooks");
      const camera = hooks.app.cs.camera;
      camera.alpha = alpha;
      camera.beta = beta;
      camera.radius = radius;
      camera.target.set(x, 0, z);
      const rendered = new Promise<void>((r) => hooks.scene.onAfterRenderObservable.addOnce(() => r()));
      hooks.app.onChange(1000);
      await rendered;
      const p = camera.position;
      return { position: [p.x, p.y, p.z], forward: [x - p.x, -p.y, z - p.z] };
    },
    { alpha, beta, radius, x, z },
  );
}
