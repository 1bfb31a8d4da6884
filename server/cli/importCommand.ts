// `tvilling import FILE [--municipality NAME] [--crs EPSG:NNNN] --out DATASET.json`: real buildings (GeoJSON or
// CityJSON) into a city dataset placed in a municipality's districts. Nothing is written when the file is rejected.
import { readFileSync, writeFileSync } from "node:fs";
import {
  type CompactMunicipality,
  expandMunicipality,
  ImportError,
  importBuildings,
} from "../../sim-core/host/import/index.ts";
import { CliError, parseArgs } from "./args.ts";

export const IMPORT_USAGE = `usage: tvilling import FILE [--municipality baerum|alesund] [--crs EPSG:NNNN] --out DATASET.json
  FILE            GeoJSON (WGS84 or EPSG:25832/25833) or CityJSON buildings
  --municipality  place the buildings in this municipality's districts
  --crs           the file's coordinate system when it does not declare one`;

const MUNICIPALITY_FILES: Record<string, string> = {
  baerum: "baerum/municipality.json",
  alesund: "alesund/municipality.json",
};

export function importCommand(argv: readonly string[]): void {
  const { positional, options } = parseArgs(argv, ["municipality", "crs", "out"]);
  const out = options.get("out");
  if (positional.length !== 1 || typeof out !== "string") throw new CliError(IMPORT_USAGE);
  const name = options.get("municipality");
  let target: ReturnType<typeof expandMunicipality> | undefined;
  if (typeof name === "string") {
    const file = MUNICIPALITY_FILES[name];
    if (!file)
      throw new CliError(`unknown municipality "${name}"; known: ${Object.keys(MUNICIPALITY_FILES).join(", ")}`);
    const json = readFileSync(new URL(`../../assets/${file}`, import.meta.url), "utf8");
    target = expandMunicipality(JSON.parse(json) as CompactMunicipality);
  }
  let text: string;
  try {
    text = readFileSync(positional[0], "utf8");
  } catch {
    throw new CliError(`cannot read ${positional[0]}`);
  }
  const crs = options.get("crs");
  try {
    const { dataset, warnings, summary } = importBuildings(text, {
      crs: typeof crs === "string" ? crs : undefined,
      origin: target?.origin,
      districts: target?.districts,
      municipality: target?.municipality,
      weatherStation: target?.weatherStation,
      district: target ? "outside the districts" : undefined,
    });
    writeFileSync(out, `${JSON.stringify(dataset)}\n`);
    for (const w of warnings.slice(0, 20))
      process.stdout.write(`warning ${w.kind} at ${w.index} (${w.featureId}): ${w.message}\n`);
    if (warnings.length > 20) process.stdout.write(`… ${warnings.length - 20} more warnings\n`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`import rejected, nothing written: ${err.message}`);
    throw err;
  }
}
