import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAIN_CHUNK_BUDGET_kB, mainChunk } from "../../client/tools/mainChunk.ts";

// The global setup builds dist/client before tests run.
describe("client bundle budget", () => {
  it(`keeps the main chunk within ${MAIN_CHUNK_BUDGET_kB} KB gzip`, () => {
    const main = mainChunk();
    expect(main.gzip_kB).toBeGreaterThan(50); // a real Babylon bundle, not an empty stub
    expect(main.gzip_kB).toBeLessThanOrEqual(MAIN_CHUNK_BUDGET_kB);
  });

  it("keeps WebXR code out of the main chunk (it loads only when entering VR)", () => {
    const { code } = mainChunk();
    for (const marker of ["WebXRSessionManager", "WebXRDefaultExperience", "immersive-vr", "navigator.xr"])
      expect(code.includes(marker), marker).toBe(false);
  });

  it("imports Babylon per module, never the package roots", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith(".ts") && files.push(`${dir}/${e.name}`);
    };
    walk("client/src");
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      expect(/from "@babylonjs\/(core|gui)"/.test(src), f).toBe(false);
    }
  });

  it("ships the simulation worker as its own chunk", () => {
    expect(existsSync("dist/client/assets")).toBe(true);
    expect(readdirSync("dist/client/assets").some((f) => f.startsWith("simWorker"))).toBe(true);
  });

  it("keeps the energy model (worker) and the building import with proj4 (lazy, on drop) out of the main chunk", () => {
    const { code } = mainChunk();
    expect(code.includes("modelYearBlock"), "EnergyModel").toBe(false);
    expect(code.includes("+proj=utm"), "proj4 definitions").toBe(false);
    const assets = readdirSync("dist/client/assets");
    const worker = assets.find((f) => f.startsWith("simWorker")) as string;
    expect(readFileSync(`dist/client/assets/${worker}`, "utf8").includes("modelYearBlock")).toBe(true);
    expect(assets.some((f) => f.startsWith("dropImport"))).toBe(true);
  });
});
