// Marginal abatement cost curve: measures sorted by cost per tonne, each a bar as wide as its abatement.

export interface AbatementMeasure {
  label: string;
  annualCost_NOK: number;
  abated_tCO2e_yr: number;
}

export interface MacBar extends AbatementMeasure {
  cost_NOK_t: number;
  /** Cumulative abatement at the bar's left and right edge [tCO2e/yr]. */
  from_t: number;
  to_t: number;
}

/** Bars in merit order (cheapest per tonne first); measures that abate nothing are left out. */
export function macCurve(measures: readonly AbatementMeasure[]): MacBar[] {
  const bars = measures
    .filter((m) => m.abated_tCO2e_yr > 0)
    .map((m) => ({ ...m, cost_NOK_t: m.annualCost_NOK / m.abated_tCO2e_yr }))
    .sort((a, b) => a.cost_NOK_t - b.cost_NOK_t || a.label.localeCompare(b.label));
  let cumulative = 0;
  return bars.map((b) => {
    const from_t = cumulative;
    cumulative += b.abated_tCO2e_yr;
    return { ...b, from_t, to_t: cumulative };
  });
}
