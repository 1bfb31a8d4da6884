// `tvilling run` spawned as a user runs it: three result files and a progress bar for a valid scenario;
// a bad scenario is refused with its path-specific error, exit code 1 and nothing written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../sim-core/scenario/index.ts";
import { scenario, spreadCity } from "./scenario-fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "tvilling-run-"));
const cityFile = join(dir, "city.json");
writeFileSync(cityFile, JSON.stringify(spreadCity(16)));

function tvilling(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/tvilling.mjs", ...args], { encoding: "utf8", timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tvilling run (spawned)", () => {
  it("writes results.json, results.csv and a self-contained report.html, with a progress bar", () => {
    const file = join(dir, "s.json");
    writeFileSync(
      file,
      JSON.stringify(
        scenario(
          [
            { lever: "heatPumpShare", value: 80, startYear: 2026, where: { scope: "municipality" } },
            {
              lever: "sourceSeparation",
              value: 20,
              startYear: 2027,
              where: { scope: "district", district: "Fornebu" },
            },
          ],
          { name: "CLI test", horizon: 2035 },
        ),
      ),
    );
    const out = join(dir, "out");
    const r = tvilling("run", file, "--out", out, "--buildings", cityFile, "--milestones", "2025,2035");
    expect(r.stderr).toMatch(/run \[#+\] 100%/);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    const run = json.runs[0];
    expect(run.years).toHaveLength(11);
    for (const d of INDICATORS) expect(run.indicators[d.id]).toHaveLength(11);
    expect(run.measureDetails).toHaveLength(2);
    const csv = readFileSync(join(out, "results.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe("scenario,year,indicator,u4ssc,unit,baseline,scenario_value,difference");
    expect(csv).toHaveLength(1 + 11 * INDICATORS.length);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html).toContain("Marginal abatement cost");
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThan(INDICATORS.length);
  }, 180_000);

  it("refuses a bad scenario with its path-specific error, exit code 1 and no files", () => {
    const file = join(dir, "bad.json");
    const bad = scenario([{ lever: "heatPumpShare", value: 50, startYear: 2061, where: { scope: "municipality" } }]);
    writeFileSync(file, JSON.stringify(bad));
    const out = join(dir, "bad-out");
    const r = tvilling("run", file, "--out", out, "--buildings", cityFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("interventions[0].startYear: 2061");
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
