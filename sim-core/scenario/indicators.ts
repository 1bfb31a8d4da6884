// Indicator catalogue: U4SSC key performance indicators (ITU-T Y.4903 / U4SSC KPI collection) the
// twin reports per year, with definition, unit and the SDGs they serve, plus the twin's own operational ones.

export interface IndicatorDefinition {
  id: string;
  /** U4SSC KPI code where one exists. */
  u4ssc?: string;
  name: { nb: string; en: string };
  definition: string;
  unit: string;
  sdgs: number[];
  /** Which way is better, for trend arrows. */
  better: "higher" | "lower";
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: "renewableShare",
    u4ssc: "EN:E:E:1C",
    name: { nb: "Fornybarandel", en: "Renewable energy share" },
    definition: "Renewable share of the municipality's total final energy consumption",
    unit: "%",
    sdgs: [7, 13],
    better: "higher",
  },
  {
    id: "electricityPerCapita",
    u4ssc: "EN:E:E:2C",
    name: { nb: "Strøm per innbygger", en: "Electricity per capita" },
    definition: "Yearly electricity consumption divided by the population",
    unit: "kWh/capita/yr",
    sdgs: [7, 11],
    better: "lower",
  },
  {
    id: "residentialThermalPerCapita",
    u4ssc: "EN:E:E:3C",
    name: { nb: "Boligvarme per innbygger", en: "Residential thermal energy per capita" },
    definition: "Yearly space heating and hot water of dwellings divided by the population",
    unit: "GJ/capita/yr",
    sdgs: [7, 11],
    better: "lower",
  },
  {
    id: "publicBuildingEnergy",
    u4ssc: "EN:E:E:4A",
    name: { nb: "Energi i offentlige bygg", en: "Public building energy" },
    definition:
      "Yearly delivered energy of public buildings (schools, kindergartens, nursing homes) per m² heated floor",
    unit: "kWh/m²/yr",
    sdgs: [7, 11],
    better: "lower",
  },
  {
    id: "demandResponseShare",
    u4ssc: "EC:ICT:ES:3A",
    name: { nb: "Fleksibelt forbruk", en: "Demand-response share" },
    definition: "Share of electricity demand that is flexible (smart-charged EVs, batteries)",
    unit: "%",
    sdgs: [7, 9],
    better: "higher",
  },
  {
    id: "wasteRecycledShare",
    u4ssc: "EN:EN:WA:1C",
    name: { nb: "Avfall til materialgjenvinning", en: "Waste recycled" },
    definition: "Share of household waste to material recovery (incl. biogas and composting)",
    unit: "%",
    sdgs: [11, 12],
    better: "higher",
  },
  {
    id: "wasteIncineratedShare",
    u4ssc: "EN:EN:WA:1C",
    name: { nb: "Avfall til forbrenning", en: "Waste incinerated" },
    definition: "Share of household waste to incineration with energy recovery",
    unit: "%",
    sdgs: [11, 12],
    better: "lower",
  },
  {
    id: "wasteLandfillShare",
    u4ssc: "EN:EN:WA:1C",
    name: { nb: "Avfall til deponi", en: "Waste landfilled" },
    definition: "Share of household waste to landfill",
    unit: "%",
    sdgs: [11, 12],
    better: "lower",
  },
  {
    id: "ghgPerCapita",
    u4ssc: "EN:EN:AQ:2C",
    name: { nb: "Klimagass per innbygger", en: "GHG emissions per capita" },
    definition: "Yearly greenhouse-gas emissions in the twin's scope (buildings, transport energy, waste) per capita",
    unit: "tCO2e/capita/yr",
    sdgs: [13],
    better: "lower",
  },
  {
    id: "peakGridLoad",
    name: { nb: "Toppbelastning i nettet", en: "Peak grid load" },
    definition: "Highest hourly net electricity import of the municipality",
    unit: "MW",
    sdgs: [7, 9],
    better: "lower",
  },
  {
    id: "hoursOverGridCapacity",
    name: { nb: "Timer over nettkapasitet", en: "Hours over grid capacity" },
    definition: "Hours in the year when net import exceeds the grid capacity",
    unit: "h/yr",
    sdgs: [7, 9],
    better: "lower",
  },
  {
    id: "selfSufficiency",
    name: { nb: "Lokal selvforsyning", en: "Local self-sufficiency" },
    definition: "Share of electricity use met by local production in the same hour",
    unit: "%",
    sdgs: [7],
    better: "higher",
  },
  {
    id: "districtHeatFromWaste",
    name: { nb: "Fjernvarme fra avfall", en: "District heat from waste" },
    definition: "Yearly district heat delivered by the waste-to-energy plant",
    unit: "MWh/yr",
    sdgs: [7, 12],
    better: "higher",
  },
];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATORS.map((i) => [i.id, i]));
