// The HTML report of a session: who took part in which role, every proposal with its votes, cost and outcome,
// the decision log, and each variant's KPIs and every indicator of the scenario runner (U4SSC code, unit)
// beside the baseline, as tables and trajectories. Self-contained
// like server/report/htmlReport.ts (no scripts, no external resources, inline SVG), and built from its parts.
import { INDICATORS } from "../../sim-core/scenario/index.ts";
import { lineChartSvg } from "../report/lineChart.ts";
import { esc, n1 } from "../report/svg.ts";
import type { SessionRecord } from "./model.ts";
import { formatNOK } from "./formatNOK.ts";
import { ROLES } from "./roles.ts";
import { baselineScenario } from "./Session.ts";
import type { KpiSnapshot, SessionSimulation } from "./simulation/SessionSimulation.ts";
import { whereLabel } from "./stateSync.ts";

/** Years the trajectories are computed for: the base year, every 5th year, the clock's year and the horizon. */
export function reportYears(baseYear: number, horizon: number, clockYear: number): number[] {
  const years = new Set([baseYear, horizon, clockYear]);
  for (let y = Math.ceil(baseYear / 5) * 5; y < horizon; y += 5) years.add(y);
  return [...years].filter((y) => y >= baseYear && y <= horizon).sort((a, b) => a - b);
}

const KPIS = [
  { key: "heatDemand_MWh", label: "Heat demand", unit: "MWh" },
  { key: "electricityForHeat_MWh", label: "Electricity for heat", unit: "MWh" },
  { key: "peakHeatLoad_MW", label: "Peak heat load", unit: "MW" },
] as const;

export interface SessionReportInput {
  record: SessionRecord;
  /** Cost of a proposal over the horizon [NOK] (Session.proposalCost_NOK). */
  costOf(p: SessionRecord["proposals"][number]): number;
  simulation: SessionSimulation;
  generatedAt?: Date;
}

export async function sessionReportHtml(input: SessionReportInput): Promise<string> {
  const { record: r, simulation } = input;
  const active = r.variants.find((v) => v.id === r.activeVariantId) ?? r.variants[0];
  const { baseYear, horizon } = active.scenario;
  const years = reportYears(baseYear, horizon, r.clock.year);
  const runs: { label: string; kpis: KpiSnapshot[] }[] = [];
  const run = async (label: string, scenario: typeof active.scenario) => {
    const kpis: KpiSnapshot[] = [];
    for (const y of years) kpis.push(await simulation.run(scenario, y)); // one at a time: the worker is shared
    runs.push({ label, kpis });
  };
  await run("baseline", baselineScenario(r.municipality, r.name));
  for (const v of r.variants) await run(v.name, v.scenario);

  const name = (id: string) => r.participants.find((p) => p.id === id)?.name ?? id;
  const roleLabel = (role: string | null) => (role ? ROLES[role as keyof typeof ROLES].label.en : "");
  const at = years.indexOf(r.clock.year);
  const kpiRows = KPIS.map(
    (k) =>
      `<tr><td>${esc(k.label)} (${esc(k.unit)})</td>${runs.map((x) => `<td>${n1(x.kpis[at][k.key])}</td>`).join("")}</tr>`,
  );
  const fmt = (v: number) => (Number.isFinite(v) ? n1(v) : "—");
  const indicatorRows = INDICATORS.map((d) => {
    const base = runs[0].kpis[at].indicators[d.id] ?? Number.NaN;
    const cells = runs.map((x, i) => {
      const v = x.kpis[at].indicators[d.id] ?? Number.NaN;
      return `<td>${fmt(v)}${i > 0 && Number.isFinite(v - base) ? ` (${v - base >= 0 ? "+" : ""}${n1(v - base)})` : ""}</td>`;
    });
    return `<tr><td>${esc(d.name.en)}</td><td>${esc(d.u4ssc ?? "")}</td><td>${esc(d.unit)}</td>${cells.join("")}</tr>`;
  });
  const charted = INDICATORS.filter((d) => runs.every((x) => x.kpis.every((k) => Number.isFinite(k.indicators[d.id]))));
  const indicatorCharts = charted.map(
    (d) =>
      `<figure>${lineChartSvg(
        d.name.en,
        d.unit,
        years,
        runs.map((x) => ({ label: x.label, values: x.kpis.map((s) => s.indicators[d.id] ?? Number.NaN) })),
      )}</figure>`,
  );
  const charts = KPIS.map(
    (k) =>
      `<figure>${lineChartSvg(
        k.label,
        k.unit,
        years,
        runs.map((x) => ({ label: x.label, values: x.kpis.map((s) => s[k.key]) })),
      )}</figure>`,
  );
  const people = r.participants.map((p) => {
    const committed = r.proposals
      .filter((q) => q.authorId === p.id && q.status !== "rejected")
      .reduce((s, q) => s + input.costOf(q), 0);
    return `<tr><td>${esc(p.name)}</td><td>${esc(p.kind)}</td><td>${esc(roleLabel(p.role))}</td><td>${p.budget_NOK > 0 ? formatNOK(p.budget_NOK) : "—"}</td><td>${formatNOK(committed)}</td></tr>`;
  });
  const proposals = r.proposals.map((p) => {
    const votes = r.votes.filter((v) => v.proposalId === p.id);
    const yes = votes.filter((v) => v.choice === "for").length;
    const variant = r.variants.find((v) => v.id === p.variantId)?.name ?? p.variantId;
    return `<tr><td>${esc(p.lever)}</td><td>${n1(p.value)}</td><td>${p.startYear}</td><td>${esc(whereLabel(p.where))}</td><td>${esc(variant)}</td><td>${esc(name(p.authorId))}</td><td>${esc(p.rationale)}</td><td>${yes}</td><td>${votes.length - yes}</td><td>${formatNOK(input.costOf(p))}</td><td>${esc(p.status)}${p.decidedBy ? ` (${esc(p.decidedBy)})` : ""}</td></tr>`;
  });
  const log = r.log
    .filter((e) => e.action !== "vote")
    .map(
      (e) =>
        `<tr><td>${e.seq}</td><td>${new Date(e.at).toISOString().slice(0, 19).replace("T", " ")}</td><td>${esc(name(e.actorId))}</td><td>${esc(e.action)}</td><td><code>${esc(JSON.stringify(e.detail))}</code></td></tr>`,
    );
  const variants = r.variants.map(
    (v) =>
      `<h3>${esc(v.name)}${v.id === r.activeVariantId ? " (active)" : ""}</h3><pre>${esc(JSON.stringify(v.scenario.interventions, null, 2))}</pre>`,
  );
  const generated = (input.generatedAt ?? new Date()).toISOString();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(r.name)} — Tvilling session report</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#1d2a35}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccd;padding:4px 8px;text-align:left}figure{display:inline-block;margin:8px}</style>
</head><body>
<h1>${esc(r.name)}</h1>
<p>Co-creation session <b>${esc(r.code)}</b>: municipality <b>${esc(r.municipality)}</b>, focus ${esc(r.focus)}, decision rule ${esc(r.decisionRule)}, clock at ${r.clock.year}; ${baseYear}–${horizon}. Generated ${esc(generated)}.</p>
<h2>KPIs in ${r.clock.year}: baseline and variants</h2>
<table><tr><th>KPI</th>${runs.map((x) => `<th>${esc(x.label)}</th>`).join("")}</tr>
${kpiRows.join("\n")}</table>
<h2>Indicators in ${r.clock.year}: baseline and variants (difference to the baseline)</h2>
<table><tr><th>Indicator</th><th>U4SSC</th><th>Unit</th>${runs.map((x) => `<th>${esc(x.label)}</th>`).join("")}</tr>
${indicatorRows.join("\n")}</table>
<h2>Trajectories</h2>
${charts.join("\n")}
${indicatorCharts.join("\n")}
<h2>Participants</h2>
<table><tr><th>Name</th><th>Kind</th><th>Role</th><th>Budget</th><th>In proposals</th></tr>
${people.join("\n")}</table>
<h2>Proposals</h2>
<table><tr><th>Lever</th><th>Value</th><th>From</th><th>Where</th><th>Variant</th><th>By</th><th>Rationale</th><th>For</th><th>Against</th><th>Cost to ${horizon}</th><th>Outcome</th></tr>
${proposals.join("\n")}</table>
<h2>Variants</h2>
${variants.join("\n")}
<h2>Decision log (votes left out)</h2>
<table><tr><th>#</th><th>UTC</th><th>Who</th><th>Action</th><th>Detail</th></tr>
${log.join("\n")}</table>
</body></html>
`;
}
