// The rules of a co-creation session, free of networking: who may do what, proposals, votes, decisions,
// variants, clock, locks. Every operation checks first and changes nothing when it refuses (returns an error).
import { randomBytes } from "node:crypto";
import {
  LEVER_BY_ID,
  newScenario,
  PLAN_BASE_YEAR,
  PLAN_HORIZON,
  type Scenario,
  type Intervention,
  type ValidationContext,
  validateScenario,
} from "../../sim-core/scenario/index.ts";
import { hashSecret, newSecret, secretMatches } from "./codes.ts";
import type { MessageOf } from "./messages.ts";
import type {
  DecisionRule,
  Focus,
  ParticipantKind,
  ParticipantRecord,
  ProposalRecord,
  SessionRecord,
  VariantRecord,
} from "./model.ts";
import { formatNOK } from "./formatNOK.ts";
import type { ProposalCost } from "./proposalCost.ts";
import { ROLES, type RoleId } from "./roles.ts";

/** What the rules need from outside: scenario validation and the cost of an intervention (role budgets). */
export interface SessionContext extends ValidationContext {
  /** Cost of an intervention from its start year to `horizon` [NOK]; without it nothing costs anything. */
  costOf?(intervention: Intervention, horizon: number): ProposalCost;
}

export type Outcome<T = void> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (error: string): Outcome<never> => ({ ok: false, error });

export const BASE_YEAR = PLAN_BASE_YEAR;
export const HORIZON = PLAN_HORIZON;
const newId = () => randomBytes(6).toString("base64url");

/** A session's starting scenario: the client's what-if of the default levers (newScenario), no interventions. */
export function baselineScenario(municipality: string, name: string): Scenario {
  return newScenario(municipality, name);
}

export function newSessionRecord(init: {
  code: string;
  secretHash: string;
  municipality: string;
  focus: Focus;
  decisionRule: DecisionRule;
  name: string;
  now: number;
}): SessionRecord {
  const variant: VariantRecord = {
    id: "main",
    name: "Main",
    parentId: null,
    scenario: baselineScenario(init.municipality, init.name),
    createdAt: init.now,
  };
  return {
    code: init.code,
    name: init.name,
    secretHash: init.secretHash,
    municipality: init.municipality,
    focus: init.focus,
    decisionRule: init.decisionRule,
    createdAt: init.now,
    clock: { year: BASE_YEAR, playing: false, speed_yr_min: 1 },
    locks: [],
    activeVariantId: variant.id,
    participants: [],
    proposals: [],
    votes: [],
    variants: [variant],
    log: [],
  };
}

export class Session {
  /** Participants connected now (not persisted): majority rule counts them. */
  readonly present = new Set<string>();
  /** proposalCost_NOK per proposal object, with what it was computed from. */
  private readonly costs = new WeakMap<
    object,
    Pick<ProposalRecord, "lever" | "value" | "startYear" | "where"> & { horizon: number; cost_NOK: number }
  >();

  constructor(
    readonly record: SessionRecord,
    private readonly validation: SessionContext,
    private readonly now: () => number = Date.now,
  ) {}

  get activeVariant(): VariantRecord {
    return this.variant(this.record.activeVariantId) as VariantRecord;
  }
  variant(id: string): VariantRecord | undefined {
    return this.record.variants.find((v) => v.id === id);
  }
  participant(id: string): ParticipantRecord | undefined {
    return this.record.participants.find((p) => p.id === id);
  }
  proposal(id: string): ProposalRecord | undefined {
    return this.record.proposals.find((p) => p.id === id);
  }

  private log(actorId: string, action: string, detail: Record<string, unknown> = {}): void {
    const seq = (this.record.log.at(-1)?.seq ?? 0) + 1;
    this.record.log.push({ seq, at: this.now(), actorId, action, detail });
  }

  // ---- identity ---------------------------------------------------------------------------------

  /** Resolves who is joining: the facilitator (secret), a returning person (key), or a new person. */
  join(opts: {
    name?: string;
    role?: RoleId;
    spectator?: boolean;
    facilitatorSecret?: string;
    participantKey?: string;
  }): Outcome<{ participant: ParticipantRecord; key: string | null }> {
    if (opts.facilitatorSecret !== undefined) {
      if (!secretMatches(opts.facilitatorSecret, this.record.secretHash)) return fail("join: wrong facilitator secret");
      const existing = this.record.participants.find((p) => p.kind === "facilitator");
      if (existing) return ok({ participant: existing, key: null });
      return ok({ participant: this.add("facilitator", opts.name ?? "Facilitator", null).participant, key: null });
    }
    if (opts.participantKey !== undefined) {
      const hash = hashSecret(opts.participantKey);
      const existing = this.record.participants.find((p) => p.keyHash === hash);
      return existing ? ok({ participant: existing, key: null }) : fail("join: unknown participant key");
    }
    if (opts.spectator) return ok(this.add("spectator", opts.name ?? "Screen", null));
    if (!opts.name) return fail("join.name: a display name is required");
    return ok(this.add("participant", opts.name, opts.role ?? "citizen"));
  }

  private add(kind: ParticipantKind, name: string, role: RoleId | null) {
    const key = newSecret();
    const participant: ParticipantRecord = {
      id: newId(),
      keyHash: hashSecret(key),
      name,
      kind,
      role,
      budget_NOK: role ? ROLES[role].budget_NOK : 0,
      joinedAt: this.now(),
    };
    this.record.participants.push(participant);
    this.log(participant.id, "join", { name, kind, role });
    return { participant, key };
  }

  // ---- proposals and votes ----------------------------------------------------------------------

  propose(actorId: string, m: MessageOf<"propose">): Outcome<ProposalRecord> {
    const actor = this.participant(actorId);
    if (!actor || actor.kind === "spectator") return fail("propose: spectators cannot propose");
    const lever = LEVER_BY_ID.get(m.lever);
    if (!lever) return fail(`propose.lever: "${m.lever}" is not a known lever`);
    if (this.record.focus !== "both" && lever.domain !== this.record.focus)
      return fail(`propose.lever: ${m.lever} is a ${lever.domain} lever; the session's focus is ${this.record.focus}`);
    if (this.record.locks.includes(m.lever)) return fail(`propose.lever: ${m.lever} is locked by the facilitator`);
    const variant = this.activeVariant;
    const intervention = { lever: m.lever, value: m.value, startYear: m.startYear, where: m.where };
    const check = this.validate({
      ...variant.scenario,
      interventions: [...variant.scenario.interventions, intervention],
    });
    if (!check.ok) return check;
    const budget = this.checkBudget(actor, intervention);
    if (!budget.ok) return budget;
    const proposal: ProposalRecord = {
      id: newId(),
      authorId: actorId,
      variantId: variant.id,
      ...intervention,
      rationale: m.rationale,
      status: "open",
      createdAt: this.now(),
      decidedAt: null,
      decidedBy: null,
    };
    this.record.proposals.push(proposal);
    this.log(actorId, "propose", { proposalId: proposal.id, ...intervention, rationale: m.rationale });
    return ok(proposal);
  }

  /** Cost of a proposal over the scenario's horizon [NOK] (0 without a cost model). */
  proposalCost_NOK(p: Pick<ProposalRecord, "lever" | "value" | "startYear" | "where">): number {
    // The state sync asks for every proposal's cost on each tick that changed something: a proposal's cost is
    // kept while what it depends on (lever, value, start year, where, horizon) is the same.
    const horizon = this.activeVariant.scenario.horizon;
    const known = this.costs.get(p);
    if (
      known?.horizon === horizon &&
      known.lever === p.lever &&
      known.value === p.value &&
      known.startYear === p.startYear &&
      known.where === p.where
    )
      return known.cost_NOK;
    const cost_NOK = this.costOf(p).cost_NOK;
    this.costs.set(p, { horizon, lever: p.lever, value: p.value, startYear: p.startYear, where: p.where, cost_NOK });
    return cost_NOK;
  }

  private costOf(p: Pick<ProposalRecord, "lever" | "value" | "startYear" | "where">): ProposalCost {
    const horizon = this.activeVariant.scenario.horizon;
    return this.validation.costOf?.(p, horizon) ?? { cost_NOK: 0, units: 0, basis: "" };
  }

  /** What a participant's open and accepted proposals cost together [NOK]: the part of the budget in use. */
  committed_NOK(participantId: string): number {
    return this.committedByParticipant().get(participantId) ?? 0;
  }

  /** committed_NOK of every author at once (one pass over the proposals). */
  committedByParticipant(): Map<string, number> {
    const sums = new Map<string, number>();
    for (const p of this.record.proposals)
      if (p.status !== "rejected") sums.set(p.authorId, (sums.get(p.authorId) ?? 0) + this.proposalCost_NOK(p));
    return sums;
  }

  /** A budget of 0 means none (no limit); otherwise open + accepted + this proposal must fit in it. */
  private checkBudget(
    actor: ParticipantRecord,
    i: Pick<ProposalRecord, "lever" | "value" | "startYear" | "where">,
  ): Outcome {
    if (!(actor.budget_NOK > 0)) return ok(undefined);
    const cost = this.costOf(i);
    const committed = this.committed_NOK(actor.id);
    if (committed + cost.cost_NOK <= actor.budget_NOK) return ok(undefined);
    const role = actor.role ? ROLES[actor.role].label.en.toLowerCase() : actor.kind;
    return fail(
      `propose: ${i.lever} ${i.value} from ${i.startYear} costs ${formatNOK(cost.cost_NOK)} ` +
        `(${Math.round(cost.units).toLocaleString("en")} × ${cost.basis}); your budget as ${role} is ` +
        `${formatNOK(actor.budget_NOK)}, of which ${formatNOK(committed)} is in your open and accepted proposals ` +
        `(${formatNOK(Math.max(0, actor.budget_NOK - committed))} left)`,
    );
  }

  /** One vote per participant and proposal; voting again replaces the earlier choice. */
  vote(actorId: string, m: MessageOf<"vote">): Outcome<ProposalRecord | null> {
    const actor = this.participant(actorId);
    if (actor?.kind !== "participant") return fail("vote: only participants vote");
    const proposal = this.proposal(m.proposalId);
    if (!proposal) return fail(`vote.proposalId: no proposal "${m.proposalId}"`);
    if (proposal.status !== "open") return fail(`vote: proposal ${proposal.id} is already ${proposal.status}`);
    const existing = this.record.votes.find((v) => v.proposalId === proposal.id && v.participantId === actorId);
    if (existing) existing.choice = m.choice;
    else this.record.votes.push({ proposalId: proposal.id, participantId: actorId, choice: m.choice });
    this.log(actorId, "vote", { proposalId: proposal.id, choice: m.choice });
    return ok(this.record.decisionRule === "majority" ? this.applyMajority(proposal) : null);
  }

  /** The tally of every proposal that has votes, in one pass over the votes. */
  tallies(): Map<string, { for: number; against: number }> {
    const all = new Map<string, { for: number; against: number }>();
    for (const v of this.record.votes) {
      let t = all.get(v.proposalId);
      if (!t) {
        t = { for: 0, against: 0 };
        all.set(v.proposalId, t);
      }
      if (v.choice === "for") t.for++;
      else t.against++;
    }
    return all;
  }

  tally(proposalId: string): { for: number; against: number } {
    let yes = 0;
    let no = 0;
    for (const v of this.record.votes)
      if (v.proposalId === proposalId) {
        if (v.choice === "for") yes++;
        else no++;
      }
    return { for: yes, against: no };
  }

  /** Majority of the participants present: more than half for accepts, half or more against rejects. */
  private applyMajority(proposal: ProposalRecord): ProposalRecord | null {
    const electorate = [...this.present].filter((id) => this.participant(id)?.kind === "participant").length;
    const t = this.tally(proposal.id);
    if (electorate === 0) return null;
    if (t.for * 2 > electorate)
      return this.decideUnchecked(proposal, "accept", "majority", "majority").ok ? proposal : null;
    if (t.against * 2 >= electorate)
      return this.decideUnchecked(proposal, "reject", "majority", "majority").ok ? proposal : null;
    return null;
  }

  decide(actorId: string, m: MessageOf<"decide">): Outcome<ProposalRecord> {
    const proposal = this.proposal(m.proposalId);
    if (!proposal) return fail(`decide.proposalId: no proposal "${m.proposalId}"`);
    if (proposal.status !== "open") return fail(`decide: proposal ${proposal.id} is already ${proposal.status}`);
    return this.decideUnchecked(proposal, m.decision, "facilitator", actorId);
  }

  private decideUnchecked(
    proposal: ProposalRecord,
    decision: "accept" | "reject",
    by: DecisionRule,
    actorId: string,
  ): Outcome<ProposalRecord> {
    if (decision === "accept") {
      const variant = this.variant(proposal.variantId);
      if (!variant) return fail(`decide: variant ${proposal.variantId} no longer exists`);
      const { lever, value, startYear, where } = proposal;
      const next = {
        ...variant.scenario,
        interventions: [...variant.scenario.interventions, { lever, value, startYear, where }],
      };
      const check = this.validate(next);
      if (!check.ok) return check;
      variant.scenario = check.value;
    }
    proposal.status = decision === "accept" ? "accepted" : "rejected";
    proposal.decidedAt = this.now();
    proposal.decidedBy = by;
    this.log(actorId, decision, { proposalId: proposal.id, by, tally: this.tally(proposal.id) });
    return ok(proposal);
  }

  private validate(scenario: Scenario): Outcome<Scenario> {
    const r = validateScenario(scenario, this.validation);
    if (r.ok) return ok(r.scenario);
    const last = scenario.interventions.length - 1;
    return fail(r.errors.map((e) => e.replace(`interventions[${last}].`, "propose.")).join("; "));
  }

  // ---- facilitator controls ---------------------------------------------------------------------

  setClock(actorId: string, m: MessageOf<"setClock">): Outcome {
    const scenario = this.activeVariant.scenario;
    if (m.year !== undefined && (m.year < scenario.baseYear || m.year > scenario.horizon))
      return fail(`setClock.year: ${m.year} is outside ${scenario.baseYear}-${scenario.horizon}`);
    Object.assign(this.record.clock, Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)));
    this.log(actorId, "setClock", m);
    return ok(undefined);
  }

  /** Advances the clock one year (while playing); stops at the horizon. */
  tickYear(): boolean {
    const { clock } = this.record;
    if (clock.year >= this.activeVariant.scenario.horizon) {
      clock.playing = false;
      return false;
    }
    clock.year += 1;
    return true;
  }

  setFocus(actorId: string, m: MessageOf<"setFocus">): Outcome {
    this.record.focus = m.focus;
    this.log(actorId, "setFocus", m);
    return ok(undefined);
  }

  setLock(actorId: string, m: MessageOf<"setLock">): Outcome {
    const locks = new Set(this.record.locks);
    if (m.locked) locks.add(m.lever);
    else locks.delete(m.lever);
    this.record.locks = [...locks].sort();
    this.log(actorId, "setLock", m);
    return ok(undefined);
  }

  setDecisionRule(actorId: string, m: MessageOf<"setDecisionRule">): Outcome {
    this.record.decisionRule = m.rule;
    this.log(actorId, "setDecisionRule", m);
    return ok(undefined);
  }

  setRole(actorId: string, m: MessageOf<"setRole">): Outcome<ParticipantRecord> {
    const p = this.participant(m.participantId);
    if (p?.kind !== "participant") return fail(`setRole.participantId: no participant "${m.participantId}"`);
    p.role = m.role;
    p.budget_NOK = m.budget_NOK ?? ROLES[m.role].budget_NOK;
    this.log(actorId, "setRole", m);
    return ok(p);
  }

  /** Back to the baseline: the active variant loses its interventions, the clock returns to the base year. */
  reset(actorId: string): Outcome {
    const variant = this.activeVariant;
    variant.scenario = { ...variant.scenario, interventions: [] };
    for (const p of this.record.proposals)
      if (p.variantId === variant.id && p.status === "open") {
        p.status = "rejected";
        p.decidedAt = this.now();
        p.decidedBy = "facilitator";
      }
    this.record.clock = { ...this.record.clock, year: variant.scenario.baseYear, playing: false };
    this.log(actorId, "reset", { variantId: variant.id });
    return ok(undefined);
  }

  /** Copies the active scenario into a new variant, which becomes active. */
  branchVariant(actorId: string, m: MessageOf<"branchVariant">): Outcome<VariantRecord> {
    if (this.record.variants.length >= 8) return fail("branchVariant: at most 8 variants per session");
    const parent = this.activeVariant;
    const variant: VariantRecord = {
      id: newId(),
      name: m.name,
      parentId: parent.id,
      scenario: structuredClone({ ...parent.scenario, name: `${this.record.name} – ${m.name}` }),
      createdAt: this.now(),
    };
    this.record.variants.push(variant);
    this.record.activeVariantId = variant.id;
    this.log(actorId, "branchVariant", { variantId: variant.id, name: m.name, parentId: parent.id });
    return ok(variant);
  }

  selectVariant(actorId: string, m: MessageOf<"selectVariant">): Outcome {
    if (!this.variant(m.variantId)) return fail(`selectVariant.variantId: no variant "${m.variantId}"`);
    this.record.activeVariantId = m.variantId;
    this.log(actorId, "selectVariant", m);
    return ok(undefined);
  }
}
