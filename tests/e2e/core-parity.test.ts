// The same tvilling.wasm (built with SIMD) runs the full energy model (solar, gains, thermal, supply,
// grid areas, district heat) in Node and in Chromium with bit-identical results: the host code is
// bundled for the page with esbuild, the city and the weather go in as exact numbers, and every result
// buffer is compared through the model's state hash and the yearly records byte for byte.
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnergyModel, SupplyLayout as L } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { osloWeather, smallCity } from "../unit/model-fixtures.ts";
import { launchChromium } from "../support/chromium.ts";

const ENTRY = `
import { EnergyModel } from "./sim-core/host/model/EnergyModel.ts";
globalThis.runTvillingYear = async (bytes, city, w) => {
  const f = (a) => (a ? Float64Array.from(a) : undefined);
  const weather = { ...w, tAir_C: f(w.tAir_C), ghi_W_m2: f(w.ghi_W_m2), dni_W_m2: f(w.dni_W_m2),
    dhi_W_m2: f(w.dhi_W_m2), windSpeed_m_s: f(w.windSpeed_m_s) };
  const model = await EnergyModel.create(new Uint8Array(bytes), city, weather);
  model.runYear();
  const yearly = new Uint8Array(model.supply.yearly.slice().buffer);
  return { hash: model.stateHash(), yearly: Array.from(yearly) };
};
`;

describe("the core in Node and in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("gives bit-identical full-model results for a year of 60 buildings (SIMD build)", async () => {
    const bytes = readFileSync(wasmPath);
    // the shipped module uses SIMD (the thermal kernel's f64x2 path): both engines must run it
    expect(readFileSync(new URL("tvilling.wat", wasmPath), "utf8")).toContain("f64x2.mul");
    const city = smallCity(60);
    const weather = osloWeather();
    const node = await EnergyModel.create(bytes, city, weather);
    node.runYear();
    expect(node.total(L.M_SPACE_HEAT)).toBeGreaterThan(0);
    const nodeYearly = Array.from(new Uint8Array(node.supply.yearly.slice().buffer));

    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const arr = (a?: Float64Array) => (a ? Array.from(a) : undefined);
    const w = {
      site: weather.site,
      source: weather.source,
      tAir_C: arr(weather.tAir_C),
      ghi_W_m2: arr(weather.ghi_W_m2),
      dni_W_m2: arr(weather.dni_W_m2),
      dhi_W_m2: arr(weather.dhi_W_m2),
      windSpeed_m_s: arr(weather.windSpeed_m_s),
    };
    const inBrowser = await page.evaluate(
      ({ bytes, city, w }) =>
        (
          globalThis as unknown as {
            runTvillingYear: (b: number[], c: unknown, w: unknown) => Promise<{ hash: string; yearly: number[] }>;
          }
        ).runTvillingYear(bytes, city, w),
      { bytes: Array.from(bytes), city, w },
    );
    expect(inBrowser.yearly).toEqual(nodeYearly);
    expect(inBrowser.hash).toBe(node.stateHash());
  }, 180_000);
});
