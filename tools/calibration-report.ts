// Writes assets/<municipality>/CALIBRATION.md: the twin (full energy model and materials model, one year)
// against published statistics, each with its source and the gap in %. Needs `npm run build:wasm` first.
// Run: npx tsx tools/calibration-report.ts baerum alesund
import { writeFileSync } from "node:fs";
import { reportMarkdown } from "./calibration/markdown.ts";
import { calibrationRows } from "./calibration/rows.ts";
import { runMunicipality } from "./calibration/run.ts";

export async function calibrationReport(key: "baerum" | "alesund"): Promise<string> {
  const run = await runMunicipality(key);
  return reportMarkdown({
    name: run.city.municipality.name,
    code: run.city.municipality.code,
    key,
    buildings: run.model.buildings,
    weather: run.weatherSource,
    rows: calibrationRows(key, run.city, run.model, run.waste, run.fleet),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const key of process.argv.slice(2)) {
    if (key !== "baerum" && key !== "alesund") throw new Error(`unknown municipality "${key}"; known: baerum, alesund`);
    const started = performance.now();
    const text = await calibrationReport(key);
    writeFileSync(new URL(`../assets/${key}/CALIBRATION.md`, import.meta.url), text);
    console.log(text);
    console.error(`${key}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
