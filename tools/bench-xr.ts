// `npm run bench:xr`: XR frame CPU under the emulated Quest 3 runtime (iwer) in headless Chromium, on a
// synthetic city (BENCH_BUILDINGS, default 30,000) at tabletop scale, with both controllers' rays over the city:
// each frame picks buildings through the footprint grid and the panel through the GUI; eight other participants'
// avatars move every frame and the comfort vignette is kept fading in. Builds unless TVILLING_SKIP_BUILD=1.
// Frame CPU: from the XR frame callback to the end of the engine frame (software WebGL here).
// Last line: one JSON object {"buildings","xrFrameCpu_ms","p95_ms"}.
import { launchChromium } from "../tests/support/chromium.ts";
import buildIfNeeded from "../tests/support/globalSetup.ts";
import { startServer } from "../tests/support/serverProcess.ts";

const BUILDINGS = Number(process.env.BENCH_BUILDINGS ?? 30_000);
const FRAMES = 240;
/** BENCH_PROFILE=1: also times the parts of a frame (wrapped methods; adds a little overhead). */
const PROFILE = process.env.BENCH_PROFILE === "1";

buildIfNeeded();
const [server, browser] = await Promise.all([startServer(), launchChromium()]);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript("window.__name = (f) => f"); // tsx's keep-names helper inside evaluate()
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/?synthetic=${BUILDINGS}&seed=1&xremu=1`, { timeout: 120_000 });
  await page.waitForFunction(() => window.__tvilling?.app?.current !== undefined, null, { timeout: 300_000 });
  await page.click("#enterVr");
  await page.waitForFunction(() => window.__tvillingXr?.state === "inXR" && window.__tvillingXr.settled, null, {
    timeout: 120_000,
  });
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  const m = await page.evaluate(
    async ({ frames, profile }) => {
      const xr = window.__tvillingXr!;
      // Where the frame goes: the total time inside each wrapped method over the measured frames.
      const parts: Record<string, number> = {};
      const wrap = (label: string, owner: object | undefined, name: string) => {
        const o = owner as Record<string, (...a: unknown[]) => unknown> | undefined;
        const f = o?.[name];
        if (!o || typeof f !== "function") return;
        parts[label] = 0;
        o[name] = function (this: unknown, ...a: unknown[]) {
          const t = performance.now();
          try {
            return f.apply(this, a);
          } finally {
            parts[label] += performance.now() - t;
          }
        };
      };
      if (profile) {
        const scene = xr.app.cs.scene as unknown as Record<string, unknown>;
        const features = xr.xr.baseExperience.featuresManager as unknown as {
          getEnabledFeature(n: string): object | undefined;
        };
        wrap("tvilling frame (panels, session, avatars, grid picks)", xr, "frame");
        wrap("  avatars.update", xr.avatars, "update");
        wrap("  panel.update", xr.panel, "update");
        wrap("  vignette.update", xr.vignette, "update");
        wrap(
          "pointer selection: scene picks",
          features.getEnabledFeature("xr-controller-pointer-selection"),
          "_onXRFrame",
        );
        wrap("simulated pointer moves", scene, "simulatePointerMove");
        wrap("scene.render", scene, "render");
        wrap("  active meshes evaluation", scene, "_evaluateActiveMeshes");
        wrap("  render for camera (both eyes)", scene, "_renderForCamera");
        wrap("    draw (rendering groups)", scene._renderingManager as object, "render");
        wrap("    bind and clear the frame buffer", scene, "_bindFrameBuffer");
        wrap(
          "    before-camera observers (GUI textures)",
          scene.onBeforeCameraRenderObservable as object,
          "notifyObservers",
        );
        wrap("  before-render observers", scene.onBeforeRenderObservable as object, "notifyObservers");
        wrap("  after-render observers", scene.onAfterRenderObservable as object, "notifyObservers");
        wrap("texture uploads", xr.app.engine as object, "updateDynamicTexture");
        for (const mesh of scene.meshes as { name: string }[])
          wrap(`      render ${mesh.name.replace(/[-\d].*$/, "")}`, mesh, "render");
      }
      // Each controller aims at a different building's roof (the first and the middle one of the city):
      // a rotation from the current ray to the wanted one, in the WebXR frame (z flipped), repeated.
      const hands = ["left", "right"] as const;
      const { centreX_m, centreZ_m, height_m, count } = xr.app.index;
      for (let pass = 0; pass < 4; pass++) {
        hands.forEach((hand, k) => {
          const i = k === 0 ? 0 : Math.floor(count / 2);
          const target = xr.cityToWorld(centreX_m[i], height_m[i] * 0.5, centreZ_m[i]);
          const { origin: o, direction: d } = xr.controllerRay(hand)!;
          const want = [target[0] - o[0], target[1] - o[1], target[2] - o[2]];
          const wl = Math.hypot(...want);
          const a = [d[0], d[1], -d[2]];
          const b = [want[0] / wl, want[1] / wl, -want[2] / wl];
          const cross = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
          const q = [...cross, 1 + a[0] * b[0] + a[1] * b[1] + a[2] * b[2]];
          const ql = Math.hypot(...q);
          const [x, y, z, w] = q.map((v) => v / ql);
          const c = xr.device!.controllers[hand]!.quaternion;
          c.set(
            w * c.x + x * c.w + y * c.z - z * c.y,
            w * c.y - x * c.z + y * c.w + z * c.x,
            w * c.z + x * c.y - y * c.x + z * c.w,
            w * c.w - x * c.x - y * c.y - z * c.z,
          );
        });
        await new Promise((r) => setTimeout(r, 300));
      }
      // Eight avatars around the table (the shared frame: metres from the model's centre), heads and hands moving.
      const people = new Map([0, 1, 2, 3, 4, 5, 6, 7].map((s) => [s + 10, { name: `P${s}`, colour: "#56B4E9" }]));
      xr.avatars.setPeople(people);
      const move = (t: number) => {
        const frame = new Map();
        for (const slot of people.keys()) {
          const a = (slot / 8) * 2 * Math.PI + t * 1e-4;
          const q: [number, number, number, number] = [0, Math.sin(a / 2), 0, Math.cos(a / 2)];
          frame.set(slot, {
            vr: true,
            handsTracked: true,
            head: { position_m: [0.9 * Math.sin(a), 0.75, 0.9 * Math.cos(a)], rotation: q },
            leftHand: { offset_m: [-0.2, -0.4, 0.2], rotation: q },
            rightHand: { offset_m: [0.2, -0.4, 0.2], rotation: q },
          });
        }
        xr.avatars.applyFrame(frame);
      };
      const mover = xr.xr.baseExperience.sessionManager.onXRFrameObservable.add(() => move(performance.now()));
      xr.frameCpu_ms.length = 0;
      xr.pickCpu_ms.length = 0;
      let hits = 0;
      let seen = 0;
      let vignetteShown = 0;
      while (xr.frameCpu_ms.length < frames) {
        await new Promise((r) => setTimeout(r, 20));
        seen++;
        if (xr.vignette.level < 0.5) xr.vignette.pulse(); // kept on screen through the measurement
        if (xr.vignette.level > 0) vignetteShown++;
        for (const h of xr.hovered.values()) if (h >= 0) hits++;
      }
      xr.xr.baseExperience.sessionManager.onXRFrameObservable.remove(mover);
      const n = xr.frameCpu_ms.length;
      const perFrame = Object.fromEntries(
        Object.entries(parts).map(([k, v]) => [k, Math.round((v / n) * 1000) / 1000]),
      );
      const scene = xr.app.cs.scene;
      const kinds: Record<string, number> = {};
      for (const mesh of scene.getActiveMeshes().data.slice(0, scene.getActiveMeshes().length)) {
        const kind = mesh.name.replace(/[-\d].*$/, "");
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }
      const counts = {
        meshes: scene.meshes.length,
        activeMeshes: scene.getActiveMeshes().length,
        materials: scene.materials.length,
        frozenMaterials: scene.materials.filter((x) => x.isFrozen).length,
        active: kinds,
      };
      const sorted = [...xr.frameCpu_ms].sort((a, b) => a - b);
      return {
        buildings: xr.app.index.count,
        controllers: xr.xr.input.controllers.length,
        ray: xr.controllerRay("right"),
        bounds: xr.app.index.bounds,
        rayHitsPerSample: hits / seen,
        vignetteShare: vignetteShown / seen,
        avatars: xr.avatars.shown,
        pick_ms: [...xr.pickCpu_ms].sort((a, b) => a - b)[Math.floor(xr.pickCpu_ms.length / 2)],
        median: sorted[Math.floor(sorted.length / 2)],
        p95: sorted[Math.floor(sorted.length * 0.95)],
        perFrame,
        counts,
      };
    },
    { frames: FRAMES, profile: PROFILE },
  );
  if (PROFILE) console.log(JSON.stringify({ perFrame_ms: m.perFrame, counts: m.counts }, null, 1));
  console.log(JSON.stringify({ ray: m.ray, bounds: m.bounds }));
  console.log(
    `controllers ${m.controllers}, building hits per sample ${m.rayHitsPerSample.toFixed(2)} (of 2), grid picks ${m.pick_ms.toFixed(3)} ms/frame (median), avatars ${m.avatars}, vignette on in ${Math.round(m.vignetteShare * 100)} % of samples`,
  );
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({ buildings: m.buildings, xrFrameCpu_ms: round(m.median), p95_ms: round(m.p95) }));
} finally {
  await browser.close();
  await server.stop();
}
