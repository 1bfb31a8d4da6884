import type { AbatementMeasure } from "./macCurve.ts";
import type { Scenario } from "./types.ts";

export interface Flow {
  from: string;
  to: string;
  value: number;
}

/** One intervention's cost and abatement in the measure year (the MAC curve's bar). */
export interface MeasureDetail extends AbatementMeasure {
  /** Index into scenario.interventions. */
  intervention: number;
  lever: string;
  year: number;
  /** Amount in place beyond the baseline, in the lever's cost basis. */
  units: number;
  basis: string;
  capex_NOK: number;
  cost_NOK_t: number;
}

/** What a scenario run produces: yearly indicators, costs and the flows of its last year. */
export interface ScenarioRunResult {
  scenario: Scenario;
  /** Content hash of the scenario (its identity). */
  hash: string;
  years: number[];
  /** Years simulated hour by hour; the others are interpolated linearly. */
  milestones?: number[];
  /** Indicator id → value per year (same order as `years`). */
  indicators: Record<string, number[]>;
  /** GHG by sector [t CO2e/yr] per year. */
  ghgBySector_t?: Record<string, number[]>;
  baseline?: { hash: string; indicators: Record<string, number[]>; ghgBySector_t?: Record<string, number[]> };
  /** Per year vs the baseline: total GHG abated [t], equivalent annual cost of all interventions [NOK]. */
  comparison?: { abated_t: number[]; annualCost_NOK: number[]; cumulativeAbated_t: number; cumulativeCost_NOK: number };
  measures: AbatementMeasure[];
  measureDetails?: MeasureDetail[];
  energyFlows_MWh: Flow[];
  materialFlows_t: Flow[];
}
