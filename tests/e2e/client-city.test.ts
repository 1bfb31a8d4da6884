import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCity } from "../../server/city/loadCity.ts";
import { loadSimCore } from "../../sim-core/node.ts";
import { launchChromium } from "../support/chromium.ts";
import { clickGuiControl } from "../support/page.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

/** The thin-slice core's yearly heat per building at one setpoint, run in Node. */
async function yearInNode(setpoint_C: number): Promise<Float64Array> {
  const { heatLossCoeff_W_K, outdoorTemp_C } = await loadCity("baerum");
  const core = await loadSimCore();
  core.setup({ heatLossCoeff_W_K, setpoint_C: heatLossCoeff_W_K.map(() => setpoint_C) }, outdoorTemp_C);
  core.step(outdoorTemp_C.length);
  return core.heatEnergy_kWh.slice();
}

/** Pixel variance of a screenshot region (decoded in the page). */
async function screenshotVariance(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const png = (await page.screenshot({ clip })).toString("base64");
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    let sq = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const y = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      sum += y;
      sq += y * y;
    }
    return sq / n - (sum / n) ** 2;
  }, png);
}

describe("the city twin in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript("window.__name = (f) => f"); // tsx's keep-names helper inside evaluate()
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(server.url, { timeout: 90_000 });
    await page.waitForFunction(() => window.__tvilling?.app?.current !== undefined && window.__tvilling.state(), null, {
      timeout: 120_000,
    });
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("loads without console errors and draws the city (pixel variance of the view)", async () => {
    expect(consoleErrors).toEqual([]);
    await page.evaluate(() => {
      const { app } = window.__tvilling!;
      const d = app.city.districts[0];
      app.controls.flyTo({ x: d.x_m, z: d.y_m, radius: 450, beta: 0.9 }, 0);
      app.onChange(500);
    });
    await page.waitForTimeout(1500);
    const variance = await screenshotVariance(page, { x: 440, y: 200, width: 400, height: 300 });
    expect(variance).toBeGreaterThan(50); // a flat clear colour has 0
    expect(await page.evaluate(() => window.__tvilling!.app.view.meshes.length)).toBeGreaterThan(0);
  });

  it("picks a known building at its projected roof centre and shows the core's values", async () => {
    const k = 7;
    const at = await page.evaluate((i) => {
      const { app, engine } = window.__tvilling!;
      app.select(-1);
      app.controls.flyTo({ x: app.index.centreX_m[i], z: app.index.centreZ_m[i], radius: 160, beta: 0.05 }, 0);
      window.__tvilling!.scene.render(); // matrices for the new view
      const p = app.screenOf(i);
      const rect = (engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
      const scale = rect.width / engine.getRenderWidth();
      return { x: rect.left + p.x * scale, y: rect.top + p.y * scale };
    }, k);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((i) => window.__tvilling?.app.card.shown?.index === i, k, { timeout: 20_000 });
    const card = await page.evaluate(() => {
      const c = window.__tvilling!.app.card;
      return { facts: c.shown!, heat: c.fields.heat.text, coeff: c.fields.coeff.text, title: c.fields.title.text };
    });
    const { city, heatLossCoeff_W_K } = await loadCity("baerum");
    const expected_kWh = (await yearInNode(21))[k];
    expect(card.facts.id).toBe(city.buildings[k].id);
    expect(card.title.startsWith(city.buildings[k].id)).toBe(true);
    expect(card.facts.heatLossCoeff_W_K).toBe(heatLossCoeff_W_K[k]);
    expect(card.facts.heatEnergy_kWh).toBe(expected_kWh); // bit-identical to the Node run
    expect(card.heat).toContain(`${expected_kWh.toFixed(0)}\u2009kWh`);
    expect(card.coeff).toContain(`${heatLossCoeff_W_K[k].toFixed(1)}\u2009W/K`);
  });

  it("a setpoint click re-runs the year: KPI values and the city's colours follow the core", async () => {
    const before = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.metricId = "heatIntensity";
      app.delta = false;
      app.recolour();
      return { colours: Array.from(app.view.colours), kpi: app.kpis.cards.get("yearlyHeat")!.value.text };
    });
    await clickGuiControl(page, "setpointUp");
    await page.waitForFunction(() => window.__tvilling?.app.current?.setpoint_C === 22, null, { timeout: 60_000 });
    const after = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      return {
        colours: Array.from(app.view.colours),
        kpi: app.kpis.cards.get("yearlyHeat")!.value.text,
        trend: app.kpis.cards.get("yearlyHeat")!.trend.text,
      };
    });
    const at22 = await yearInNode(22);
    const at21 = await yearInNode(21);
    const total_GWh = at22.reduce((s, v) => s + v, 0) / 1e6;
    expect(after.kpi).toBe(`${total_GWh.toFixed(2)}\u2009GWh`);
    expect(after.kpi).not.toBe(before.kpi);
    const change = (at22.reduce((s, v) => s + v, 0) / at21.reduce((s, v) => s + v, 0) - 1) * 100;
    expect(after.trend).toContain(`▲ +${change.toFixed(1)} %`);
    // Scales are fixed by the baseline, so more heat shows as different (warmer) colours
    const changed = after.colours.filter((c, i) => c !== before.colours[i]).length;
    expect(changed).toBeGreaterThan(after.colours.length / 2);
  });

  it("switches the dashboard between bokmål and English", async () => {
    const label = () => page.evaluate(() => window.__tvilling!.app.kpis.cards.get("yearlyHeat")!.label.text);
    expect(await label()).toBe("Varmebehov per år");
    const at = await page.evaluate(() => {
      const { hud, engine } = window.__tvilling!;
      const rect = (engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
      const scale = rect.width / engine.getRenderWidth();
      return { x: rect.left + hud.language.centerX * scale, y: rect.top + hud.language.centerY * scale };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      () => window.__tvilling!.app.kpis.cards.get("yearlyHeat")!.label.text === "Yearly heat demand",
      null,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => window.__tvilling!.app.legend.title.text)).toContain("[kWh/(m²·a)]");
  });
});
