// Helpers for the XR end-to-end tests: aim an emulated (iwer) controller at a GUI control on one of the
// in-VR panels, and pull its trigger. Used by xr-enter.test.ts and xr-session.test.ts.
import type { Page } from "playwright-core";

export type XrPanelId = "hud" | "session";

/** Turns the emulated right controller until its ray enters the named control (pointer-enter event). */
export async function aimAt(page: Page, panelId: XrPanelId, controlName: string): Promise<boolean> {
  return page.evaluate(
    async ({ panelId, controlName }) => {
      const xr = window.__tvillingXr!;
      const frames = (n: number) => new Promise((r) => setTimeout(r, n * 50));
      const device = xr.device!.controllers.right!;
      const panel = panelId === "hud" ? xr.panel : xr.session!;
      const control = panel.texture.getControlByName(controlName);
      if (!control) throw new Error(`no control ${controlName} on the ${panelId} panel`);
      let entered = false;
      const observer = control.onPointerEnterObservable.add(() => {
        entered = true;
      });
      // a fresh layout first: the control's centre is read from the last drawn frame
      panel.texture.markAsDirty();
      await frames(3);
      const size = panel.texture.getSize();
      const u = control.centerX / size.width;
      const v = control.centerY / size.height;
      const mesh = panel.mesh;
      const info = mesh.getBoundingInfo().boundingBox;
      const w = info.maximum.x - info.minimum.x;
      const h = info.maximum.y - info.minimum.y;
      const m = mesh.computeWorldMatrix(true).asArray();
      // Two conventions for the texture's x on the plane; the pointer-enter event tells which one is right.
      for (const side of [1, -1]) {
        const lx = side * (u - 0.5) * w;
        const ly = (0.5 - v) * h;
        const target = [lx * m[0] + ly * m[4] + m[12], lx * m[1] + ly * m[5] + m[13], lx * m[2] + ly * m[6] + m[14]];
        for (let k = 0; k < 6 && !entered; k++) {
          const { origin: o, direction: d } = xr.controllerRay("right")!;
          const want = [target[0] - o[0], target[1] - o[1], target[2] - o[2]];
          const wl = Math.hypot(...want);
          // World (left-handed) → WebXR (right-handed): z flips.
          const a = [d[0], d[1], -d[2]];
          const b = [want[0] / wl, want[1] / wl, -want[2] / wl];
          const cross = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
          const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
          let q = [cross[0], cross[1], cross[2], 1 + dot];
          const ql = Math.hypot(...q);
          q = q.map((x) => x / ql);
          const c = device.quaternion;
          // q · c: the correction applied in the reference space.
          device.quaternion.set(
            q[3] * c.x + q[0] * c.w + q[1] * c.z - q[2] * c.y,
            q[3] * c.y - q[0] * c.z + q[1] * c.w + q[2] * c.x,
            q[3] * c.z + q[0] * c.y - q[1] * c.x + q[2] * c.w,
            q[3] * c.w - q[0] * c.x - q[1] * c.y - q[2] * c.z,
          );
          await frames(4);
        }
        if (entered) break;
      }
      control.onPointerEnterObservable.remove(observer);
      return entered;
    },
    { panelId, controlName },
  );
}

/** A full trigger press and release on the emulated right controller. */
export async function pullTrigger(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const c = window.__tvillingXr!.device!.controllers.right!;
    c.updateButtonValue("trigger", 1);
    await new Promise((r) => setTimeout(r, 300));
    c.updateButtonValue("trigger", 0);
    await new Promise((r) => setTimeout(r, 200));
  });
}

/** Aims at a control and clicks it; throws when the ray never reached it. */
export async function clickInVr(page: Page, panelId: XrPanelId, controlName: string): Promise<void> {
  if (!(await aimAt(page, panelId, controlName))) throw new Error(`the ray never reached ${panelId}/${controlName}`);
  await pullTrigger(page);
}

/** Enters VR by the page's button and waits until the first scale is placed and both controllers are there. */
export async function enterVr(page: Page): Promise<void> {
  await page.click("#enterVr");
  await page.waitForFunction(() => window.__tvillingXr?.state === "inXR" && window.__tvillingXr.settled, null, {
    timeout: 90_000,
  });
  await page.waitForFunction(() => (window.__tvillingXr?.xr.input.controllers.length ?? 0) === 2, null, {
    timeout: 30_000,
  });
}
