// The session's KPIs (server/session/SessionState.ts KpiState) as readings of the U4SSC indicator catalogue.
// The session simulates buildings' heat only so far, so each KPI stands in for the indicator it moves:
// the change against the baseline is the same for a total and for the per-capita figure (same population).
import type { IndicatorReading } from "../outreach/sdgScore.ts";
import type { KpiJson, SessionStateJson } from "../session/sessionModel.ts";

export interface KpiIndicator {
  kpi: keyof Omit<KpiJson, "year">;
  indicator: string;
  unit: string;
  decimals: number;
  /** How the KPI relates to the indicator (shown in docs/screens.md). */
  note: string;
}

export const KPI_INDICATORS: readonly KpiIndicator[] = [
  {
    kpi: "heatDemand_MWh",
    indicator: "residentialThermalPerCapita",
    unit: "MWh",
    decimals: 0,
    note: "space heat of all buildings: the thermal-energy indicator's change",
  },
  {
    kpi: "electricityForHeat_MWh",
    indicator: "electricityPerCapita",
    unit: "MWh",
    decimals: 0,
    note: "electricity for heating only: the electricity indicator's heating part",
  },
  {
    kpi: "peakHeatLoad_MW",
    indicator: "peakGridLoad",
    unit: "MW",
    decimals: 2,
    note: "peak heat load of the year: the grid peak's heating part",
  },
];

export function sessionReadings(state: Pick<SessionStateJson, "kpi" | "baseline">): IndicatorReading[] {
  return KPI_INDICATORS.filter(
    (k) => Number.isFinite(state.kpi?.[k.kpi]) && Number.isFinite(state.baseline?.[k.kpi]),
  ).map((k) => ({ id: k.indicator, value: state.kpi[k.kpi], baseline: state.baseline[k.kpi] }));
}

/** Share of the participants (not facilitator or screens) who have voted on at least one proposal. */
export function participationShare(state: Pick<SessionStateJson, "participants" | "proposals">): number {
  const people = Object.values(state.participants).filter((p) => p.kind === "participant");
  if (people.length === 0) return 0;
  const voters = new Set<string>();
  for (const p of Object.values(state.proposals)) for (const id of Object.keys(p.votes ?? {})) voters.add(id);
  return people.filter((p) => voters.has(p.id)).length / people.length;
}
