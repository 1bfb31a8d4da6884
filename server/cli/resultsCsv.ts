// results.csv of `tvilling run`: one row per scenario, year and indicator with the baseline beside it.
import { INDICATOR_BY_ID } from "../../sim-core/scenario/indicators.ts";
import type { ScenarioRunResult } from "../../sim-core/scenario/results.ts";

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function resultsCsv(results: readonly ScenarioRunResult[]): string {
  const lines = ["scenario,year,indicator,u4ssc,unit,baseline,scenario_value,difference"];
  for (const r of results) {
    for (const [id, values] of Object.entries(r.indicators)) {
      const d = INDICATOR_BY_ID.get(id);
      const base = r.baseline?.indicators[id];
      r.years.forEach((year, k) => {
        const b = base?.[k];
        lines.push(
          [
            quote(r.scenario.name),
            year,
            id,
            d?.u4ssc ?? "",
            quote(d?.unit ?? ""),
            b ?? "",
            values[k],
            b === undefined ? "" : values[k] - b,
          ].join(","),
        );
      });
    }
  }
  return `${lines.join("\n")}\n`;
}
