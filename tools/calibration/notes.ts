// Why each gap is what it is, per municipality and indicator. The numbers quoted come from the same run
// (Diagnostics), so a note never goes stale when the model changes; the reasoning was written after reading
// the results and must be revisited if a gap changes sign or size.
import { wasteData } from "../../sim-core/host/materials/defaults.ts";
import type { Diagnostics, Row } from "./rows.ts";

type Note = (d: Diagnostics, r: Row) => string;
const f0 = (v: number) => Math.round(v).toLocaleString("en-US");
const f1 = (v: number) => v.toFixed(1);

const national = wasteData.ssb2023.treatment_kt as Record<string, number>;
const nationalPct = (key: string) => (100 * national[key]) / wasteData.ssb2023.total_kt;
const treatmentNote =
  (key: string, label: string): Note =>
  (_d, r) => {
    const g = r.statistic === null ? 0 : Math.abs((r.twin - r.statistic) / r.statistic);
    const base = `the materials model routes every municipality's waste with Norway's 2023 treatment shares (national ${label} ${f1(nationalPct(key))} %)`;
    return g <= 0.1
      ? `${base}; the county is close to the national share`
      : `${base}; the county's own routes differ from the national mean and no municipal or county routing is in the defaults — a county-specific transfer table would close this, not a tuned one`;
  };

const common: Record<string, Note> = {
  population: () => "the stock generator distributes exactly this figure over the dwellings",
  "electricity per capita, all buildings and EV charging": () =>
    "delivered electricity of all buildings (space heat, hot water, cooling, appliances) and EV charging, before PV; no municipal statistic offline, shown for context",
  "household waste per capita": () =>
    "by construction: the materials model's generation rates are SSB's national 2023 per-capita rates (no municipal rate offline)",
  "household waste to material recycling": treatmentNote("material_recycling", "recycling"),
  "household waste to incineration": treatmentNote("incineration", "incineration"),
  "household waste to biogas": treatmentNote("biogas", "biogas"),
  "household waste to composting": treatmentNote("composting", "composting"),
  "household waste to landfill": treatmentNote("landfill", "landfill"),
  "household waste to other (special, reuse)": treatmentNote("other", "other"),
  "household electricity per dwelling (no EV)": (d, r) => {
    const g = r.statistic === null ? 0 : (r.twin - r.statistic) / r.statistic;
    const base = `national mean of all households; in the twin ${f1(d.heatPumpDwellingShare_pct)} % of dwellings heat with heat pumps and ${f1(d.dhDwellingShare_pct)} % with district heat (no electricity for space heat)`;
    return Math.abs(g) <= 0.1
      ? base
      : `${base}: the district-heated share is far above the national one, which lowers the electricity per dwelling; a national mean is not this town's statistic`;
  },
  "EV share of the passenger-car stock": (d) =>
    `an input, not a model result: the scenario base (sim-core/scenario/run/baseline.ts) gives every dwelling the municipality's cars per dwelling (the dataset's ${f0(d.cars)} cars ÷ its dwellings) and the dataset's EV share (${f1(d.datasetEvShare_pct)} %): ${f0(d.evCount)} EVs, ${d.evPerDwelling.toFixed(3)} per dwelling, so the row agrees by construction. (Before, the model's default 0.6 EVs per dwelling was used, which is 0.6 of 1.23 cars per dwelling in Bærum: +166 %.) The statistic is for June 2019 while the twin's base year is 2025; the national share rose to 21 % by end 2022 (SSB), so a 2025 statistic would be higher`,
};

export const NOTES: Record<"baerum" | "alesund", Record<string, Note>> = {
  baerum: {
    ...common,
    "household energy per capita, all end uses (delivered el + DH + bio)": (d) =>
      `delivered energy like SSB's; ${f1(d.heatPumpDwellingShare_pct)} % of the twin's dwellings have heat pumps (default mix from SSB 2012, national), whose ambient heat (${d.householdAmbient_MWh_inh.toFixed(2)} MWh/inhabitant) is not delivered energy. In 2009 far fewer Bærum homes had heat pumps and more burned oil and wood; the twin's stock is also the 2024 stock with its newer dwellings. The useful energy (space heat + hot water + appliances) is ${d.householdUseful_MWh_inh.toFixed(2)} MWh/inhabitant`,
    "GHG from waste (collection, landfill methane) of Bærum's household waste": () =>
      "no absolute statistic offline (only a 3 % share of direct emissions); the residual waste is burnt outside the twin (no plant of Bærum's own in the dataset), so only collection and landfill methane count",
  },
  alesund: {
    ...common,
    "household energy per capita, all end uses (delivered el + DH + bio)": (d) =>
      `${f1(d.dhDwellingShare_pct)} % of dwellings on district heat, ${f1(d.heatPumpDwellingShare_pct)} % with heat pumps`,
    "district heat delivered to buildings (Tafjord network)": (d, r) => {
      const g = r.statistic === null ? 0 : (r.twin - r.statistic) / r.statistic;
      const base = `the twin connects the dataset's 2,471 buildings (25 % of the town's buildings, verified), drawn uniformly among the network districts' buildings (the dataset's largest-floor-area-first order has no source and put 1.60 million m², 36 % of the town's floor, on the network: +37 %): ${(d.dhFloor_m2 / 1e6).toFixed(2)} million m² at ${f0(d.dh_kWh_m2)} kWh/m²`;
      return Math.abs(g) <= 0.1
        ? base
        : `${base}. The statistic is the heat the waste plant makes available (2007 plan for line 2: ${f0(d.wastePlantHeat_GWh)} GWh in the twin from ${f0(d.wastePlantBurnt_kt)} kt), not heat delivered to buildings: network losses (10 % in the twin) and summer heat the network cannot take (dumped) lie between the two, and the network has grown since 2007; no delivery statistic is offline`;
    },
    "GHG from waste incineration (Grautneset, fossil CO2)": (d) =>
      `the plant burns ${f0(d.wastePlantBurnt_kt)} kt (the ÅRIM region's residual waste up to its verified 100 kt capacity) with fossil carbon per fraction from IPCC 2006 defaults and an assumed residual-bin composition (assets/materials, not fitted to this row); the statistic is for 2018 on the 1507 borders`,
  },
};
