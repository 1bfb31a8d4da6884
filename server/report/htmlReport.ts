// The self-contained HTML report of a scenario run: no scripts, no external resources, inline SVG.
import { INDICATOR_BY_ID, INDICATORS } from "../../sim-core/scenario/indicators.ts";
import { macCurve } from "../../sim-core/scenario/macCurve.ts";
import type { ScenarioRunResult } from "../../sim-core/scenario/results.ts";
import { lineChartSvg } from "./lineChart.ts";
import { macChartSvg } from "./macChart.ts";
import { sankeySvg } from "./sankey.ts";
import { esc, n1 } from "./svg.ts";

export function htmlReport(result: ScenarioRunResult): string {
  const { scenario, years } = result;
  const last = years.length - 1;
  const rows = INDICATORS.filter((d) => result.indicators[d.id]).map((d) => {
    const value = result.indicators[d.id][last];
    const base = result.baseline?.indicators[d.id]?.[last];
    const diff = base === undefined ? "" : n1(value - base);
    return `<tr><td>${esc(d.u4ssc ?? "")}</td><td>${esc(d.name.en)} / ${esc(d.name.nb)}</td><td>${n1(value)}</td><td>${base === undefined ? "" : n1(base)}</td><td>${diff}</td><td>${esc(d.unit)}</td><td>${d.sdgs.join(", ")}</td></tr>`;
  });
  const charts = Object.keys(result.indicators)
    .filter((id) => INDICATOR_BY_ID.has(id))
    .map((id) => {
      const d = INDICATOR_BY_ID.get(id)!;
      const series = [{ label: scenario.name, values: result.indicators[id] }];
      const base = result.baseline?.indicators[id];
      if (base) series.unshift({ label: "baseline", values: base });
      return `<figure>${lineChartSvg(d.name.en, d.unit, years, series)}</figure>`;
    });
  const sectorCharts = result.ghgBySector_t
    ? Object.entries(result.ghgBySector_t).map(([sector, values]) => {
        const series = [{ label: scenario.name, values }];
        const base = result.baseline?.ghgBySector_t?.[sector];
        if (base) series.unshift({ label: "baseline", values: base });
        return `<figure>${lineChartSvg(`GHG, ${sector}`, "tCO2e/yr", years, series)}</figure>`;
      })
    : [];
  const c = result.comparison;
  const comparison = c
    ? `<h2>Scenario vs baseline, ${years[0]}–${years[last]}</h2>
<table><tr><th>Cumulative abatement (tCO2e)</th><th>Cumulative cost (MNOK)</th><th>Average NOK/tCO2e</th><th>Abated ${years[last]} (tCO2e/yr)</th></tr>
<tr><td>${n1(c.cumulativeAbated_t)}</td><td>${n1(c.cumulativeCost_NOK / 1e6)}</td><td>${c.cumulativeAbated_t > 0 ? n1(c.cumulativeCost_NOK / c.cumulativeAbated_t) : "—"}</td><td>${n1(c.abated_t[last])}</td></tr></table>
<figure>${lineChartSvg("GHG abated vs baseline", "tCO2e/yr", years, [{ label: scenario.name, values: c.abated_t }])}</figure>`
    : "";
  const milestones = result.milestones
    ? `<p>Simulated hour by hour in ${result.milestones.join(", ")}; the years between are interpolated linearly.</p>`
    : "";
  const bars = macCurve(result.measures);
  const measureRows = bars.map(
    (b) =>
      `<tr><td>${esc(b.label)}</td><td>${n1(b.annualCost_NOK / 1e6)}</td><td>${n1(b.abated_tCO2e_yr)}</td><td>${n1(b.cost_NOK_t)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(scenario.name)} — Tvilling scenario report</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#1d2a35}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:4px 8px;text-align:right}td:first-child,td:nth-child(2){text-align:left}figure{display:inline-block;margin:8px}</style>
</head><body>
<h1>${esc(scenario.name)}</h1>
<p>Municipality <b>${esc(scenario.municipality)}</b>, ${scenario.baseYear}–${scenario.horizon}, weather ${esc(scenario.weather)}, seed ${scenario.seed}.
Scenario id <code>${esc(result.hash.slice(0, 16))}</code>${result.baseline ? `, baseline <code>${esc(result.baseline.hash.slice(0, 16))}</code>` : ""}.</p>
<h2>Indicators in ${years[last]}</h2>
<table><tr><th>U4SSC</th><th>Indicator</th><th>Scenario</th><th>Baseline</th><th>Change</th><th>Unit</th><th>SDG</th></tr>
${rows.join("\n")}</table>
${comparison}
<h2>Trajectories</h2>
${milestones}
${charts.join("\n")}
${sectorCharts.join("\n")}
<h2>Energy flows ${years[last]}</h2>
${sankeySvg("Energy", "MWh", result.energyFlows_MWh)}
<h2>Material flows ${years[last]}</h2>
${sankeySvg("Materials", "t", result.materialFlows_t)}
<h2>Interventions: cost and abatement</h2>
<table><tr><th>Intervention</th><th>Annual cost (MNOK/yr)</th><th>Abated (tCO2e/yr)</th><th>NOK/tCO2e</th></tr>
${measureRows.join("\n")}</table>
${macChartSvg(bars)}
<h2>Interventions</h2>
<pre>${esc(JSON.stringify(scenario.interventions, null, 2))}</pre>
</body></html>
`;
}
