// Multi-year runner: the baseline (no interventions) and any number of scenarios simulated hour by hour in
// milestone years with the stock of that year, the years between interpolated (milestones.ts); indicators per
// year, GHG by sector, the interventions' cost (annuity of cost.ts on the amount beyond the baseline) and
// abatement (one extra year-run per intervention: baseline + that intervention alone) → NOK/tCO2e and the
// MAC curve, and the energy and material flows of the last year.
import type { ModelWeather } from "../../host/model/weather.ts";
import { DEFAULT_DISCOUNT_RATE, abatementCost_NOK_t, annualCost_NOK } from "../cost.ts";
import { contentHash } from "../hash.ts";
import { LEVER_BY_ID } from "../levers.ts";
import type { MeasureDetail, ScenarioRunResult } from "../results.ts";
import type { Scenario } from "../types.ts";
import type { ScenarioBase } from "./baseline.ts";
import { ghgBySector } from "./yearIndicators.ts";
import { energyFlows, materialFlows } from "./flows.ts";
import { inputsForYear } from "./inputsForYear.ts";
import { interpolate, milestoneYears, yearsBetween } from "./milestones.ts";
import { type SimulatedYear, simulateYear } from "./simulateYear.ts";

export type Progress = (done: number, total: number, label: string) => void;

export interface RunOptions {
  /** Years simulated hour by hour; default milestoneYears(baseYear, horizon). */
  milestones?: number[];
  /** Cost and abatement per intervention (one extra year-run each); default true. */
  measures?: boolean;
  /** Year of the per-intervention cost and abatement; default the last milestone. */
  measureYear?: number;
  discountRate?: number;
  onProgress?: Progress;
}

export type YearRunner = (scenario: Scenario, year: number, label: string) => Promise<SimulatedYear>;

/** The scenario without interventions: the base-year state carried forward (lever defaults keep running). */
export function baselineOf(scenario: Scenario): Scenario {
  return { ...scenario, name: `${scenario.name} — baseline`, interventions: [] };
}

const totalGhg = (y: SimulatedYear) => Object.values(ghgBySector(y.metrics)).reduce((a, b) => a + b, 0);

function series(
  years: readonly SimulatedYear[],
  milestones: readonly number[],
  pick: (y: SimulatedYear) => Record<string, number>,
) {
  const out: Record<string, number[]> = {};
  for (const key of Object.keys(pick(years[0])))
    out[key] = interpolate(
      milestones,
      years.map((y) => pick(y)[key]),
    );
  return out;
}

/** Runs the baseline once and every scenario against it. All scenarios share municipality, years and seed. */
export async function runScenarios(
  module: WebAssembly.Module,
  base: ScenarioBase,
  scenarios: readonly Scenario[],
  weather: ModelWeather,
  options: RunOptions = {},
): Promise<ScenarioRunResult[]> {
  if (scenarios.length === 0) return [];
  const first = scenarios[0];
  const milestones = options.milestones ?? milestoneYears(first.baseYear, first.horizon);
  const measureYear = options.measureYear ?? milestones[milestones.length - 1];
  const wantMeasures = options.measures ?? true;
  const n = base.city.buildings.length;
  const measureRuns = wantMeasures ? scenarios.reduce((s, sc) => s + sc.interventions.length, 0) : 0;
  const total = n * (milestones.length * (scenarios.length + 1) + measureRuns);
  let done = 0;
  const run: YearRunner = async (scenario, year, label) => {
    const inputs = inputsForYear(base, scenario, year);
    const result = await simulateYear(module, base, inputs, weather, (d) =>
      options.onProgress?.(done + d, total, label),
    );
    done += n;
    options.onProgress?.(done, total, label);
    return result;
  };
  const baseline = baselineOf(first);
  const baseYears: SimulatedYear[] = [];
  for (const y of milestones) baseYears.push(await run(baseline, y, `baseline ${y}`));
  const baseHash = await contentHash(baseline);
  const years = yearsBetween(milestones[0], milestones[milestones.length - 1]);
  const baseIndicators = series(baseYears, milestones, (y) => y.indicators);
  const baseSectors = series(baseYears, milestones, (y) => ghgBySector(y.metrics));
  const baseAtMeasure = baseYears[milestones.indexOf(measureYear)] ?? (await run(baseline, measureYear, "baseline"));
  const results: ScenarioRunResult[] = [];
  for (const scenario of scenarios) {
    const simulated: SimulatedYear[] = [];
    for (const y of milestones) simulated.push(await run(scenario, y, `${scenario.name} ${y}`));
    const indicators = series(simulated, milestones, (y) => y.indicators);
    const sectors = series(simulated, milestones, (y) => ghgBySector(y.metrics));
    const abatedMilestones = simulated.map((s, k) => totalGhg(baseYears[k]) - totalGhg(s));
    const costMilestones = milestones.map((y) => interventionsCost(base, scenario, baseline, y, options.discountRate));
    const abated_t = interpolate(milestones, abatedMilestones);
    const annualCost = interpolate(milestones, costMilestones);
    const details = wantMeasures
      ? await measuresOf(base, scenario, baseline, measureYear, baseAtMeasure, run, options.discountRate)
      : [];
    const last = simulated[simulated.length - 1];
    results.push({
      scenario,
      hash: await contentHash(scenario),
      years,
      milestones,
      indicators,
      ghgBySector_t: sectors,
      baseline: { hash: baseHash, indicators: baseIndicators, ghgBySector_t: baseSectors },
      comparison: {
        abated_t,
        annualCost_NOK: annualCost,
        cumulativeAbated_t: abated_t.reduce((a, b) => a + b, 0),
        cumulativeCost_NOK: annualCost.reduce((a, b) => a + b, 0),
      },
      measures: details.map(({ label, annualCost_NOK, abated_tCO2e_yr }) => ({
        label,
        annualCost_NOK,
        abated_tCO2e_yr,
      })),
      measureDetails: details,
      energyFlows_MWh: energyFlows(last.metrics),
      materialFlows_t: materialFlows(last.metrics),
    });
  }
  return results;
}

export async function runScenario(
  module: WebAssembly.Module,
  base: ScenarioBase,
  scenario: Scenario,
  weather: ModelWeather,
  options: RunOptions = {},
): Promise<ScenarioRunResult> {
  return (await runScenarios(module, base, [scenario], weather, options))[0];
}

/** Amount of intervention k's lever in place beyond the baseline, in its cost basis. */
export function interventionUnits(base: ScenarioBase, scenario: Scenario, baseline: Scenario, k: number, year: number) {
  const lever = scenario.interventions[k].lever;
  const alone = { ...baseline, interventions: [scenario.interventions[k]] };
  const units = inputsForYear(base, alone, year).units[lever] - inputsForYear(base, baseline, year).units[lever];
  return Math.max(0, units);
}

/** Equivalent annual cost of all interventions in a year [NOK/yr]. */
export function interventionsCost(
  base: ScenarioBase,
  scenario: Scenario,
  baseline: Scenario,
  year: number,
  rate = DEFAULT_DISCOUNT_RATE,
): number {
  let sum = 0;
  scenario.interventions.forEach((iv, k) => {
    const lever = LEVER_BY_ID.get(iv.lever);
    if (lever) sum += annualCost_NOK(lever.cost, interventionUnits(base, scenario, baseline, k, year), rate);
  });
  return sum;
}

async function measuresOf(
  base: ScenarioBase,
  scenario: Scenario,
  baseline: Scenario,
  year: number,
  baseYear: SimulatedYear,
  run: YearRunner,
  rate = DEFAULT_DISCOUNT_RATE,
): Promise<MeasureDetail[]> {
  const out: MeasureDetail[] = [];
  for (let k = 0; k < scenario.interventions.length; k++) {
    const iv = scenario.interventions[k];
    const lever = LEVER_BY_ID.get(iv.lever);
    if (!lever) continue;
    const alone = { ...baseline, interventions: [iv] };
    const sim = await run(alone, year, `${iv.lever} alone ${year}`);
    let units = interventionUnits(base, scenario, baseline, k, year);
    if (iv.lever === "componentReuse")
      units = Math.max(0, sim.metrics.waste.reusedComponents_t - baseYear.metrics.waste.reusedComponents_t);
    const annual = annualCost_NOK(lever.cost, units, rate);
    const abated = totalGhg(baseYear) - totalGhg(sim);
    const where =
      iv.where.scope === "municipality" ? "" : ` (${iv.where.scope === "district" ? iv.where.district : "filter"})`;
    out.push({
      label: `${lever.label.en} = ${iv.value} ${lever.unit} from ${iv.startYear}${where}`,
      intervention: k,
      lever: iv.lever,
      year,
      units,
      basis: lever.cost.basis,
      capex_NOK: units * lever.cost.capex_NOK,
      annualCost_NOK: annual,
      abated_tCO2e_yr: abated,
      cost_NOK_t: abatementCost_NOK_t(annual, abated),
    });
  }
  return out;
}
