// `tvilling simulate` spawned as a user runs it: results files, progress on stderr, exit code 1 with a
// clear message for bad files and arguments.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { smallCity } from "./model-fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "tvilling-cli-"));
const cityFile = join(dir, "city.json");
writeFileSync(cityFile, JSON.stringify(smallCity(12)));

function tvilling(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/tvilling.mjs", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tvilling simulate (spawned)", () => {
  it("writes JSON results whose per-building rows sum to the totals, with a progress bar on stderr", () => {
    const out = join(dir, "r.json");
    const r = tvilling("simulate", "--buildings", cityFile, "--out", out);
    expect(r.stderr).toMatch(/simulate \[#+\] 100% 12\/12/);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(out, "utf8"));
    expect(res.buildings).toBe(12);
    expect(res.weather).toBe("normals: oslo-blindern");
    expect(res.perBuilding).toHaveLength(12);
    const sum = res.perBuilding.reduce((s: number, b: { spaceHeat_kWh: number }) => s + b.spaceHeat_kWh, 0);
    expect(sum / 1000).toBeCloseTo(res.totals.spaceHeat_MWh, 6);
    expect(res.gridAreas[0].hourlyNetImport_kW).toHaveLength(8760);
  }, 120_000);

  it("imports GeoJSON, reads an EPW and writes CSV (one row per building)", () => {
    const out = join(dir, "r.csv");
    const r = tvilling(
      "simulate",
      "--buildings",
      "assets/import/fixtures/utm32_fixture.geojson",
      "--epw",
      "assets/weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toMatch(/^id,spaceHeat_kWh,dhw_kWh/);
    expect(lines.length).toBeGreaterThan(1);
  }, 120_000);

  it("exits 1 with a clear message for bad files and arguments", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const cases: [string[], RegExp][] = [
      [["simulate", "--buildings", join(dir, "missing.json")], /cannot read --buildings .*ENOENT/],
      [["simulate", "--buildings", bad], /is not valid JSON/],
      [["simulate"], /--buildings FILE is required/],
      [["simulate", "--buildings", cityFile, "--out", "x.txt"], /must end in .json or .csv/],
      [["simulate", "--buildings", cityFile, "--epw", bad], /bad.json: 1 lines, an EPW file needs 8 header lines/],
      [["simulate", "--buildings", cityFile, "--municipality", "oslo"], /unknown municipality "oslo"/],
      [["simulate", "--bogus"], /unknown option --bogus/],
      [["explode"], /unknown command "explode"/],
    ];
    for (const [args, message] of cases) {
      const r = tvilling(...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  }, 120_000);

  it("--help prints the usage and exits 0", () => {
    const r = tvilling("simulate", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: tvilling simulate --buildings FILE/);
  }, 60_000);
});
