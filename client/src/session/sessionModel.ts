// Pure logic of the session panel: reading the join request from the URL, stepping a lever value
// within its range, and projecting the room's state into the lines the panel shows. No GUI, no network.
import type { Lever } from "../../../sim-core/scenario/levers.ts";
import { withUnit } from "../ui/format.ts";
import type { Lang } from "../ui/i18n.ts";
import { formatNOK } from "../../../server/session/formatNOK.ts";
import { ROLE_LABELS } from "./sessionI18n.ts";

/** Options of `joinOrCreate("session", …)` (server/session/README.md, "Joining"). */
export interface SessionJoinOptions {
  code: string;
  name?: string;
  role?: string;
  spectator?: boolean;
  facilitatorSecret?: string;
}

/**
 * `?session=CODE&name=…&role=…` joins directly, `&facilitator=SECRET` as facilitator, `&spectator=1` as a screen.
 * Returns undefined without `session`; `ready: false` when a participant still has to give a name in the form.
 */
export function joinFromUrl(params: URLSearchParams): { options: SessionJoinOptions; ready: boolean } | undefined {
  const code = params.get("session")?.trim().toUpperCase();
  if (!code) return undefined;
  const name = params.get("name")?.trim() || undefined;
  const role = params.get("role")?.trim() || undefined;
  const secret = params.get("facilitator")?.trim();
  if (secret) return { options: { code, facilitatorSecret: secret, ...(name ? { name } : {}) }, ready: true };
  if (params.get("spectator") === "1") return { options: { code, spectator: true }, ready: true };
  return { options: { code, ...(name ? { name } : {}), ...(role ? { role } : {}) }, ready: name !== undefined };
}

/** A round step (1, 2 or 5 × 10ⁿ) that divides the lever's range into at least 20 steps. */
export function leverStep(lever: Pick<Lever, "min" | "max">): number {
  const raw = (lever.max - lever.min) / 20;
  if (!(raw > 0)) return 1;
  const pow10 = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow10;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * pow10;
}

/** Decimals needed to show multiples of `step` exactly (0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  for (let d = 0; d < 10; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 10;
}

/** The value one step up (+1) or down (−1), on the step grid and clamped to the lever's range. */
export function stepLeverValue(lever: Pick<Lever, "min" | "max">, value: number, direction: 1 | -1): number {
  const step = leverStep(lever);
  const next = Math.round((value + direction * step) / step) * step;
  const clamped = Math.min(lever.max, Math.max(lever.min, next));
  return Number(clamped.toFixed(stepDecimals(step)));
}

export function stepYear(year: number, direction: 1 | -1, first: number, last: number): number {
  return Math.min(last, Math.max(first, year + direction));
}

/** The next item of a list after `current` (or before it), wrapping around. */
export function cycle<T>(items: readonly T[], current: T, direction: 1 | -1): T {
  const i = items.indexOf(current);
  return items[(((i < 0 ? 0 : i + direction) % items.length) + items.length) % items.length];
}

/** The value with the decimals of the lever's step, e.g. "0.6" for retrofitRate. */
export function formatLeverNumber(lever: Pick<Lever, "min" | "max">, value: number): string {
  return value.toFixed(stepDecimals(leverStep(lever)));
}

export function formatLeverValue(lever: Lever, value: number): string {
  return `${formatLeverNumber(lever, value)} ${lever.unit}`;
}

// ---- projection of the room state ------------------------------------------------------------------

/** The fields of the server's SessionState (server/session/SessionState.ts) the panel reads, as plain JSON. */
export interface SessionStateJson {
  code: string;
  name?: string;
  municipality: string;
  focus: string;
  decisionRule?: string;
  baseYear: number;
  horizon: number;
  year: number;
  playing?: boolean;
  speed_yr_min?: number;
  activeVariantId?: string;
  variants?: Record<string, VariantJson>;
  locks: string[];
  participants: Record<string, ParticipantJson>;
  proposals: Record<string, ProposalJson>;
  kpi: KpiJson;
  baseline: KpiJson;
  runCount: number;
  simulating: boolean;
}
export interface ParticipantJson {
  id: string;
  name: string;
  kind: string;
  role: string;
  colour: string;
  connected: boolean;
  /** 0 = no budget. */
  budget_NOK?: number;
  committed_NOK?: number;
}
export interface VariantJson {
  id: string;
  name: string;
  parentId: string;
  interventionCount: number;
  kpi: KpiJson;
}
export interface ProposalJson {
  id: string;
  authorId: string;
  lever: string;
  value: number;
  startYear: number;
  rationale: string;
  status: string;
  votesFor: number;
  votesAgainst: number;
  votes: Record<string, string>;
  cost_NOK?: number;
}
export interface KpiJson {
  year: number;
  heatDemand_MWh: number;
  electricityForHeat_MWh: number;
  peakHeatLoad_MW: number;
}

export const KPI_FIELDS = [
  { key: "heatDemand_MWh", unit: "MWh", decimals: 0 },
  { key: "electricityForHeat_MWh", unit: "MWh", decimals: 0 },
  { key: "peakHeatLoad_MW", unit: "MW", decimals: 2 },
] as const;
export type KpiKey = (typeof KPI_FIELDS)[number]["key"];

/** "12 345 MWh (ref. 13 000 MWh, −5.0 %)": the current value, the baseline and the change. */
export function kpiText(
  current: number | undefined,
  baseline: number | undefined,
  unit: string,
  decimals: number,
  refLabel: string,
): string {
  // The first state can arrive before the first simulation result: show a dash, never throw.
  if (current === undefined || !Number.isFinite(current)) return "—";
  if (baseline === undefined || !Number.isFinite(baseline)) return withUnit(current, decimals, unit);
  const change = baseline !== 0 ? ((current - baseline) / Math.abs(baseline)) * 100 : 0;
  const sign = change > 0.05 ? "+" : change < -0.05 ? "\u2212" : "±";
  return `${withUnit(current, decimals, unit)} (${refLabel} ${withUnit(baseline, decimals, unit)}, ${sign}${Math.abs(change).toFixed(1)}\u2009%)`;
}

export function roleLabel(role: string, kind: string, lang: Lang): string {
  if (kind === "facilitator") return lang === "nb" ? "fasilitator" : "facilitator";
  if (kind === "spectator") return lang === "nb" ? "skjerm" : "screen";
  return ROLE_LABELS[role]?.[lang] ?? role;
}

/** Participants in a stable order: facilitator first, then by name. */
export function sortedParticipants(state: Pick<SessionStateJson, "participants">): ParticipantJson[] {
  const rank = (p: ParticipantJson) => (p.kind === "facilitator" ? 0 : p.kind === "participant" ? 1 : 2);
  return Object.values(state.participants).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Proposals newest first (ids are time-ordered by insertion in the map); open ones before decided ones. */
export function sortedProposals(state: Pick<SessionStateJson, "proposals">): ProposalJson[] {
  const all = Object.values(state.proposals);
  const order = new Map(all.map((p, i) => [p.id, i]));
  const rank = (p: ProposalJson) => (p.status === "open" ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b) || (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0));
}

/** The participant's colour, or white where it would vanish on the dark panel (the facilitator's black). */
export function readableOnDark(colour: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return "#ffffff";
  // relative luminance with the sRGB weights of WCAG 2 (linearisation omitted: a threshold, not a ratio)
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.25 ? "#ffffff" : colour;
}

/** At most `max` characters, cut at a word where possible, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// ---- facilitator controls -------------------------------------------------------------------------

/** Budgets the facilitator steps through [NOK]; 0 = no budget. */
export const BUDGET_STEPS_NOK = [0, 1e6, 2e6, 5e6, 10e6, 20e6, 50e6, 100e6, 200e6, 500e6, 1e9] as const;
/** Clock speeds the facilitator steps through [simulated years per minute]. */
export const SPEED_STEPS_YR_MIN = [0.5, 1, 2, 5, 10, 20] as const;

/** The next value of a sorted step list above (or below) `value`; stays at the ends. */
export function stepList(steps: readonly number[], value: number, direction: 1 | -1): number {
  if (direction > 0) return steps.find((s) => s > value + 1e-9) ?? steps[steps.length - 1];
  return [...steps].reverse().find((s) => s < value - 1e-9) ?? steps[0];
}

/** Variants in creation order (the map keeps insertion order), the active one marked by the caller. */
export function variantList(state: Pick<SessionStateJson, "variants">): VariantJson[] {
  return Object.values(state.variants ?? {});
}

/** One line per variant, baseline first: "Main*: 12 345 MWh · 10 000 MWh · 3.20 MW" (heat, electricity, peak). */
export function variantCompareLines(state: SessionStateJson, baselineLabel: string): string[] {
  const fmt = (k: KpiJson) => KPI_FIELDS.map((f) => withUnit(k[f.key], f.decimals, f.unit)).join(" · ");
  return [
    `${baselineLabel}: ${fmt(state.baseline)}`,
    ...variantList(state).map((v) => `${v.name}${v.id === state.activeVariantId ? "*" : ""}: ${fmt(v.kpi)}`),
  ];
}

/** "Budget 10.0 MNOK, 5.5 MNOK in proposals", or "" without a budget. */
export function budgetText(p: Pick<ParticipantJson, "budget_NOK" | "committed_NOK">, lang: Lang): string {
  if (!(p.budget_NOK && p.budget_NOK > 0)) return "";
  return lang === "nb"
    ? `budsjett ${formatNOK(p.budget_NOK)}, ${formatNOK(p.committed_NOK ?? 0)} i forslag`
    : `budget ${formatNOK(p.budget_NOK)}, ${formatNOK(p.committed_NOK ?? 0)} in proposals`;
}
