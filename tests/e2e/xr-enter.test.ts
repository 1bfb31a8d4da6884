import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { openClient, readState } from "../support/page.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

/** Turns the emulated right controller so that its ray meets the in-VR panel's setpoint "+" button. */
async function aimRightControllerAtPlus(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const xr = window.__tvillingXr!;
    const frames = (n: number) => new Promise((r) => setTimeout(r, n * 50));
    const device = xr.device!.controllers.right!;
    let entered = false;
    const plus = xr.panel.hud.setpointUp;
    const observer = plus.onPointerEnterObservable.add(() => {
      entered = true;
    });
    const size = xr.panel.texture.getSize();
    const u = plus.centerX / size.width;
    const v = plus.centerY / size.height;
    const m = xr.panel.mesh.computeWorldMatrix(true).asArray();
    // Two conventions for the texture's x on the plane; the pointer-enter event tells which one is right.
    for (const side of [1, -1]) {
      const lx = side * (u - 0.5);
      const ly = 0.5 - v;
      const target = [lx * m[0] + ly * m[4] + m[12], lx * m[1] + ly * m[5] + m[13], lx * m[2] + ly * m[6] + m[14]];
      for (let k = 0; k < 5 && !entered; k++) {
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
    plus.onPointerEnterObservable.remove(observer);
    return entered;
  });
}

describe("immersive VR under the emulated Quest 3 runtime (iwer)", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("enters VR offline, and a controller click on the in-VR setpoint + reaches a desktop page", async () => {
    const [headset, desktop] = await Promise.all([browser.newPage(), browser.newPage()]);
    const requests: string[] = [];
    headset.on("request", (r) => requests.push(r.url()));
    await openClient(headset, `${server.url}/?xremu=1`);
    await openClient(desktop, server.url);
    const before = (await readState(desktop))?.setpoint_C ?? Number.NaN;

    await headset.click("#enterVr");
    await headset.waitForFunction(() => window.__tvillingXr?.state === "inXR" && window.__tvillingXr.settled, null, {
      timeout: 60_000,
    });
    await headset.waitForFunction(() => (window.__tvillingXr?.xr.input.controllers.length ?? 0) === 2, null, {
      timeout: 30_000,
    });
    const scene = await headset.evaluate(() => {
      const xr = window.__tvillingXr!;
      const pickableTiles = xr.app.view.meshes.filter((m) => m.isPickable).length;
      return { pickableTiles, scale: xr.scale, worldPerReal: xr.xr.baseExperience.sessionManager.worldScalingFactor };
    });
    expect(scene.pickableTiles).toBe(0); // XR rays never test the city's triangles
    expect(scene.scale).toBe("tabletop");

    const aimed = await aimRightControllerAtPlus(headset);
    expect(aimed).toBe(true);
    await headset.evaluate(async () => {
      const c = window.__tvillingXr!.device!.controllers.right!;
      c.updateButtonValue("trigger", 1);
      await new Promise((r) => setTimeout(r, 300));
      c.updateButtonValue("trigger", 0);
    });
    await desktop.waitForFunction((s) => window.__tvilling?.state()?.setpoint_C === s + 1, before, {
      timeout: 20_000,
    });
    expect((await readState(desktop))?.setpoint_C).toBe(before + 1);

    const origin = new URL(server.url).host;
    const external = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).host !== origin);
    expect(external).toEqual([]); // no controller models, profiles or hand assets fetched at run time
  }, 240_000);
});
