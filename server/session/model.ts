// The persistent record of one co-creation session: what the database stores and the room restores.
import type { Scenario, Where } from "../../sim-core/scenario/index.ts";
import type { RoleId } from "./roles.ts";

export type Focus = "energy" | "circular" | "both";
export type DecisionRule = "facilitator" | "majority";
export type ParticipantKind = "facilitator" | "participant" | "spectator";
export type ProposalStatus = "open" | "accepted" | "rejected";
export type VoteChoice = "for" | "against";

export interface ParticipantRecord {
  id: string;
  /** SHA-256 of the participant key that lets this person rejoin as themselves (after a restart, too). */
  keyHash: string;
  name: string;
  kind: ParticipantKind;
  role: RoleId | null;
  budget_NOK: number;
  joinedAt: number;
}

export interface ProposalRecord {
  id: string;
  authorId: string;
  variantId: string;
  lever: string;
  value: number;
  startYear: number;
  where: Where;
  rationale: string;
  status: ProposalStatus;
  createdAt: number;
  decidedAt: number | null;
  decidedBy: DecisionRule | null;
}

export interface VoteRecord {
  proposalId: string;
  participantId: string;
  choice: VoteChoice;
}

export interface VariantRecord {
  id: string;
  name: string;
  parentId: string | null;
  scenario: Scenario;
  createdAt: number;
}

/** One line of the decision log: who did what, when. */
export interface LogEntry {
  seq: number;
  at: number;
  actorId: string;
  action: string;
  detail: Record<string, unknown>;
}

export interface Clock {
  year: number;
  playing: boolean;
  /** Simulated years per minute of wall time while playing. */
  speed_yr_min: number;
}

export interface SessionRecord {
  code: string;
  name: string;
  secretHash: string;
  municipality: string;
  focus: Focus;
  decisionRule: DecisionRule;
  createdAt: number;
  clock: Clock;
  locks: string[];
  activeVariantId: string;
  participants: ParticipantRecord[];
  proposals: ProposalRecord[];
  votes: VoteRecord[];
  variants: VariantRecord[];
  log: LogEntry[];
}
