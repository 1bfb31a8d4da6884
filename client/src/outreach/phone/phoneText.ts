// The phone page's words, in plain bokmål and English.
import type { Lang } from "../../ui/i18n.ts";

export const PHONE_TEXT = {
  title: { nb: "Bli med og bestem!", en: "Join in and decide!" },
  intro: {
    nb: "Hva skal byen vår gjøre for å bruke mindre energi og kaste mindre?",
    en: "What should our city do to use less energy and waste less?",
  },
  code: { nb: "Kode fra skjermen", en: "Code from the screen" },
  name: { nb: "Fornavnet ditt", en: "Your first name" },
  join: { nb: "Bli med", en: "Join" },
  language: { nb: "English", en: "Norsk" },
  levers: { nb: "Hva vil du foreslå?", en: "What do you suggest?" },
  now: { nb: "Nå", en: "Now" },
  bit: { nb: "Litt", en: "A bit" },
  lot: { nb: "Mye", en: "A lot" },
  proposals: { nb: "Forslag — stem!", en: "Proposals — vote!" },
  noProposals: { nb: "Ingen forslag ennå.", en: "No proposals yet." },
  yes: { nb: "Ja", en: "Yes" },
  no: { nb: "Nei", en: "No" },
  open: { nb: "Venter på avgjørelse", en: "Waiting for a decision" },
  accepted: { nb: "Godtatt!", en: "Accepted!" },
  rejected: { nb: "Ikke godtatt", en: "Not accepted" },
  result: { nb: "Slik går det med byen", en: "How the city is doing" },
  vsBaseline: { nb: "mot i dag", en: "vs today" },
  goals: { nb: "Bærekraftsmålene", en: "The sustainability goals" },
  noData: { nb: "ingen tall ennå", en: "no numbers yet" },
  joining: { nb: "Kobler til …", en: "Connecting …" },
  from: { nb: "fra", en: "from" },
  heatDemand_MWh: { nb: "Varme til byggene", en: "Heat for the buildings" },
  electricityForHeat_MWh: { nb: "Strøm til oppvarming", en: "Electricity for heating" },
  peakHeatLoad_MW: { nb: "Største varmebehov på en kald dag", en: "Biggest heat need on a cold day" },
} as const satisfies Record<string, Record<Lang, string>>;

export type PhoneKey = keyof typeof PHONE_TEXT;
