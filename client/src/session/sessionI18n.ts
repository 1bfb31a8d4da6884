// Bilingual labels of the session panel (bokmål default, English), following ui/i18n.ts's language switch.
import { ROLE_IDS, ROLES } from "../../../server/session/roles.ts";
import { lang } from "../ui/i18n.ts";

const LABELS = {
  title: { nb: "Samskaping", en: "Co-creation" },
  code: { nb: "Kode", en: "Code" },
  name: { nb: "Navn", en: "Name" },
  role: { nb: "Rolle", en: "Role" },
  join: { nb: "Bli med", en: "Join" },
  joining: { nb: "Kobler til …", en: "Joining …" },
  participants: { nb: "Deltakere", en: "Participants" },
  propose: { nb: "Foreslå", en: "Propose" },
  lever: { nb: "Tiltak", en: "Lever" },
  value: { nb: "Verdi", en: "Value" },
  from: { nb: "fra", en: "from" },
  rationale: { nb: "Begrunnelse", en: "Rationale" },
  proposals: { nb: "Forslag", en: "Proposals" },
  noProposals: { nb: "Ingen forslag ennå", en: "No proposals yet" },
  for: { nb: "for", en: "for" },
  against: { nb: "mot", en: "against" },
  voteFor: { nb: "Stem for", en: "Vote for" },
  voteAgainst: { nb: "Stem mot", en: "Vote against" },
  accept: { nb: "Godta", en: "Accept" },
  reject: { nb: "Avvis", en: "Reject" },
  open: { nb: "åpent", en: "open" },
  accepted: { nb: "godtatt", en: "accepted" },
  rejected: { nb: "avvist", en: "rejected" },
  result: { nb: "Resultat", en: "Result" },
  ref: { nb: "ref.", en: "ref." },
  heatDemand_MWh: { nb: "Varmebehov", en: "Heat demand" },
  electricityForHeat_MWh: { nb: "Strøm til varme", en: "Electricity for heat" },
  peakHeatLoad_MW: { nb: "Makslast", en: "Peak load" },
  simulating: { nb: "simulerer …", en: "simulating …" },
  you: { nb: "deg", en: "you" },
  away: { nb: "borte", en: "away" },
  spectating: { nb: "Skjerm: kun visning", en: "Screen: view only" },
  defaultRationale: { nb: "Kutt strømbruken", en: "Cut electricity use" },
  facilitator: { nb: "Fasilitator", en: "Facilitator" },
  show: { nb: "Vis", en: "Show" },
  hide: { nb: "Skjul", en: "Hide" },
  year: { nb: "År", en: "Year" },
  play: { nb: "▶ Spill", en: "▶ Play" },
  pause: { nb: "⏸ Pause", en: "⏸ Pause" },
  speed: { nb: "år/min", en: "yr/min" },
  focus: { nb: "Fokus", en: "Focus" },
  energy: { nb: "energi", en: "energy" },
  circular: { nb: "sirkulær", en: "circular" },
  both: { nb: "begge", en: "both" },
  rule: { nb: "Beslutning", en: "Decision" },
  ruleFacilitator: { nb: "fasilitator", en: "facilitator" },
  ruleMajority: { nb: "flertall", en: "majority" },
  lock: { nb: "Lås", en: "Lock" },
  unlock: { nb: "Lås opp", en: "Unlock" },
  locked: { nb: "Låst", en: "Locked" },
  none: { nb: "ingen", en: "none" },
  variant: { nb: "Variant", en: "Variant" },
  branch: { nb: "Ny variant", en: "Branch" },
  compare: { nb: "Sammenlign (varme · strøm · makslast)", en: "Compare (heat · electricity · peak)" },
  baseline: { nb: "Referanse", en: "Baseline" },
  budget: { nb: "Budsjett", en: "Budget" },
  noBudget: { nb: "uten budsjett", en: "no budget" },
  setRole: { nb: "Sett rolle", en: "Set role" },
  reset: { nb: "Nullstill", en: "Reset" },
  report: { nb: "Rapport", en: "Report" },
  exportJson: { nb: "JSON", en: "JSON" },
  lobby: { nb: "Åpne økter", en: "Open sessions" },
  refresh: { nb: "Oppdater", en: "Refresh" },
  live: { nb: "aktiv", en: "live" },
  connected: { nb: "tilkoblet", en: "connected" },
} as const;

export type SessionLabel = keyof typeof LABELS;

export const st = (key: SessionLabel): string => LABELS[key][lang()];

export const ROLE_LABELS: Readonly<Record<string, { nb: string; en: string }>> = Object.fromEntries(
  ROLE_IDS.map((id) => [id, ROLES[id].label]),
);
export const ROLE_COLOURS: Readonly<Record<string, string>> = Object.fromEntries(
  ROLE_IDS.map((id) => [id, ROLES[id].colour]),
);
export { ROLE_IDS };
