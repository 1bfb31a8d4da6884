// The city twin in real Chromium: Bærum and Ålesund render; a picked building's card and the KPIs after a
// lever move equal the integrated model run in Node on the same inputs; a dropped file imports.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCity } from "../../server/city/loadCity.ts";
import type { CityDataset } from "../../sim-core/host/city.ts";
import { importBuildings } from "../../sim-core/host/import/importBuildings.ts";
import { weatherFromNormals } from "../../sim-core/host/model/weather.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { runCityYear } from "../../client/src/core/modelRun.ts";
import type { ModelResult } from "../../client/src/core/modelResult.ts";
import { colourInto } from "../../client/src/model/colourScale.ts";
import { buildMetrics } from "../../client/src/model/metrics.ts";
import {
  type DistrictLevers,
  defaultLevers,
  type LeverValues,
  scenarioFromLevers,
} from "../../client/src/scenario/leverState.ts";
import { withUnit } from "../../client/src/ui/format.ts";
import { baseOf } from "../../client/src/scenario/whatIfInputs.ts";
import { stationNormals } from "../../client/src/weatherNormals.ts";
import { launchChromium } from "../support/chromium.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

/** The integrated model's year in Node for the city the server serves, under the given lever positions. */
async function yearInNode(
  city: CityDataset,
  levers: LeverValues,
  districts: DistrictLevers = {},
): Promise<ModelResult> {
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const weather = weatherFromNormals(stationNormals(city.weatherStation));
  return runCityYear(module, baseOf(city), weather, {
    runId: 0,
    scenario: scenarioFromLevers(levers, city.municipality.name, "what-if", districts),
  });
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

async function openCity(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript("window.__name = (f) => f"); // tsx's keep-names helper inside evaluate()
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { timeout: 90_000 });
  await page.waitForFunction(() => window.__tvilling?.app?.current !== undefined, null, { timeout: 200_000 });
  return page;
}

/** Flies to the first district by day and measures the view's pixel variance. */
async function cityVariance(page: Page): Promise<number> {
  await page.evaluate(() => {
    const { app } = window.__tvilling!;
    const d = app.city.districts[0];
    app.live = false;
    app.setViewHour(24 * 170 + 12);
    app.controls.flyTo({ x: d.x_m, z: d.y_m, radius: 450, beta: 0.9 }, 0);
    app.onChange(500);
  });
  await page.waitForTimeout(1500);
  return screenshotVariance(page, { x: 440, y: 200, width: 400, height: 300 });
}

/** Page position of a GUI control's point at fraction fx of its width. */
async function guiPoint(page: Page, control: string, fx: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([name, f]) => {
      const { app, engine } = window.__tvilling!;
      const c = app.ui.getControlByName(name as string);
      if (!c) throw new Error(`no GUI control ${name}`);
      const m = (c as unknown as { _currentMeasure: { left: number; top: number; width: number; height: number } })
        ._currentMeasure;
      const rect = (engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
      const scale = rect.width / engine.getRenderWidth();
      return {
        x: rect.left + (m.left + m.width * (f as number)) * scale,
        y: rect.top + (m.top + m.height / 2) * scale,
      };
    },
    [control, fx] as const,
  );
}

describe("the city twin in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let city: CityDataset;
  let baseline: ModelResult;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    page = await openCity(browser, server.url, consoleErrors);
    city = (await loadCity("baerum")).city;
    baseline = await yearInNode(city, defaultLevers());
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("Bærum loads without console errors and draws the city (pixel variance of the view)", async () => {
    expect(consoleErrors).toEqual([]);
    expect(await cityVariance(page)).toBeGreaterThan(50); // a flat clear colour has 0
    expect(await page.evaluate(() => window.__tvilling!.app.view.meshes.length)).toBeGreaterThan(0);
  });

  it("picks a known building at its projected roof centre and shows the integrated model's values", async () => {
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
      return { facts: c.shown!, heat: c.fields.heat.text, pv: c.fields.pv.text, title: c.fields.title.text };
    });
    const y = (q: number) => baseline.yearly[k * baseline.stride + q] / 1000;
    expect(card.facts.id).toBe(city.buildings[k].id);
    expect(card.title.startsWith(city.buildings[k].id)).toBe(true);
    expect(card.facts.use).toBe(city.buildings[k].use);
    expect(card.facts.floorArea_m2).toBe(baseline.floorArea_m2[k]);
    expect(card.facts.spaceHeat_kWh).toBe(y(L.M_SPACE_HEAT)); // bit-identical to the Node run
    expect(card.facts.dhw_kWh).toBe(y(L.M_DHW));
    expect(card.facts.appliances_kWh).toBe(y(L.M_EL_APPLIANCES));
    expect(card.facts.pv_kWh).toBe(y(L.M_PV));
    expect(card.heat).toContain(withUnit(y(L.M_SPACE_HEAT), 0, "kWh"));
    expect(card.pv).toContain(withUnit(y(L.M_PV), 0, "kWh"));
  });

  it("dragging a lever re-runs the what-if: KPI values and the city's colours equal the core's run in Node", async () => {
    const before = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.metricId = "energyIntensity";
      app.delta = false;
      app.recolour();
      return { colours: Array.from(app.view.colours), kpi: app.kpis.cards.get("electricityPerCapita")!.value.text };
    });
    const from = await guiPoint(page, "lever-heatPumpShare", 0.02);
    const to = await guiPoint(page, "lever-heatPumpShare", 0.8);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let s = 1; s <= 5; s++) await page.mouse.move(from.x + ((to.x - from.x) * s) / 5, to.y);
    await page.mouse.up();
    const levers = await page.evaluate(() => window.__tvilling!.app.levers);
    expect(levers.heatPumpShare).toBeGreaterThan(50);
    await page.waitForFunction(
      (v) => window.__tvilling?.app.current?.levers.heatPumpShare === v,
      levers.heatPumpShare,
      { timeout: 200_000 },
    );
    const after = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      const card = app.kpis.cards.get("electricityPerCapita")!;
      return { colours: Array.from(app.view.colours), kpi: card.value.text, trend: card.trend.text };
    });
    const node = await yearInNode(city, levers);
    const v = node.indicators.electricityPerCapita;
    expect(after.kpi).toBe(withUnit(v, 0, "kWh/capita/yr"));
    expect(after.kpi).not.toBe(before.kpi);
    const change = (v / baseline.indicators.electricityPerCapita - 1) * 100;
    expect(after.trend).toContain(`▼ ${change.toFixed(1)} %`);
    // The colours are exactly those of the Node run's values on the baseline's scale
    const metric = buildMetrics(city, node, baseline).find((m) => m.id === "energyIntensity")!;
    const expected = new Uint32Array(city.buildings.length);
    colourInto(metric.values, metric.scale, expected);
    expect(after.colours).toEqual(Array.from(expected));
    // Heat pumps replace direct electric heating in (lever share) of the 35 % direct-electric buildings
    const changed = after.colours.filter((c, i) => c !== before.colours[i]).length;
    expect(changed).toBeGreaterThan(city.buildings.length * 0.35 * (levers.heatPumpShare / 100) * 0.5);
  }, 300_000);

  it("a lever moved for one district (the panel's scope) changes that district's buildings only, as the core's run in Node", async () => {
    await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.resetLevers();
      app.metricId = "energyIntensity";
      app.delta = false;
    });
    const shown = () =>
      page.waitForFunction(
        () => {
          const { app } = window.__tvilling!;
          return app.whatIfTiming.shown >= app.whatIfTiming.requested && app.current !== app.baseline;
        },
        null,
        { timeout: 200_000 },
      );
    await page.waitForFunction(
      () => {
        const { app } = window.__tvilling!;
        const r = app.current;
        return !!r && Object.entries(r.levers).every(([k, v]) => app.levers[k] === v) && app.levers.heatPumpShare === 0;
      },
      null,
      { timeout: 200_000 },
    );
    const before = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.recolour();
      return Array.from(app.view.colours);
    });
    const scope = await guiPoint(page, "leverScope", 0.5);
    await page.mouse.click(scope.x, scope.y);
    const district = await page.evaluate(() => window.__tvilling!.app.leverScope);
    expect(district).toBe(city.districts[0].name);
    const from = await guiPoint(page, "lever-heatPumpShare", 0.02);
    const to = await guiPoint(page, "lever-heatPumpShare", 0.9);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let s = 1; s <= 5; s++) await page.mouse.move(from.x + ((to.x - from.x) * s) / 5, to.y);
    await page.mouse.up();
    await shown();
    const state = await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.recolour();
      return {
        levers: app.levers,
        districts: app.districtLevers,
        colours: Array.from(app.view.colours),
        kpi: app.kpis.cards.get("electricityPerCapita")!.value.text,
      };
    });
    expect(state.levers.heatPumpShare).toBe(0); // the municipality's value did not move
    expect(state.districts[district as string].heatPumpShare).toBeGreaterThan(50);
    const node = await yearInNode(city, state.levers, state.districts);
    expect(state.kpi).toBe(withUnit(node.indicators.electricityPerCapita, 0, "kWh/capita/yr"));
    const changed = state.colours.map((c, i) => c !== before[i]);
    expect(changed.some((c) => c)).toBe(true);
    changed.forEach((c, i) => {
      if (c) expect(city.buildings[i].district).toBe(district);
    });
    // back to the whole municipality for the tests after this one
    await page.evaluate(() => {
      const { app } = window.__tvilling!;
      app.leverScope = undefined;
      app.resetLevers();
    });
  }, 300_000);

  it("switches the dashboard between bokmål and English", async () => {
    const label = () => page.evaluate(() => window.__tvilling!.app.kpis.cards.get("electricityPerCapita")!.label.text);
    expect(await label()).toBe("EN:E:E:2C · Strøm per innbygger");
    const at = await page.evaluate(() => {
      const { hud, engine } = window.__tvilling!;
      const rect = (engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
      const scale = rect.width / engine.getRenderWidth();
      return { x: rect.left + hud.language.centerX * scale, y: rect.top + hud.language.centerY * scale };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      () =>
        window.__tvilling!.app.kpis.cards.get("electricityPerCapita")!.label.text.endsWith("Electricity per capita"),
      null,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => window.__tvilling!.app.legend.title.text)).toContain("[kWh/m²]");
  });

  it("imports a dropped GeoJSON file: summary, then the imported city runs; a broken file changes nothing", async () => {
    const broken =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[["a",1]]]}}]}';
    const drop = async (name: string, text: string) => {
      const dt = await page.evaluateHandle(
        ([n, t]) => {
          const d = new DataTransfer();
          d.items.add(new File([t], n, { type: "application/json" }));
          return d;
        },
        [name, text] as const,
      );
      await page.dispatchEvent("body", "drop", { dataTransfer: dt });
    };
    const count = city.buildings.length;
    await drop("broken.geojson", broken);
    await page.waitForFunction(
      () => document.getElementById("importSummary")?.textContent?.includes("broken.geojson"),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await page.evaluate(() => window.__tvilling!.app.city.buildings.length)).toBe(count);
    const text = await readFile("assets/import/fixtures/kirchberg_iller_osm_buildings.geojson", "utf8");
    await drop("kirchberg.geojson", text);
    await page.waitForFunction(() => window.__tvilling?.app.city.synthetic === false, null, { timeout: 60_000 });
    const summary = await page.evaluate(() => document.getElementById("importSummary")!.textContent!);
    const imported = await page.evaluate(() => window.__tvilling!.app.city.buildings.length);
    const inNode = importBuildings(text, { municipality: city.municipality, weatherStation: city.weatherStation });
    expect(imported).toBe(inNode.summary.imported);
    expect(inNode.summary.imported + inNode.summary.skipped).toBe(33); // the extract's 33 buildings
    expect(summary).toContain(`${inNode.summary.imported}`);
    expect(summary).toContain(`${inNode.summary.skipped}`);
    await page.waitForFunction(() => window.__tvilling?.app.current !== undefined, null, { timeout: 120_000 });
    expect(await page.evaluate(() => window.__tvilling!.app.current!.buildings)).toBe(imported);
    // CityJSON (a 3D city model's LoD2 buildings) the same way
    const cityJson = await readFile("assets/import/fixtures/rotterdam_delfshaven_subset_lod2.city.json", "utf8");
    const expected = importBuildings(cityJson, { municipality: city.municipality }).summary.imported;
    await drop("rotterdam.city.json", cityJson);
    await page.waitForFunction(
      () => document.getElementById("importSummary")?.textContent?.includes("rotterdam.city.json"),
      null,
      { timeout: 60_000 },
    );
    expect(await page.evaluate(() => window.__tvilling!.app.city.buildings.length)).toBe(expected);
    expect(consoleErrors.filter((e) => !e.includes("broken.geojson"))).toEqual([]);
  }, 300_000);

  it("Ålesund renders too, without console errors", async () => {
    const errors: string[] = [];
    const other = await openCity(browser, `${server.url}/?m=alesund`, errors);
    expect(await other.evaluate(() => window.__tvilling!.app.city.municipality.name)).toMatch(/lesund/);
    expect(await cityVariance(other)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await other.close();
  }, 400_000);
});
