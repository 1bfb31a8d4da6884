import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { openClient, readState } from "../support/page.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";
import { clickInVr, enterVr } from "./xr-aim.ts";

/** What draws the city now (the whole in one call, or tiles) and whether the district labels face the way the
 * head does (turned once per frame in VR, no longer billboards). */
function cityDrawing(page: Page) {
  return page.evaluate(() => {
    const xr = window.__tvillingXr!;
    const scene = xr.app.cs.scene;
    const active = scene.getActiveMeshes();
    const names = active.data.slice(0, active.length).map((m) => m.name);
    const head = xr.xr.baseExperience.camera.absoluteRotation;
    const labels = scene.meshes.filter((m) => m.name.startsWith("districtLabel-"));
    return {
      whole: names.includes("cityWhole"),
      tiles: names.filter((n) => n.startsWith("cityTile")).length,
      labels: labels.length,
      // |q1 · q2| = 1 for the same rotation
      labelsFacingHead: labels.every((m) => {
        const q = m.absoluteRotationQuaternion;
        return Math.abs(q.x * head.x + q.y * head.y + q.z * head.z + q.w * head.w) > 0.9999;
      }),
    };
  });
}

/** The model's ground and the city's buildings in the world, against the head (iwer's pose, untouched). */
function cityInWorld(page: Page) {
  return page.evaluate(() => {
    const xr = window.__tvillingXr!;
    const ground = xr.app.cs.scene.getMeshByName("ground")!.getBoundingInfo().boundingBox;
    const head = xr.head();
    const dx = ground.centerWorld.x - head.position[0];
    const dz = ground.centerWorld.z - head.position[2];
    const f = [Math.sin(head.yaw_rad), Math.cos(head.yaw_rad)];
    let [minX, maxX, minZ, maxZ] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const m of xr.app.view.meshes) {
      const b = m.getBoundingInfo().boundingBox; // world bounds: the frozen tiles moved with the root
      minX = Math.min(minX, b.minimumWorld.x);
      maxX = Math.max(maxX, b.maximumWorld.x);
      minZ = Math.min(minZ, b.minimumWorld.z);
      maxZ = Math.max(maxZ, b.maximumWorld.z);
    }
    return {
      scale: xr.scale,
      rootScale: xr.city.node.scaling.x,
      groundTop_m: ground.maximumWorld.y,
      headHeight_m: head.position[1],
      ahead_m: dx * f[0] + dz * f[1],
      aside_m: dx * f[1] - dz * f[0],
      cityWidth_m: Math.max(maxX - minX, maxZ - minZ),
      headInCity: (() => {
        const [x, , z] = xr.worldToCity(...head.position);
        const b = xr.app.index.bounds;
        return x >= b.minX && x <= b.maxX && z >= b.minZ && z <= b.maxZ;
      })(),
    };
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

  it("enters VR offline at tabletop scale, a controller click on the in-VR setpoint + reaches a desktop page, and the panel switches to walk", async () => {
    const [headset, desktop] = await Promise.all([browser.newPage(), browser.newPage()]);
    const requests: string[] = [];
    headset.on("request", (r) => requests.push(r.url()));
    await openClient(headset, `${server.url}/?xremu=1`);
    await openClient(desktop, server.url);
    const before = (await readState(desktop))?.setpoint_C ?? Number.NaN;

    await enterVr(headset);
    const pickableTiles = await headset.evaluate(
      () => window.__tvillingXr!.app.view.meshes.filter((m) => m.isPickable).length,
    );
    expect(pickableTiles).toBe(0); // XR rays never test the city's triangles

    // Tabletop: the model's ground at table height (0.85 m) in front of the head, 1.2 m across at most.
    const table = await cityInWorld(headset);
    expect(table.scale).toBe("tabletop");
    expect(table.groundTop_m).toBeGreaterThan(0.8);
    expect(table.groundTop_m).toBeLessThan(0.9);
    expect(table.headHeight_m - table.groundTop_m).toBeGreaterThan(0.4); // looking down onto it
    expect(table.ahead_m).toBeGreaterThan(0.25); // beyond the near edge's gap
    expect(table.ahead_m).toBeLessThan(1.5); // within reach
    expect(Math.abs(table.aside_m)).toBeLessThan(0.01); // centred on the view
    expect(table.cityWidth_m).toBeLessThanOrEqual(1.2 + 1e-6);
    expect(table.cityWidth_m).toBeGreaterThan(0.3);
    // The whole model is in view: one draw for the city, not a tile each; the labels face the way the head does.
    const tableDrawn = await cityDrawing(headset);
    expect(tableDrawn).toMatchObject({ whole: true, tiles: 0, labelsFacingHead: true });
    expect(tableDrawn.labels).toBeGreaterThan(0);

    await clickInVr(headset, "hud", "setpointUp");
    await desktop.waitForFunction((s) => window.__tvilling?.state()?.setpoint_C === s + 1, before, {
      timeout: 20_000,
    });
    expect((await readState(desktop))?.setpoint_C).toBe(before + 1);

    // The panel's scale button: walk, 1:1 with the city's ground on the floor, the head over the city.
    await clickInVr(headset, "hud", "xrScale");
    await headset.waitForFunction(() => window.__tvillingXr?.scale === "walk" && window.__tvillingXr.settled, null, {
      timeout: 30_000,
    });
    const walk = await cityInWorld(headset);
    expect(walk.rootScale).toBe(1);
    expect(Math.abs(walk.groundTop_m)).toBeLessThan(0.1); // the city ground (−5 cm) on the real floor
    expect(walk.headHeight_m - walk.groundTop_m).toBeGreaterThan(1.2); // standing in the street
    expect(walk.headInCity).toBe(true);
    expect(walk.cityWidth_m).toBeGreaterThan(500); // metres again
    // Walking, the tiles are drawn (each culled on its own); the labels turned with the new placement.
    const walkDrawn = await cityDrawing(headset);
    expect(walkDrawn).toMatchObject({ whole: false, labelsFacingHead: true });
    expect(walkDrawn.tiles).toBeGreaterThan(0);

    const origin = new URL(server.url).host;
    const external = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).host !== origin);
    expect(external).toEqual([]); // no controller models, profiles or hand assets fetched at run time
  }, 300_000);
});
