// `npm run bench:xr`: XR frame CPU under the emulated Quest 3 runtime (iwer) in headless Chromium, on a
// synthetic city (BENCH_BUILDINGS, default 30,000), with both controllers' rays over the city: each frame
// picks buildings through the footprint grid and the panel through the GUI. Builds unless TVILLING_SKIP_BUILD=1.
// Frame CPU: from the XR frame callback to the end of the engine frame (software WebGL here).
// Last line: one JSON object {"buildings","xrFrameCpu_ms","p95_ms"}.
import { launchChromium } from "../tests/support/chromium.ts";
import buildIfNeeded from "../tests/support/globalSetup.ts";
import { startServer } from "../tests/support/serverProcess.ts";

const BUILDINGS = Number(process.env.BENCH_BUILDINGS ?? 30_000);
const FRAMES = 240;

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
  const m = await page.evaluate(async (frames) => {
    const xr = window.__tvillingXr!;
    // Each controller aims at a different building's roof (the first and the middle one of the city):
    // a rotation from the current ray to the wanted one, in the WebXR frame (z flipped), repeated.
    const hands = ["left", "right"] as const;
    const { centreX_m, centreZ_m, height_m, count } = xr.app.index;
    for (let pass = 0; pass < 4; pass++) {
      hands.forEach((hand, k) => {
        const i = k === 0 ? 0 : Math.floor(count / 2);
        const target = [centreX_m[i], height_m[i] * 0.5, centreZ_m[i]];
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
    xr.frameCpu_ms.length = 0;
    xr.pickCpu_ms.length = 0;
    let hits = 0;
    let seen = 0;
    while (xr.frameCpu_ms.length < frames) {
      await new Promise((r) => setTimeout(r, 20));
      seen++;
      for (const h of xr.hovered.values()) if (h >= 0) hits++;
    }
    const sorted = [...xr.frameCpu_ms].sort((a, b) => a - b);
    return {
      buildings: xr.app.index.count,
      controllers: xr.xr.input.controllers.length,
      ray: xr.controllerRay("right"),
      bounds: xr.app.index.bounds,
      rayHitsPerSample: hits / seen,
      pick_ms: [...xr.pickCpu_ms].sort((a, b) => a - b)[Math.floor(xr.pickCpu_ms.length / 2)],
      median: sorted[Math.floor(sorted.length / 2)],
      p95: sorted[Math.floor(sorted.length * 0.95)],
    };
  }, FRAMES);
  console.log(JSON.stringify({ ray: m.ray, bounds: m.bounds }));
  console.log(
    `controllers ${m.controllers}, building hits per sample ${m.rayHitsPerSample.toFixed(2)} (of 2), grid picks ${m.pick_ms.toFixed(3)} ms/frame (median)`,
  );
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({ buildings: m.buildings, xrFrameCpu_ms: round(m.median), p95_ms: round(m.p95) }));
} finally {
  await browser.close();
  await server.stop();
}
