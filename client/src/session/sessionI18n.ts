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
