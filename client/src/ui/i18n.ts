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
  retrofitted: { nb: "etterisolert", en: "retrofitted" },
  system: { nb: "Oppvarming", en: "Heating" },
  spaceHeat: { nb: "Romvarme", en: "Space heating" },
  dhw: { nb: "Varmtvann", en: "Hot water" },
  appliances: { nb: "Lys og utstyr", en: "Lighting & appliances" },
  ev: { nb: "Elbillading", en: "EV charging" },
  pv: { nb: "Solcellestrøm", en: "PV output" },
  delivered: { nb: "Levert energi", en: "Delivered energy" },
  co2: { nb: "Utslipp", en: "Emissions" },
  gridOfDay: { nb: "Nettimport gjennom døgnet", en: "Grid import through the day" },
  levers: { nb: "Spaker", en: "Levers" },
  reset: { nb: "nullstill", en: "reset" },
  saveVariant: { nb: "lagre variant", en: "save variant" },
  synthetic: {
    nb: "Syntetisk bygningsgeometri til ekte bygg importeres — slipp en GeoJSON- eller CityJSON-fil her",
    en: "Synthetic building geometry until real buildings are imported — drop a GeoJSON or CityJSON file here",
  },
  imported: { nb: "Importerte bygg", en: "Imported buildings" },
  annualCost: { nb: "årskostnad", en: "annual cost" },
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
  kindergarten: { nb: "barnehage", en: "kindergarten" },
  nursinghome: { nb: "sykehjem", en: "nursing home" },
  retail: { nb: "butikk", en: "retail" },
  hotel: { nb: "hotell", en: "hotel" },
  industry: { nb: "industri", en: "industry" },
  sports: { nb: "idrettsbygg", en: "sports" },
};
export const useLabel = (use: string): string => USES[use]?.[current] ?? use;
