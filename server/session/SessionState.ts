import { type SchemaType, schema, t } from "@colyseus/schema";

/** What everyone in a session sees together. Poses and per-building results travel as binary messages. */
export const ParticipantState = schema(
  {
    id: t.string(),
    name: t.string(),
    /** "facilitator" | "participant" | "spectator" */
    kind: t.string(),
    /** Stakeholder role id, "" for facilitator and spectators. */
    role: t.string(),
    colour: t.string(),
    /** Budget for proposals [NOK]; 0 = none (no limit). */
    budget_NOK: t.float64(),
    /** What this person's open and accepted proposals cost together [NOK] (server/session/proposalCost.ts). */
    committed_NOK: t.float64(),
    connected: t.boolean(),
    /** Index of this person's records in the "poses" binary frames. */
    slot: t.uint8(),
  },
  "ParticipantState",
);
export type ParticipantState = SchemaType<typeof ParticipantState>;

export const ProposalState = schema(
  {
    id: t.string(),
    authorId: t.string(),
    variantId: t.string(),
    lever: t.string(),
    value: t.float64(),
    startYear: t.uint16(),
    /** "municipality", "district:<name>" or "filter:<json>" */
    where: t.string(),
    rationale: t.string(),
    /** "open" | "accepted" | "rejected" */
    status: t.string(),
    decidedBy: t.string(),
    /** Cost from its start year to the horizon [NOK] (server/session/proposalCost.ts). */
    cost_NOK: t.float64(),
    votesFor: t.uint16(),
    votesAgainst: t.uint16(),
    /** participant id → "for" | "against" */
    votes: t.map("string"),
  },
  "ProposalState",
);
export type ProposalState = SchemaType<typeof ProposalState>;

export const InterventionState = schema(
  { lever: t.string(), value: t.float64(), startYear: t.uint16(), where: t.string() },
  "InterventionState",
);
export type InterventionState = SchemaType<typeof InterventionState>;

export const KpiState = schema(
  {
    year: t.uint16(),
    heatDemand_MWh: t.float64(),
    electricityForHeat_MWh: t.float64(),
    peakHeatLoad_MW: t.float64(),
  },
  "KpiState",
);
export type KpiState = SchemaType<typeof KpiState>;

/**
 * One indicator of the scenario runner (sim-core/scenario/indicators.ts) in the current year: the shared
 * scenario's value beside the baseline's. One entry per indicator (13), never per building.
 */
export const IndicatorState = schema(
  {
    id: t.string(),
    /** U4SSC KPI code, "" for the twin's own indicators. */
    u4ssc: t.string(),
    /** English name; clients may show their own by id. */
    name: t.string(),
    unit: t.string(),
    /** "higher" | "lower": which way is better. */
    better: t.string(),
    /** The shared scenario (active variant) in the current year [unit]. */
    value: t.float64(),
    /** The baseline (no interventions) in the current year [unit]. */
    baseline: t.float64(),
    /** value − baseline [unit]. */
    difference: t.float64(),
  },
  "IndicatorState",
);
export type IndicatorState = SchemaType<typeof IndicatorState>;

export const VariantState = schema(
  {
    id: t.string(),
    name: t.string(),
    parentId: t.string(),
    interventionCount: t.uint16(),
    scenarioHash: t.string(),
    kpi: t.ref(KpiState),
    /** Indicator id → this variant's value in the current year: the comparison of variants. */
    indicators: t.map("float64"),
  },
  "VariantState",
);
export type VariantState = SchemaType<typeof VariantState>;

export const SessionState = schema(
  {
    code: t.string(),
    name: t.string(),
    municipality: t.string(),
    focus: t.string(),
    decisionRule: t.string(),
    baseYear: t.uint16(),
    horizon: t.uint16(),
    year: t.uint16(),
    playing: t.boolean(),
    speed_yr_min: t.float32(),
    locks: t.array("string"),
    participants: t.map(ParticipantState),
    proposals: t.map(ProposalState),
    activeVariantId: t.string(),
    /** The active variant's interventions: the shared scenario. */
    interventions: t.array(InterventionState),
    variants: t.map(VariantState),
    /** KPIs of the shared scenario in the current year, and of the baseline (no interventions) for comparison. */
    kpi: t.ref(KpiState),
    baseline: t.ref(KpiState),
    /** Every indicator of the scenario runner in the current year, shared scenario beside baseline. */
    indicators: t.array(IndicatorState),
    /** Reruns finished; a client can tell a fresh result from a stale one. */
    runCount: t.uint32().default(0),
    simulating: t.boolean(),
  },
  "SessionState",
);
export type SessionState = SchemaType<typeof SessionState>;
