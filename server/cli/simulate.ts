// `tvilling simulate`: one year of the integrated energy model for a building file, results to JSON or CSV.
import { readFile, writeFile } from "node:fs/promises";
import {
  EnergyModel,
  type CityDataset,
  type ModelWeather,
  buildingCsv,
  buildingRows,
  summary,
} from "../../sim-core/index.ts";
import { wasmPath } from "../../sim-core/node.ts";
import { CliError, parseArgs } from "./args.ts";
import { municipalityDataset, readBuildings } from "./buildings.ts";
import { progressBar } from "./progress.ts";
import { MUNICIPALITY_STATION, epwWeather, stationWeather } from "./weather.ts";

export const SIMULATE_USAGE = `usage: tvilling simulate --buildings FILE [--epw FILE] [--municipality baerum|alesund] [--out results.json|results.csv]

  --buildings FILE     GeoJSON or CityJSON buildings (imported), or a CityDataset JSON
  --epw FILE           hourly weather (EnergyPlus EPW); default: the municipality's generator weather from normals
  --municipality NAME  baerum or alesund: placement of imported buildings and default weather (default baerum)
  --out FILE           results: .json (summary, grid areas, district heat, per building) or .csv (per building)
  --help               this text`;

export async function simulate(argv: readonly string[]): Promise<void> {
  const { positional, options } = parseArgs(argv, ["epw", "buildings", "municipality", "out"], ["help"]);
  if (options.has("help")) {
    process.stdout.write(`${SIMULATE_USAGE}\n`);
    return;
  }
  if (positional.length > 0) throw new CliError(`unexpected argument "${positional[0]}"`);
  const buildingsFile = options.get("buildings");
  if (typeof buildingsFile !== "string") throw new CliError("--buildings FILE is required");
  const out = options.get("out");
  if (out !== undefined && (typeof out !== "string" || !/\.(json|csv)$/i.test(out)))
    throw new CliError(`--out ${String(out)}: the file name must end in .json or .csv`);
  const name = (options.get("municipality") as string | undefined) ?? "baerum";
  if (!MUNICIPALITY_STATION[name]) throw new CliError(`unknown municipality "${name}"; known: baerum, alesund`);
  const municipality: CityDataset = await municipalityDataset(name);
  const { city, warnings } = await readBuildings(buildingsFile, municipality);
  if (warnings > 0) process.stderr.write(`import: ${warnings} warnings (fallbacks taken)\n`);
  const epw = options.get("epw");
  const weather: ModelWeather =
    typeof epw === "string" ? await epwWeather(epw) : await stationWeather(MUNICIPALITY_STATION[name]);
  let bytes: Buffer;
  try {
    bytes = await readFile(wasmPath);
  } catch {
    throw new CliError(`sim-core not built: ${wasmPath.pathname} is missing; run "npm run build:wasm"`);
  }
  const model = await EnergyModel.create(bytes, city, weather);
  const bar = progressBar("simulate", model.buildings);
  const started = performance.now();
  model.runYear((done) => bar.update(done));
  const seconds = (performance.now() - started) / 1000;
  bar.finish(`${model.buildings} buildings × ${model.hours} h in ${seconds.toFixed(2)} s (${weather.source})`);
  const head = { tool: "tvilling simulate", municipality: city.municipality, weather: weather.source };
  const sums = summary(model);
  if (out === undefined) {
    const brief = { ...head, buildings: sums.buildings, totals: sums.totals, emissions_t: sums.emissions_t };
    process.stdout.write(`${JSON.stringify(brief, null, 2)}\n`);
  } else if (/\.csv$/i.test(out)) await writeFile(out, buildingCsv(model));
  else await writeFile(out, `${JSON.stringify({ ...head, ...sums, perBuilding: buildingRows(model) })}\n`);
}
