import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCity } from "../../server/city/loadCity.ts";
import { loadSimCore } from "../../sim-core/node.ts";
import { launchChromium } from "../support/chromium.ts";
import { clickGuiControl, openClient, readState } from "../support/page.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

describe("two browser pages in one simulated city", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the city and live KPI, and a setpoint click in one page changes the KPI both see", async () => {
    const [a, b] = await Promise.all([browser.newPage(), browser.newPage()]);
    await openClient(a, server.url);
    await openClient(b, server.url);
    const before = await readState(b);
    expect(before?.municipality).toBe("Bærum");
    expect(before?.heatLoad_MW).toBeGreaterThan(0);
    const vertices = await a.evaluate(() =>
      (window.__tvilling?.scene.meshes ?? [])
        .filter((m) => m.name.startsWith("cityTile"))
        .reduce((n, m) => n + m.getTotalVertices(), 0),
    );
    expect(vertices).toBeGreaterThan(240 * 4); // every building extruded into the merged tile meshes

    await clickGuiControl(a, "setpointUp");
    await b.waitForFunction(() => window.__tvilling?.state()?.setpoint_C === 22, null, { timeout: 15_000 });
    await a.waitForFunction(() => window.__tvilling?.state()?.setpoint_C === 22, null, { timeout: 15_000 });
    // The KPI is recomputed with the new setpoint from the next simulated hour on: compare at equal
    // outdoor temperature, load(22 °C) = Σ H·(22 − θe) > Σ H·(21 − θe).
    const hourAfter = (await readState(b))?.hourOfYear ?? 0;
    await b.waitForFunction((h) => (window.__tvilling?.state()?.hourOfYear ?? h) !== h, hourAfter, {
      timeout: 15_000,
    });
    const sa = await readState(a);
    // state and displayed text read in one go: the page may apply a newer patch between two reads
    const { state: sb, kpiText } = await b.evaluate(() => ({
      state: window.__tvilling?.state(),
      kpiText: window.__tvilling?.hud.kpi.text,
    }));
    expect(sb?.setpoint_C).toBe(22);
    const { heatLossCoeff_W_K, outdoorTemp_C } = await loadCity("baerum");
    const hour = sb?.hourOfYear ?? 0;
    const expected_MW = heatLossCoeff_W_K.reduce((s, H) => s + H * Math.max(0, 22 - outdoorTemp_C[hour]), 0) / 1e6;
    expect(sb?.heatLoad_MW).toBeCloseTo(expected_MW, 9);
    // Both pages display the text derived from the same state
    expect(kpiText).toBe(`${sb?.heatLoad_MW.toFixed(2)}\u2009MW`);
    expect(Math.abs((sa?.hourOfYear ?? 0) - (sb?.hourOfYear ?? 0))).toBeLessThanOrEqual(24); // same day: the clock runs between reads
    // Each page runs the model in its workers and renders in software: close them before the next test's page.
    await Promise.all([a.close(), b.close()]);
  }, 180_000); // two software-WebGL pages on a shared CI machine

  it("runs the same .wasm in Chromium with bit-identical results to Node", async () => {
    const page = await browser.newPage();
    await openClient(page, server.url);
    const H = Array.from({ length: 64 }, (_, i) => 37.25 + i * 3.1);
    const temps = Array.from({ length: 24 }, (_, h) => -12.4 + Math.sin(h / 3) * 4.7);
    const inBrowser = await page.evaluate(
      async ({ H, temps }) => {
        const core = await window.__tvilling!.loadCore();
        core.setup({ heatLossCoeff_W_K: H, setpoint_C: H.map(() => 20.7) }, temps);
        core.step(24);
        return Array.from(core.heatEnergy_kWh);
      },
      { H, temps },
    );
    const node = await loadSimCore();
    node.setup({ heatLossCoeff_W_K: H, setpoint_C: H.map(() => 20.7) }, temps);
    node.step(24);
    expect(inBrowser).toEqual(Array.from(node.heatEnergy_kWh));
  }, 120_000);
});
