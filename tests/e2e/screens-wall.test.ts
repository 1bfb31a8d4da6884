// A panoramic wall of three screens following the facilitator: every screen's camera stands where the
// facilitator's camera is, turned by (i − 1)·fov about its own vertical axis, and keeps that while the
// facilitator moves: at a desktop (a real page sends its camera pose) and in VR (an SDK client sends a headset's
// pose, as the VR page does: the shared tabletop frame, scaled up to the city on the screens).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";
import { encodePose, type Vec3 } from "../../server/session/poses.ts";
import { moveFacilitator } from "./facilitatorCamera.ts";
import { cityFrame, member, yawPitchQ } from "./sessionMember.ts";

const WAIT = { timeout: 90_000 };
const FOV_deg = 50;
const CITY = "synthetic=300&seed=3"; // a small city: four WebGL pages share a busy machine
const TABLE_WIDTH_M = 1.2; // client/src/xr/xrScale.ts

type V = number[];

/**
 * Opens a client page and waits until it has built the city and joined the session (`joined` in the page). The
 * thin slice's city room is not waited for: these pages do not need it, and under load several pages joining
 * it at once sometimes lose that connection. A page that does not come up is reloaded once.
 */
async function open(page: Page, url: string, joined: () => boolean): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  for (let attempt = 0; ; attempt++) {
    await page.goto(url, { timeout: 180_000 });
    try {
      await page.waitForFunction(joined, null, { timeout: 150_000 });
      return;
    } catch (err) {
      if (attempt > 0) throw new Error(`${url} did not come up: ${(err as Error).message} ${errors.join("; ")}`);
    }
  }
}
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

describe("a panoramic wall of three screens", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "tvilling-wall-e2e-")), "sessions.sqlite");
    [server, browser] = await Promise.all([startServer({ TVILLING_DB: db }), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newSession(): Promise<{ code: string; facilitatorSecret: string }> {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ municipality: "baerum", focus: "energy" }),
    });
    return (await res.json()) as { code: string; facilitatorSecret: string };
  }

  async function openWall(code: string): Promise<Page[]> {
    const screens = await Promise.all([0, 1, 2].map(() => browser.newPage({ viewport: { width: 320, height: 180 } })));
    await Promise.all(
      screens.map((page, i) =>
        open(
          page,
          `${server.url}/?session=${code}&screen=wall&index=${i}&count=3&fov=${FOV_deg}&${CITY}`,
          () => !!window.__tvillingScreen?.state(),
        ),
      ),
    );
    return screens;
  }

  /**
   * Waits until every screen rests on the facilitator's received pose, `position` within `tolerance` per axis,
   * and checks the wall: one shared position, the centre looking along `forward` (within `angle_deg`, the
   * rotation's quantisation), the others turned by ∓fov about the shared view's own vertical axis, edge to edge.
   */
  async function expectWall(screens: Page[], position: V, tolerance: number, forward: V, angle_deg: number) {
    const cams = [];
    for (const page of screens) {
      await page.waitForFunction(
        ({ expected, tolerance }) => {
          const s = window.__tvillingScreen;
          const c = s?.camera();
          const f = s?.facilitator();
          if (!c || !f) return false;
          const near = f.position.every((v, i) => Math.abs(v - expected[i]) < tolerance);
          return near && c.position.every((v, i) => v === f.position[i]);
        },
        { expected: position, tolerance },
        WAIT,
      );
      cams.push(await page.evaluate(() => window.__tvillingScreen?.camera()));
    }
    const [left, centre, right] = cams.map((c) => {
      if (!c) throw new Error("no screen camera");
      return c;
    });
    for (const c of [left, right]) expect(c.position).toEqual(centre.position);
    for (let k = 0; k < 3; k++) expect(Math.abs(centre.position[k] - position[k])).toBeLessThan(tolerance);
    const len = Math.hypot(forward[0], forward[1], forward[2]);
    expect((Math.acos(Math.min(1, dot(centre.forward, forward) / len)) * 180) / Math.PI).toBeLessThan(angle_deg);
    // yaw offsets about the shared view's own vertical axis: −fov, 0, +fov; no pitch or roll between screens
    for (const [c, offset_deg] of [
      [left, -FOV_deg],
      [right, FOV_deg],
    ] as const) {
      const yaw_deg = (Math.atan2(dot(c.forward, centre.right), dot(c.forward, centre.forward)) * 180) / Math.PI;
      // Babylon's matrices are float32: agreement to 1e-4° is the whole error budget here
      expect(yaw_deg).toBeCloseTo(offset_deg, 4);
      expect(dot(c.forward, centre.up)).toBeCloseTo(0, 6);
      expect(dot(c.up, centre.up)).toBeCloseTo(1, 6);
    }
    // horizontal fields of view of fov each: neighbours meet edge to edge
    for (const c of cams) expect(c?.fov).toBeCloseTo((FOV_deg * Math.PI) / 180, 12);
  }

  it("keeps one shared position and yaw offsets of (i − 1)·fov while the facilitator moves", async () => {
    const { code, facilitatorSecret } = await newSession();
    const facilitator = await browser.newPage({ viewport: { width: 480, height: 270 } });
    await open(
      facilitator,
      `${server.url}/?session=${code}&facilitator=${facilitatorSecret}&name=Kari&${CITY}`,
      () => !!window.__tvilling && window.__tvillingSession?.welcome()?.kind === "facilitator",
    );
    const screens = await openWall(code);
    const poses = [
      { alpha: -1.2, beta: 0.9, radius: 1400, x: 300, z: -200 },
      { alpha: 0.6, beta: 1.2, radius: 650, x: -450, z: 380 },
    ];
    for (const pose of poses) {
      const truth = await moveFacilitator(facilitator, pose.alpha, pose.beta, pose.radius, pose.x, pose.z);
      // Each screen eases to the received pose and then rests exactly on it: the facilitator's camera within the
      // pose's quantisation (1 m offset steps, 0.5 m ground point; the rotation to ≤ 0.7°).
      await expectWall(screens, truth.position, 1.5, truth.forward, 1.5);
    }
    await Promise.all([facilitator, ...screens].map((p) => p.close()));
  }, 600_000);

  it("keeps them while a facilitator in VR moves her head", async () => {
    const { code, facilitatorSecret } = await newSession();
    const kari = await member(server.url, { code, name: "Kari", facilitatorSecret });
    try {
      const screens = await openWall(code);
      const { cx, cz, span } = await cityFrame(screens[0]);
      const k = span / TABLE_WIDTH_M; // city metres per metre of table
      // At the table's edge looking down at the model, then walking round it and looking up across it.
      const heads: { head: Vec3; yaw: number; pitch: number }[] = [
        { head: [0, 0.75, -0.85], yaw: 0.3, pitch: 0.6 },
        { head: [0.7, 0.9, 0.35], yaw: -2.0, pitch: 0.15 },
      ];
      for (const { head, yaw, pitch } of heads) {
        kari.room.sendBytes(
          "pose",
          encodePose({ head: { position_m: head, rotation: yawPitchQ(yaw, pitch) }, vr: true }),
        );
        const forward = [Math.sin(yaw) * Math.cos(pitch), -Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch)];
        // the head's place in the city within the encoding (1 cm of table, k/100 city metres, per axis), its
        // direction within the rotation's (≤ 2.2°)
        await expectWall(screens, [cx + head[0] * k, head[1] * k, cz + head[2] * k], k * 0.005 + 1e-6, forward, 2.2);
        for (const page of screens)
          expect(await page.evaluate(() => window.__tvillingScreen?.facilitator()?.vr)).toBe(true);
      }
      await Promise.all(screens.map((p) => p.close()));
    } finally {
      await kari.room.leave();
    }
  }, 600_000);
});
