// Projects a Session onto its schema state, changing only what differs (small patches).
import { INDICATORS, type Where } from "../../sim-core/scenario/index.ts";
import type { Session } from "./Session.ts";
import {
  IndicatorState,
  InterventionState,
  type KpiState,
  ParticipantState,
  ProposalState,
  type SessionState,
  VariantState,
} from "./SessionState.ts";
import { FACILITATOR_COLOUR, ROLES, SPECTATOR_COLOUR } from "./roles.ts";
import type { KpiSnapshot } from "./simulation/SessionSimulation.ts";

export function whereLabel(where: Where): string {
  if (where.scope === "municipality") return "municipality";
  if (where.scope === "district") return `district:${where.district}`;
  return `filter:${JSON.stringify({ use: where.use, periods: where.periods })}`;
}

// biome-ignore lint/suspicious/noExplicitAny: assigns schema fields generically, only when changed
function set(target: any, values: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(values)) if (target[k] !== v) target[k] = v;
}

const NO_VOTES = { for: 0, against: 0 } as const;

/** Per state: the proposals synced in a final status (accepted or rejected), skipped from then on. */
const settledProposals = new WeakMap<SessionState, WeakSet<object>>();

export function syncKpi(target: KpiState, kpi: KpiSnapshot): void {
  set(target, {
    year: kpi.year,
    heatDemand_MWh: kpi.heatDemand_MWh,
    electricityForHeat_MWh: kpi.electricityForHeat_MWh,
    peakHeatLoad_MW: kpi.peakHeatLoad_MW,
  });
}

/** Indicator values compare equal when both are NaN (an indicator undefined for the year), so no patch. */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** state.indicators: every indicator of the catalogue, in its order, the shared scenario beside the baseline. */
export function syncIndicators(state: SessionState, active: KpiSnapshot, baseline: KpiSnapshot): void {
  if (state.indicators.length !== INDICATORS.length) {
    state.indicators.clear();
    for (const def of INDICATORS)
      state.indicators.push(
        new IndicatorState().assign({
          id: def.id,
          u4ssc: def.u4ssc ?? "",
          name: def.name.en,
          unit: def.unit,
          better: def.better,
          value: Number.NaN,
          baseline: Number.NaN,
          difference: Number.NaN,
        }),
      );
  }
  INDICATORS.forEach((def, k) => {
    const s = state.indicators[k];
    const value = active.indicators[def.id] ?? Number.NaN;
    const base = baseline.indicators[def.id] ?? Number.NaN;
    if (!same(s.value, value)) s.value = value;
    if (!same(s.baseline, base)) s.baseline = base;
    if (!same(s.difference, value - base)) s.difference = value - base;
  });
}

/** A variant's indicator values (id → value) for the comparison of variants. */
export function syncVariantIndicators(target: Map<string, number>, kpi: KpiSnapshot): void {
  for (const def of INDICATORS) {
    const value = kpi.indicators[def.id] ?? Number.NaN;
    const old = target.get(def.id);
    if (old === undefined || !same(old, value)) target.set(def.id, value);
  }
}

export function syncState(state: SessionState, session: Session, connected: Map<string, number>): void {
  const r = session.record;
  set(state, {
    code: r.code,
    name: r.name,
    municipality: r.municipality,
    focus: r.focus,
    decisionRule: r.decisionRule,
    baseYear: session.activeVariant.scenario.baseYear,
    horizon: session.activeVariant.scenario.horizon,
    year: r.clock.year,
    playing: r.clock.playing,
    speed_yr_min: Math.fround(r.clock.speed_yr_min),
    activeVariantId: r.activeVariantId,
  });
  if (state.locks.join() !== r.locks.join()) {
    state.locks.clear();
    for (const l of r.locks) state.locks.push(l);
  }

  const committed = session.committedByParticipant();
  for (const p of r.participants) {
    let s = state.participants.get(p.id);
    if (!s) {
      s = new ParticipantState();
      state.participants.set(p.id, s);
    }
    const slot = connected.get(p.id);
    // Field by field (no object per participant and tick): the sync runs on every tick that changed something.
    if (s.id !== p.id) s.id = p.id;
    if (s.name !== p.name) s.name = p.name;
    if (s.kind !== p.kind) s.kind = p.kind;
    const role = p.role ?? "";
    if (s.role !== role) s.role = role;
    const colour = p.role ? ROLES[p.role].colour : p.kind === "facilitator" ? FACILITATOR_COLOUR : SPECTATOR_COLOUR;
    if (s.colour !== colour) s.colour = colour;
    if (s.budget_NOK !== p.budget_NOK) s.budget_NOK = p.budget_NOK;
    const committed_NOK = committed.get(p.id) ?? 0;
    if (s.committed_NOK !== committed_NOK) s.committed_NOK = committed_NOK;
    if (s.connected !== (slot !== undefined)) s.connected = slot !== undefined;
    if (s.slot !== (slot ?? 255)) s.slot = slot ?? 255;
  }

  // A decided proposal no longer changes (votes and decisions are refused): once its state has been synced in
  // that status, with its votes, later syncs skip it and its votes.
  let settled = settledProposals.get(state);
  if (!settled) {
    settled = new WeakSet();
    settledProposals.set(state, settled);
  }
  const done = settled;
  const tallies = session.tallies();
  const pending = new Set<string>();
  for (const p of r.proposals) {
    if (done.has(p)) continue;
    pending.add(p.id);
    let s = state.proposals.get(p.id);
    if (!s) {
      s = new ProposalState();
      state.proposals.set(p.id, s);
    }
    const tally = tallies.get(p.id) ?? NO_VOTES;
    set(s, {
      id: p.id,
      authorId: p.authorId,
      variantId: p.variantId,
      lever: p.lever,
      value: p.value,
      startYear: p.startYear,
      where: whereLabel(p.where),
      rationale: p.rationale,
      status: p.status,
      decidedBy: p.decidedBy ?? "",
      cost_NOK: session.proposalCost_NOK(p),
      votesFor: tally.for,
      votesAgainst: tally.against,
    });
  }
  for (const v of r.votes) {
    if (!pending.has(v.proposalId)) continue;
    const votes = state.proposals.get(v.proposalId)?.votes;
    if (votes && votes.get(v.participantId) !== v.choice) votes.set(v.participantId, v.choice);
  }
  for (const p of r.proposals) if (p.status !== "open" && !done.has(p)) done.add(p);

  const interventions = session.activeVariant.scenario.interventions;
  const same =
    state.interventions.length === interventions.length &&
    interventions.every((i, k) => {
      const s = state.interventions[k];
      return (
        s.lever === i.lever && s.value === i.value && s.startYear === i.startYear && s.where === whereLabel(i.where)
      );
    });
  if (!same) {
    state.interventions.clear();
    for (const i of interventions)
      state.interventions.push(
        new InterventionState().assign({
          lever: i.lever,
          value: i.value,
          startYear: i.startYear,
          where: whereLabel(i.where),
        }),
      );
  }

  for (const v of r.variants) {
    let s = state.variants.get(v.id);
    if (!s) {
      s = new VariantState();
      state.variants.set(v.id, s);
    }
    set(s, { id: v.id, name: v.name, parentId: v.parentId ?? "", interventionCount: v.scenario.interventions.length });
  }
}
