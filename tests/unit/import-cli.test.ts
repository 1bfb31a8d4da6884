import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "bin/tvilling.mjs");

describe("tvilling import", () => {
  const dir = mkdtempSync(join(tmpdir(), "tvilling-import-"));

  it("imports a file (with a byte-order mark) into Ålesund's districts and prints the summary", () => {
    const fixture = readFileSync(join(root, "assets/import/fixtures/utm32_fixture.geojson"), "utf8");
    writeFileSync(join(dir, "bom.geojson"), `\uFEFF${fixture}`);
    const out = join(dir, "out.json");
    const stdout = execFileSync(
      process.execPath,
      [cli, "import", join(dir, "bom.geojson"), "--municipality", "alesund", "--out", out],
      {
        encoding: "utf8",
      },
    );
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({ imported: 3, skipped: 1 });
    const dataset = JSON.parse(readFileSync(out, "utf8"));
    expect(dataset.municipality).toEqual({ code: "1508", name: "Ålesund" });
    expect(dataset.buildings.length).toBe(3);
  });

  it("rejects a malformed file with a message naming the feature, and writes nothing", () => {
    const bad = join(dir, "bad.geojson");
    writeFileSync(
      bad,
      JSON.stringify({
        type: "FeatureCollection",
        features: [{ type: "Feature", geometry: { type: "Polygon", coordinates: [[[1, "a"]]] } }],
      }),
    );
    const out = join(dir, "never.json");
    const run = spawnSync(process.execPath, [cli, "import", bad, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /tvilling: error: import rejected, nothing written: feature 0 \(feature-0\) ring 0 position 0/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
