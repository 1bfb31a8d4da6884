// Imports real buildings (GeoJSON or CityJSON) into a city dataset, placed in a municipality's districts.
// Run: npx tsx tools/import-buildings.ts FILE [--municipality baerum|alesund] [--crs EPSG:25832] --out DATASET.json
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type CompactMunicipality,
  expandMunicipality,
  ImportError,
  importBuildings,
} from "../sim-core/host/import/index.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { municipality: { type: "string" }, crs: { type: "string" }, out: { type: "string" } },
});
if (positionals.length !== 1 || !values.out) {
  console.error("usage: tsx tools/import-buildings.ts FILE [--municipality NAME] [--crs EPSG:NNNN] --out DATASET.json");
  process.exit(2);
}
const target = values.municipality
  ? expandMunicipality(
      JSON.parse(
        readFileSync(new URL(`../assets/${values.municipality}/municipality.json`, import.meta.url), "utf8"),
      ) as CompactMunicipality,
    )
  : undefined;
try {
  const { dataset, warnings, summary } = importBuildings(readFileSync(positionals[0], "utf8"), {
    crs: values.crs,
    origin: target?.origin,
    districts: target?.districts,
    municipality: target?.municipality,
    weatherStation: target?.weatherStation,
    district: target ? "outside the districts" : undefined,
  });
  writeFileSync(values.out, `${JSON.stringify(dataset)}\n`);
  for (const w of warnings.slice(0, 20)) console.log(`warning ${w.kind} at ${w.index} (${w.featureId}): ${w.message}`);
  if (warnings.length > 20) console.log(`… ${warnings.length - 20} more warnings`);
  console.log(JSON.stringify(summary));
} catch (err) {
  if (err instanceof ImportError) {
    console.error(`import rejected, nothing written: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
