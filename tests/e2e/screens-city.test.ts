// The city screen (`screen=city`): it follows the facilitator's desktop camera, or the facilitator's VR head
// (the pose's vr flag: the shared tabletop frame scaled up to the city), tours the districts by itself with
// `tour=1`, and draws the participants in VR as avatars over the city, including one who stood still
// before the screen joined (the server's snapshot on join). The facilitator and participants in VR are SDK
// clients in this process sending poses as a headset page would; the desktop facilitator is a real page.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodePose, type Vec3 } from "../../server/session/poses.ts";
import { launchChromium } from "../support/chromium.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";
import { moveFacilitator } from "./facilitatorCamera.ts";
import { cityFrame, member, yawPitchQ, yawQ } from "./sessionMember.ts";

const WAIT = { timeout: 120_000 };
const CITY = "synthetic=300&seed=3"; // a small city: software WebGL on a shared machine
const TABLE_WIDTH_M = 1.2; // client/src/xr/xrScale.ts

type V = number[];

async function open(page: Page, url: string, ready: () => boolean): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (let attempt = 0; ; attempt++) {
    await page.goto(url, { timeout: 180_000 });
    try {
      await page.waitForFunction(ready, null, { timeout: 150_000 });
      return;
    } catch (err) {
      if (attempt > 0) throw new Error(`${url} did not come up: ${(err as Error).message} ${errors.join("; ")}`);
    }
  }
}

async function newSession(url: string): Promise<{ code: string; facilitatorSecret: string }> {
  const res = await fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ municipality: "baerum", focus: "energy" }),
  });
  return (await res.json()) as { code: string; facilitatorSecret: string };
}

describe("the city screen", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "tvilling-city-screen-e2e-")), "sessions.sqlite");
    [server, browser] = await Promise.all([startServer({ TVILLING_DB: db }), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("follows the facilitator's desktop camera", async () => {
    const { code, facilitatorSecret } = await newSession(server.url);
    const facilitator = await browser.newPage({ viewport: { width: 480, height: 270 } });
    const screen = await browser.newPage({ viewport: { width: 480, height: 270 } });
    try {
      await open(
        facilitator,
        `${server.url}/?session=${code}&facilitator=${facilitatorSecret}&name=Kari&${CITY}`,
        () => !!window.__tvilling && window.__tvillingSession?.welcome()?.kind === "facilitator",
      );
      await open(
        screen,
        `${server.url}/?session=${code}&screen=city&follow=facilitator&${CITY}`,
        () => !!window.__tvillingScreen?.state(),
      );
      for (const [alpha, beta, radius, x, z] of [
        [-1.0, 0.8, 1200, 250, -150],
        [0.9, 1.1, 700, -300, 320],
      ]) {
        const truth = await moveFacilitator(facilitator, alpha, beta, radius, x, z);
        // The screen's camera eases to the received pose and rests on it: within the pose's quantisation
        // (1 m offset steps, 0.5 m ground point) of the facilitator's camera.
        await screen.waitForFunction(
          (expected) => {
            const c = window.__tvillingScreen?.camera();
            return !!c && c.position.every((v, i) => Math.abs(v - expected[i]) < 1.5);
          },
          truth.position,
          WAIT,
        );
        const c = await screen.evaluate(() => window.__tvillingScreen?.camera());
        expect(await screen.evaluate(() => window.__tvillingScreen?.facilitator()?.vr)).toBe(false);
        const f = truth.forward;
        const cos = (c?.forward ?? []).reduce((s: number, v: number, i: number) => s + v * f[i], 0) / Math.hypot(...f);
        expect((Math.acos(Math.min(1, cos)) * 180) / Math.PI).toBeLessThan(1.5);
      }
    } finally {
      await facilitator.close();
      await screen.close();
    }
  }, 600_000);

  it("follows a facilitator in VR and shows the participants in VR as avatars, a still one included", async () => {
    const { code, facilitatorSecret } = await newSession(server.url);
    // A participant in VR who stands still from before the screen joins: one pose, sent once.
    const ann = await member(server.url, { code, name: "Ann" });
    const annHead: Vec3 = [0.35, 0.8, -0.45]; // tabletop frame: metres of table from the model's centre
    ann.room.sendBytes(
      "pose",
      encodePose({
        head: { position_m: annHead, rotation: yawQ(0.4) },
        leftHand: { offset_m: [-0.2, -0.35, 0.2], rotation: yawQ(0) },
        rightHand: { offset_m: [0.2, -0.35, 0.2], rotation: yawQ(0) },
        vr: true,
        handsTracked: true,
      }),
    );
    // Bo walks the streets in VR (the walk flag): his head is where he stands in the city, 1.7 m up (the shared
    // frame is the table's: city metres over k, quantised to a centimetre of table).
    const bo = await member(server.url, { code, name: "Bo" });
    bo.room.sendBytes(
      "pose",
      encodePose({ head: { position_m: [0.1, 0, -0.05], rotation: yawQ(1) }, vr: true, walking: true }),
    );
    const kari = await member(server.url, { code, name: "Kari", facilitatorSecret });
    const screen = await browser.newPage({ viewport: { width: 480, height: 270 } });
    try {
      await open(
        screen,
        `${server.url}/?session=${code}&screen=city&follow=facilitator&${CITY}`,
        () => !!window.__tvillingScreen?.state(),
      );
      const { cx, cz, span } = await cityFrame(screen);
      const k = span / TABLE_WIDTH_M; // city metres per shared unit
      // Ann never moved after the screen joined: the join snapshot alone places her.
      await screen.waitForFunction((s) => window.__tvillingScreen?.avatars().some((a) => a.slot === s), ann.slot, WAIT);
      const seen = (await screen.evaluate(() => window.__tvillingScreen?.avatars()))?.find((a) => a.slot === ann.slot);
      expect(seen?.name).toBe("Ann");
      expect(seen?.hands).toBe(2);
      const want = [cx + annHead[0] * k, annHead[1] * k, cz + annHead[2] * k];
      // 1 cm of table per axis is k/100 city metres: within half a step each
      for (let i = 0; i < 3; i++)
        expect(Math.abs((seen?.head[i] ?? Number.NaN) - want[i])).toBeLessThan(k * 0.005 + 1e-6);
      // At the table, Ann is drawn at the model's scale (k city metres per real metre: a figure at the city's
      // edge); Bo, walking, at the city's (1: a person's size where he stands), not k times a person.
      expect(seen?.size).toBeCloseTo(k, 9);
      await screen.waitForFunction((s) => window.__tvillingScreen?.avatars().some((a) => a.slot === s), bo.slot, WAIT);
      const walker = (await screen.evaluate(() => window.__tvillingScreen?.avatars()))?.find((a) => a.slot === bo.slot);
      expect(walker?.name).toBe("Bo");
      expect(walker?.size).toBe(1);
      const boWant = [cx + 0.1 * k, 0, cz - 0.05 * k];
      for (let i = 0; i < 3; i++) expect(Math.abs((walker?.head[i] ?? Number.NaN) - boWant[i])).toBeLessThan(1e-6 * k);

      // The facilitator puts on a headset at the table's edge, looking down at the model.
      const head: Vec3 = [0, 0.75, -0.85];
      const yaw = 0.3;
      const pitch = 0.6;
      kari.room.sendBytes(
        "pose",
        encodePose({ head: { position_m: head, rotation: yawPitchQ(yaw, pitch) }, vr: true }),
      );
      const goal = [cx + head[0] * k, head[1] * k, cz + head[2] * k];
      await screen.waitForFunction(
        (expected) => {
          const s = window.__tvillingScreen;
          const c = s?.camera();
          const f = s?.facilitator();
          return !!c && !!f?.vr && c.position.every((v, i) => v === f.position[i] && Math.abs(v - expected[i]) < 1);
        },
        goal,
        WAIT,
      );
      const c = await screen.evaluate(() => window.__tvillingScreen?.camera());
      if (!c) throw new Error("no screen camera");
      // within the encoding: 1 cm of table (k/100 city metres) per axis, and the head's yaw and pitch
      for (let i = 0; i < 3; i++) expect(Math.abs(c.position[i] - goal[i])).toBeLessThan(k * 0.005 + 1e-6);
      const [fx, fy, fz] = c.forward;
      expect(Math.abs(Math.atan2(fx, fz) - yaw)).toBeLessThan((2.2 * Math.PI) / 180);
      expect(Math.abs(Math.atan2(-fy, Math.hypot(fx, fz)) - pitch)).toBeLessThan((2.2 * Math.PI) / 180);
      // The followed facilitator is not drawn (the screen looks through her eyes); Ann still is.
      const slots = (await screen.evaluate(() => window.__tvillingScreen?.avatars()))?.map((a) => a.slot);
      expect(slots?.sort()).toEqual([ann.slot, bo.slot].sort());

      // Ann puts her controllers down: the hands flag clears, her hands go.
      ann.room.sendBytes("pose", encodePose({ vr: true }));
      await screen.waitForFunction(
        (s) => window.__tvillingScreen?.avatars().find((a) => a.slot === s)?.hands === 0,
        ann.slot,
        WAIT,
      );
    } finally {
      await screen.close();
      await ann.room.leave();
      await bo.room.leave();
      await kari.room.leave();
    }
  }, 600_000);

  it("tours the districts by itself with tour=1", async () => {
    const { code } = await newSession(server.url);
    const screen = await browser.newPage({ viewport: { width: 480, height: 270 } });
    try {
      await open(
        screen,
        `${server.url}/?session=${code}&screen=city&tour=1&${CITY}`,
        () => !!window.__tvillingScreen?.state(),
      );
      const first = (await screen.evaluate(() => window.__tvillingScreen?.camera()))?.position as V;
      // It moves with nobody driving it (the orbit alone turns 0.05 rad/s at 900 m: 45 m/s)...
      await screen.waitForFunction(
        (p0) => {
          const c = window.__tvillingScreen?.camera();
          return !!c && Math.hypot(c.position[0] - p0[0], c.position[2] - p0[2]) > 20;
        },
        first,
        WAIT,
      );
      // ...and stays on the tour's orbit: 900 m from the ground point it looks at, 30° down (tourPath.ts).
      for (let sample = 0; sample < 2; sample++) {
        const c = await screen.evaluate(() => window.__tvillingScreen?.camera());
        if (!c) throw new Error("no screen camera");
        const t = -c.position[1] / c.forward[1];
        expect(t).toBeCloseTo(900, 0);
        expect((Math.asin(-c.forward[1]) * 180) / Math.PI).toBeCloseTo(30, 3);
        expect(await screen.evaluate(() => window.__tvillingScreen?.facilitator())).toBeUndefined();
      }
    } finally {
      await screen.close();
    }
  }, 600_000);
});
