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

// Unit and integration tests run in parallel; the browser tests then run one file at a time, since each
// drives software-rendered Chromium pages that would otherwise compete for the same two cores.
process.env.TVILLING_SKIP_BUILD = "1";
const extra = process.argv.slice(2);
const phases = [
  { label: "unit + integration tests", dir: "tests/unit tests/integration", args: [] as string[] },
  { label: "end-to-end tests (Chromium, one file at a time)", dir: "tests/e2e", args: ["--no-file-parallelism"] },
];
let passed = 0;
let failed = 0;
let skipped = 0;
phases.forEach((phase, i) => {
  const report = `test-results/vitest-${i}.json`;
  rmSync(report, { force: true });
  const status = run(phase.label, bin("vitest"), [
    "run",
    ...phase.dir.split(" "),
    ...phase.args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...extra,
  ]);
  let phaseFailed = 0;
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed += json.numPassedTests;
    // a file that failed before any test (e.g. in beforeAll) counts as one failure
    const brokenFiles = (json.testResults as { status: string; assertionResults: { status: string }[] }[]).filter(
      (f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"),
    ).length;
    phaseFailed = json.numFailedTests + brokenFiles;
    skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    phaseFailed = 1; // no report: the runner itself failed
  }
  if (status !== 0 && phaseFailed === 0) phaseFailed = 1;
  failed += phaseFailed;
});
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
