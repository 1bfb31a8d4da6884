// `tvilling run`: validates scenario files, runs the baseline and every scenario (milestone years hour by
// hour, interpolated between), and writes results.json, results.csv and a self-contained report.html.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CityDataset, ModelWeather } from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import {
  type Scenario,
  milestoneYears,
  runScenarios,
  scenarioBase,
  validateScenario,
} from "../../sim-core/scenario/index.ts";
import { knownMunicipalities } from "../city/loadCity.ts";
import { htmlReport } from "../report/htmlReport.ts";
import { CliError, parseArgs } from "./args.ts";
import { progressBar } from "./progress.ts";
import { resultsCsv } from "./resultsCsv.ts";
import { loadScenarioBase, municipalityFacts } from "./scenarioBase.ts";
import { MUNICIPALITY_STATION, epwWeather, stationWeather } from "./weather.ts";

export const RUN_USAGE = `usage: tvilling run SCENARIO.json [MORE.json …] --out DIR [--buildings FILE] [--milestones 2025,2030,…] [--no-measures]

  SCENARIO.json      scenario files (sim-core/scenario/scenario.schema.json); all share municipality and years
  --out DIR          writes DIR/results.json, DIR/results.csv and DIR/report.html (report-2.html … for more)
  --buildings FILE   a CityDataset JSON to use as the stock instead of the municipality's (e.g. a small test stock)
  --milestones LIST  years simulated hour by hour (default: base year, every 5th year, horizon)
  --no-measures      skip the per-intervention cost and abatement runs (faster; no MAC curve)
  --help             this text`;

export class ScenarioInvalidError extends CliError {
  override name = "ScenarioInvalidError";
}

async function readScenario(file: string, districts: readonly string[] | undefined): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const v = validateScenario(doc, { municipalities: knownMunicipalities(), districts });
  if (!v.ok) throw new ScenarioInvalidError(`${file} is not a valid scenario:\n  ${v.errors.join("\n  ")}`);
  return v.scenario;
}

async function weatherFor(scenario: Scenario): Promise<ModelWeather> {
  if (scenario.weather === "normals")
    return stationWeather(MUNICIPALITY_STATION[scenario.municipality] ?? "oslo-blindern");
  if (!/^[\w.-]+\.epw$/i.test(scenario.weather))
    throw new CliError(`weather: "${scenario.weather}" is neither "normals" nor an EPW file name in assets/weather`);
  return epwWeather(new URL(`../../assets/weather/${scenario.weather}`, import.meta.url).pathname);
}

export async function runCommand(argv: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ["out", "buildings", "milestones"], ["help", "no-measures"]);
  if (options.has("help")) {
    process.stdout.write(`${RUN_USAGE}\n`);
    return;
  }
  if (positional.length === 0) throw new CliError("a scenario file is required (tvilling run scenario.json --out DIR)");
  const out = options.get("out");
  if (typeof out !== "string") throw new CliError("--out DIR is required");
  const first = JSON.parse(await readFile(positional[0], "utf8").catch(() => "{}")) as { municipality?: unknown };
  const municipality = typeof first.municipality === "string" ? first.municipality : "";
  // Districts of the stock, so `where.district` is checked too (unknown municipality: validation names it).
  let custom: CityDataset | undefined;
  const buildingsFile = options.get("buildings");
  if (typeof buildingsFile === "string") custom = JSON.parse(await readFile(buildingsFile, "utf8")) as CityDataset;
  const base = knownMunicipalities().includes(municipality)
    ? custom
      ? scenarioBase(custom, await municipalityFacts(municipality))
      : await loadScenarioBase(municipality)
    : undefined;
  const districts = base ? [...new Set(base.city.buildings.map((b) => b.district))] : undefined;
  const scenarios: Scenario[] = [];
  for (const file of positional) scenarios.push(await readScenario(file, districts));
  for (const s of scenarios.slice(1))
    for (const key of ["municipality", "baseYear", "horizon", "seed", "weather"] as const)
      if (s[key] !== scenarios[0][key])
        throw new CliError(
          `${key}: every scenario of one run must share it ("${s.name}" differs from "${scenarios[0].name}")`,
        );
  if (!base) throw new CliError(`municipality: "${municipality}" is unknown`);
  const s0 = scenarios[0];
  const scenarioBaseYear = base.baseYear === s0.baseYear ? base : { ...base, baseYear: s0.baseYear };
  const list = options.get("milestones");
  const milestones =
    typeof list === "string" ? list.split(",").map((y) => Number(y)) : milestoneYears(s0.baseYear, s0.horizon);
  if (
    milestones.some(
      (y, k) => !Number.isInteger(y) || y < s0.baseYear || y > s0.horizon || (k > 0 && y <= milestones[k - 1]),
    )
  )
    throw new CliError(`--milestones ${String(list)}: increasing years within ${s0.baseYear}-${s0.horizon} are needed`);
  const weather = await weatherFor(s0);
  let bytes: Buffer;
  try {
    bytes = await readFile(wasmPath);
  } catch {
    throw new CliError(`sim-core not built: ${wasmPath.pathname} is missing; run "npm run build:wasm"`);
  }
  const module = await WebAssembly.compile(new Uint8Array(bytes));
  let bar: ReturnType<typeof progressBar> | undefined;
  const started = performance.now();
  const results = await runScenarios(module, scenarioBaseYear, scenarios, weather, {
    milestones,
    measures: !options.has("no-measures"),
    onProgress: (done, total) => {
      bar ??= progressBar("run", total);
      bar.update(done);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  bar?.finish(
    `${scenarios.length} scenario(s) + baseline, ${base.city.buildings.length} buildings, milestones ${milestones.join(", ")} in ${seconds.toFixed(1)} s (${weather.source})`,
  );
  await mkdir(out, { recursive: true });
  const head = {
    tool: "tvilling run",
    municipality: s0.municipality,
    buildings: base.city.buildings.length,
    weather: weather.source,
    baseInputs: base.sources,
    runtime_s: seconds,
  };
  await writeFile(join(out, "results.json"), `${JSON.stringify({ ...head, runs: results }, null, 1)}\n`);
  await writeFile(join(out, "results.csv"), resultsCsv(results));
  for (let k = 0; k < results.length; k++)
    await writeFile(join(out, k === 0 ? "report.html" : `report-${k + 1}.html`), htmlReport(results[k]));
}
