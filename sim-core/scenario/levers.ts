// The lever catalogue: what a scenario can change, with unit, range, default and a cost model.
// Costs are approximate Norwegian 2024 price levels (status "approximate": recalled from public
// cost bases — Enova, NVE Kostnader i energisektoren, SINTEF Byggforsk — not verified offline).

export type LeverDomain = "energy" | "circular";

export interface CostModel {
  /** Investment per unit of the lever's cost basis [NOK]. */
  capex_NOK: number;
  /** Yearly operation and maintenance per unit of the cost basis [NOK/yr]. */
  opex_NOK_yr: number;
  lifetime_yr: number;
  /** What one unit of cost is counted on, e.g. "m² retrofitted floor area", "kWp". */
  basis: string;
}

export interface Lever {
  id: string;
  domain: LeverDomain;
  label: { nb: string; en: string };
  unit: string;
  min: number;
  max: number;
  default: number;
  cost: CostModel;
  source: string;
}

const APPROX = "approximate 2024 price level; replace from Enova/NVE/SINTEF cost bases";

export const LEVERS: readonly Lever[] = [
  {
    id: "retrofitRate",
    domain: "energy",
    label: { nb: "Etterisolering, andel per år", en: "Retrofit rate per year" },
    unit: "%/yr of pre-2007 floor area",
    min: 0,
    max: 5,
    default: 0.5,
    cost: { capex_NOK: 3500, opex_NOK_yr: 0, lifetime_yr: 40, basis: "m² floor area retrofitted" },
    source: APPROX,
  },
  {
    id: "retrofitDepth",
    domain: "energy",
    label: { nb: "Etterisoleringsnivå", en: "Retrofit depth" },
    unit: "0 = TEK17, 1 = passive house",
    min: 0,
    max: 1,
    default: 0,
    cost: { capex_NOK: 1500, opex_NOK_yr: 0, lifetime_yr: 40, basis: "m² floor area, extra for passive house" },
    source: APPROX,
  },
  {
    id: "heatPumpShare",
    domain: "energy",
    label: { nb: "Varmepumper i stedet for direkte elektrisk", en: "Heat pumps replacing direct electric" },
    unit: "% of direct-electric buildings",
    min: 0,
    max: 100,
    default: 0,
    cost: { capex_NOK: 35000, opex_NOK_yr: 500, lifetime_yr: 15, basis: "building converted" },
    source: APPROX,
  },
  {
    id: "rooftopPvShare",
    domain: "energy",
    label: { nb: "Solceller på tak, andel bygg", en: "Rooftop PV, share of buildings" },
    unit: "% of buildings",
    min: 0,
    max: 100,
    default: 2,
    cost: { capex_NOK: 12000, opex_NOK_yr: 150, lifetime_yr: 25, basis: "kWp" },
    source: APPROX,
  },
  {
    id: "rooftopPvSize",
    domain: "energy",
    label: { nb: "Solcelleareal, andel av tak", en: "PV size, share of roof" },
    unit: "% of roof area",
    min: 10,
    max: 80,
    default: 40,
    cost: { capex_NOK: 0, opex_NOK_yr: 0, lifetime_yr: 25, basis: "costed through rooftopPvShare (kWp)" },
    source: "sizing lever; cost counted per kWp",
  },
  {
    id: "batteryShare",
    domain: "energy",
    label: { nb: "Batterier, andel bygg med solceller", en: "Batteries, share of PV buildings" },
    unit: "% of PV buildings",
    min: 0,
    max: 100,
    default: 0,
    cost: { capex_NOK: 6000, opex_NOK_yr: 0, lifetime_yr: 12, basis: "kWh storage" },
    source: APPROX,
  },
  {
    id: "evShare",
    domain: "energy",
    label: { nb: "Elbilandel av bilparken", en: "EV share of car fleet" },
    unit: "% of cars",
    min: 0,
    max: 100,
    default: 21,
    cost: { capex_NOK: 0, opex_NOK_yr: 0, lifetime_yr: 12, basis: "private purchase; public cost via chargers" },
    source: "2022 stock share 21 %: SSB (verified_defaults_baerum_alesund.json)",
  },
  {
    id: "smartChargingShare",
    domain: "energy",
    label: { nb: "Smartlading, andel elbiler", en: "Smart charging, share of EVs" },
    unit: "% of EVs",
    min: 0,
    max: 100,
    default: 10,
    cost: { capex_NOK: 3000, opex_NOK_yr: 100, lifetime_yr: 10, basis: "EV with smart charger" },
    source: APPROX,
  },
  {
    id: "districtHeatExpansion",
    domain: "energy",
    label: { nb: "Fjernvarmeutbygging, avstand fra nett", en: "District-heat expansion, distance from network" },
    unit: "m",
    min: 0,
    max: 1000,
    default: 0,
    cost: { capex_NOK: 8000, opex_NOK_yr: 50, lifetime_yr: 40, basis: "m of trench" },
    source: APPROX,
  },
  {
    id: "newHeatPlant",
    domain: "energy",
    label: { nb: "Ny varmesentral (sjøvann-VP)", en: "New heat plant (sea-water heat pump)" },
    unit: "MW heat",
    min: 0,
    max: 50,
    default: 0,
    cost: { capex_NOK: 12_000_000, opex_NOK_yr: 250_000, lifetime_yr: 25, basis: "MW heat capacity" },
    source: APPROX,
  },
  {
    id: "gridCapacityUpgrade",
    domain: "energy",
    label: { nb: "Økt nettkapasitet", en: "Grid capacity upgrade" },
    unit: "% of today's capacity",
    min: 0,
    max: 100,
    default: 0,
    cost: { capex_NOK: 4_000_000, opex_NOK_yr: 40_000, lifetime_yr: 40, basis: "MW added capacity" },
    source: APPROX,
  },
  {
    id: "sourceSeparation",
    domain: "circular",
    label: { nb: "Kildesorteringskampanje", en: "Source-separation campaign" },
    unit: "percentage points of sorting efficiency",
    min: 0,
    max: 40,
    default: 0,
    cost: { capex_NOK: 0, opex_NOK_yr: 15, lifetime_yr: 1, basis: "inhabitant per year" },
    source: APPROX,
  },
  {
    id: "foodWasteReduction",
    domain: "circular",
    label: { nb: "Mindre matsvinn", en: "Food waste reduction" },
    unit: "% of food waste",
    min: 0,
    max: 50,
    default: 0,
    cost: { capex_NOK: 0, opex_NOK_yr: 10, lifetime_yr: 1, basis: "inhabitant per year" },
    source: APPROX,
  },
  {
    id: "reuseCentres",
    domain: "circular",
    label: { nb: "Ombrukssentre", en: "Reuse centres" },
    unit: "centres",
    min: 0,
    max: 10,
    default: 1,
    cost: { capex_NOK: 5_000_000, opex_NOK_yr: 2_000_000, lifetime_yr: 20, basis: "centre" },
    source: APPROX,
  },
  {
    id: "payAsYouThrow",
    domain: "circular",
    label: { nb: "Betal for restavfall", en: "Pay-as-you-throw" },
    unit: "0 = off, 1 = on",
    min: 0,
    max: 1,
    default: 0,
    cost: { capex_NOK: 0, opex_NOK_yr: 20, lifetime_yr: 1, basis: "inhabitant per year" },
    source: APPROX,
  },
  {
    id: "biogasBuses",
    domain: "circular",
    label: { nb: "Biogass til busser", en: "Biogas for buses" },
    unit: "% of city buses",
    min: 0,
    max: 100,
    default: 0,
    cost: { capex_NOK: 300_000, opex_NOK_yr: 0, lifetime_yr: 12, basis: "bus converted" },
    source: APPROX,
  },
  {
    id: "componentReuse",
    domain: "circular",
    label: { nb: "Ombruk av byggdeler", en: "Reuse of building components" },
    unit: "% of demolition components",
    min: 0,
    max: 50,
    default: 2,
    cost: { capex_NOK: 300, opex_NOK_yr: 0, lifetime_yr: 1, basis: "tonne reused" },
    source: APPROX,
  },
  {
    id: "timberShare",
    domain: "circular",
    label: { nb: "Tre i nybygg", en: "Timber share in new construction" },
    unit: "% of new floor area",
    min: 0,
    max: 100,
    default: 10,
    cost: { capex_NOK: 200, opex_NOK_yr: 0, lifetime_yr: 60, basis: "m² new floor area, extra over concrete" },
    source: APPROX,
  },
];

export const LEVER_BY_ID: ReadonlyMap<string, Lever> = new Map(LEVERS.map((l) => [l.id, l]));
