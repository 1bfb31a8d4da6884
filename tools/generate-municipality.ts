// Writes assets/<municipality>/municipality.json from assets/<municipality>/municipality-spec.json.
// Run: npx tsx tools/generate-municipality.ts baerum alesund
import { readFileSync, writeFileSync } from "node:fs";
import { generateMunicipality } from "./municipality/generate.ts";
import type { MunicipalitySpec } from "./municipality/spec.ts";

for (const name of process.argv.slice(2)) {
  const dir = new URL(`../assets/${name}/`, import.meta.url);
  const spec = JSON.parse(readFileSync(new URL("municipality-spec.json", dir), "utf8")) as MunicipalitySpec;
  const started = performance.now();
  const data = generateMunicipality(spec);
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(new URL("municipality.json", dir), text);
  console.log(
    `${name}: ${data.stock.district.length} buildings, ${(text.length / 1e6).toFixed(2)} MB, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
