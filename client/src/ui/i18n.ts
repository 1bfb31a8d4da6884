// Bilingual labels: Norwegian bokmål (default) and English.
export type Lang = "nb" | "en";

const LABELS = {
  outdoor: { nb: "Ute", en: "Outdoor" },
  heatLoad: { nb: "Varmelast", en: "Heat load" },
  setpoint: { nb: "Innetemp.", en: "Indoor set." },
  play: { nb: "spill", en: "play" },
  pause: { nb: "pause", en: "pause" },
  speed: { nb: "Fart", en: "Speed" },
  language: { nb: "EN", en: "NB" },
  yearlyHeat: { nb: "Varmebehov per år", en: "Yearly heat demand" },
  intensity: { nb: "Varmebehov per m²", en: "Heat demand per m²" },
  peakLoad: { nb: "Makslast", en: "Peak load" },
  loadNow: { nb: "Last nå", en: "Load now" },
  vsBaseline: { nb: "mot referanse", en: "vs baseline" },
  changeSinceBaseline: { nb: "Endring mot referanse", en: "Change since baseline" },
  loadOfDay: { nb: "Varmelast gjennom døgnet", en: "Hourly heat load of the day" },
  baseline: { nb: "referanse", en: "baseline" },
  current: { nb: "nå", en: "current" },
  simulating: { nb: "Simulerer året …", en: "Simulating the year …" },
  live: { nb: "direkte", en: "live" },
  use: { nb: "Bruk", en: "Use" },
  period: { nb: "Byggeår", en: "Built" },
  floorArea: { nb: "Areal", en: "Floor area" },
  heatLossCoeff: { nb: "Varmetapstall H", en: "Heat-loss coeff. H" },
  yearHeat: { nb: "Varme per år", en: "Heat per year" },
  district: { nb: "Strøk", en: "District" },
  close: { nb: "lukk", en: "close" },
  sun: { nb: "solhøyde", en: "sun elevation" },
} as const;

export type LabelKey = keyof typeof LABELS;

let current: Lang = "nb";

export const lang = (): Lang => current;
export const setLang = (l: Lang) => {
  current = l;
};
export const t = (key: LabelKey): string => LABELS[key][current];

const USES: Record<string, { nb: string; en: string }> = {
  house: { nb: "enebolig", en: "house" },
  rowhouse: { nb: "rekkehus", en: "row house" },
  apartment: { nb: "boligblokk", en: "apartment block" },
  office: { nb: "kontor", en: "office" },
  school: { nb: "skole", en: "school" },
};
export const useLabel = (use: string): string => USES[use]?.[current] ?? use;
