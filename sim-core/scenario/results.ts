import type { AbatementMeasure } from "./macCurve.ts";
import type { Scenario } from "./types.ts";

export interface Flow {
  from: string;
  to: string;
  value: number;
}

/** What a scenario run produces: yearly indicators, costs and the flows of its last year. */
export interface ScenarioRunResult {
  scenario: Scenario;
  /** Content hash of the scenario (its identity). */
  hash: string;
  years: number[];
  /** Indicator id → value per year (same order as `years`). */
  indicators: Record<string, number[]>;
  baseline?: { hash: string; indicators: Record<string, number[]> };
  measures: AbatementMeasure[];
  energyFlows_MWh: Flow[];
  materialFlows_t: Flow[];
}
