// The dashboard's KPI cards: U4SSC indicators (sim-core/scenario/indicators.ts) of the what-if run against
// the baseline run, with the direction that counts as better for the trend colour.
import { INDICATOR_BY_ID } from "../../../sim-core/scenario/indicators.ts";
import type { ModelResult } from "../core/modelResult.ts";

export interface Kpi {
  id: string;
  /** U4SSC KPI code, or "" for the twin's own operational indicators. */
  code: string;
  label: { nb: string; en: string };
  unit: string;
  decimals: number;
  value: number;
  baseline: number;
  better: "higher" | "lower";
}

/** Shown on the cards, in this order, with the decimals each needs. */
export const KPI_CARDS: readonly (readonly [string, number])[] = [
  ["electricityPerCapita", 0],
  ["residentialThermalPerCapita", 1],
  ["publicBuildingEnergy", 0],
  ["ghgPerCapita", 3],
  ["wasteRecycledShare", 1],
  ["peakGridLoad", 1],
];

export function kpisOf(current: ModelResult, baseline: ModelResult): Kpi[] {
  return KPI_CARDS.map(([id, decimals]) => {
    const def = INDICATOR_BY_ID.get(id);
    if (!def) throw new Error(`indicator "${id}" is not in the catalogue`);
    return {
      id,
      code: def.u4ssc ?? "",
      label: def.name,
      unit: def.unit,
      decimals,
      value: current.indicators[id],
      baseline: baseline.indicators[id],
      better: def.better,
    };
  });
}
