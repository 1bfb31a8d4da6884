// `npm test`: typecheck, lint, then every vitest test (unit, integration, e2e in real Chromium),
// closing with one summary line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { CHROMIUM_HELP, findChromium } from "./support/chromium.ts";

function run(label: string, cmd: string, args: string[]): number {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: false });
  return r.status ?? 1;
}

if (!findChromium()) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
const bin = (name: string) => `node_modules/.bin/${name}`;
let failedSteps = 0;
failedSteps += run("build (wasm + client)", "npm", ["run", "build"]) === 0 ? 0 : 1;
failedSteps += run("typecheck", bin("tsc"), ["--noEmit"]) === 0 ? 0 : 1;
failedSteps += run("lint + format", bin("biome"), ["check", "."]) === 0 ? 0 : 1;

const report = "test-results/vitest.json";
rmSync(report, { force: true });
process.env.TVILLING_SKIP_BUILD = "1";
const vitestStatus = run("tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  failed += 1; // no report: the runner itself failed
}
if (vitestStatus !== 0 && failed === 0) failed = 1;
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
