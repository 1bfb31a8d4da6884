// Calibration rows of one municipality: the full energy model's year and the materials model's year against
// published statistics. Pure: takes the finished runs, returns rows and the Markdown (tested with a small stock).
import type { CityDataset, EnergyModel, MaterialsIndicators } from "../../sim-core/index.ts";
import * as L from "../../sim-core/host/supply/layout.ts";
import { NOTES } from "./notes.ts";

export interface Row {
  indicator: string;
  twin: number;
  statistic: number | null;
  unit: string;
  source: string;
  note: string;
}

/** Published figures used by the report (/work/shared/data/verified_defaults_baerum_alesund.json). */
export const STATISTICS = {
  householdEnergy2009_MWh_inh: 8.8, // Bærum, SSB stationary energy use in households 2009
  householdElectricity2023_kWh_household: 15700, // SSB national average 2023
  wasteNorway2023_kg_inh: 375, // SSB Avfall frå hushalda 2023
  treatment2023_kt: {
    baerum: { total: 509, recycling: 139, incineration: 256, landfill: 13, biogas: 42, composting: 48, other: 10 },
    alesund: { total: 109, recycling: 27, incineration: 52, landfill: 4, biogas: 9, composting: 14, other: 3 },
  },
  grautnesetHeat_GWh: 150, // Tafjord line-2 plan (2007), heat made available
  alesundGhg2018_t: 300000, // ≈, 1507 borders
  alesundIncinerationShare_pct: 18,
  baerumEvShare2019_pct: 18.4,
} as const;

/** Quantities the notes quote to explain a gap (computed from the same run). */
export interface Diagnostics {
  residents: number;
  dwellings: number;
  heatPumpDwellingShare_pct: number;
  dhDwellingShare_pct: number;
  householdAmbient_MWh_inh: number;
  /** Space heat + hot water + appliances (useful energy) per inhabitant [MWh]. */
  householdUseful_MWh_inh: number;
  dhFloor_m2: number;
  dh_kWh_m2: number;
  wastePlantHeat_GWh: number;
  wastePlantBurnt_kt: number;
  evCount: number;
  evPerDwelling: number;
  cars: number;
  datasetEvShare_pct: number;
}

const RESIDENTIAL = new Set(["house", "rowhouse", "apartment"]);
const SSB_WASTE = "SSB Avfall frå hushalda 2023 (verified)";

export const gapPct = (twin: number, stat: number | null): number | null =>
  stat === null || stat === 0 ? null : ((twin - stat) / stat) * 100;

export function calibrationRows(
  key: "baerum" | "alesund",
  city: CityDataset,
  model: EnergyModel,
  waste: MaterialsIndicators,
  stock: { evs: number; cars: number; evsPerDwelling: number },
): Row[] {
  const n = model.buildings;
  const residents = city.buildings.reduce((s, b) => s + (b.residents ?? 0), 0);
  let householdDelivered_Wh = 0;
  let householdEl_Wh = 0;
  let allEl_Wh = 0;
  let dwellings = 0;
  let heatPumpDwellings = 0;
  let dhDwellings = 0;
  let householdAmbient_Wh = 0;
  let householdUseful_Wh = 0;
  let dhFloor_m2 = 0;
  let dhDelivered_Wh = 0;
  const system = model.inputs.supply.buildings.system;
  const y = model.supply.yearly;
  for (let i = 0; i < n; i++) {
    const r = i * L.M_STRIDE;
    const el = y[r + L.M_EL_SPACE] + y[r + L.M_EL_DHW] + y[r + L.M_EL_COOL] + y[r + L.M_EL_APPLIANCES];
    allEl_Wh += el + y[r + L.M_EL_EV];
    const b = city.buildings[i];
    const sys = system[i] as number;
    if (sys === L.SYS_DISTRICT) {
      dhFloor_m2 += model.inputs.floorArea_m2[i];
      dhDelivered_Wh += y[r + L.M_DISTRICT_HEAT];
    }
    if (!RESIDENTIAL.has(b.use)) continue;
    householdEl_Wh += el;
    householdDelivered_Wh += el + y[r + L.M_DISTRICT_HEAT] + y[r + L.M_BIO_FUEL];
    householdAmbient_Wh += y[r + L.M_AMBIENT];
    householdUseful_Wh += y[r + L.M_SPACE_HEAT] + y[r + L.M_DHW] + y[r + L.M_EL_APPLIANCES];
    const d = b.dwellings ?? Math.max(1, Math.round(model.inputs.floorArea_m2[i] / 100));
    dwellings += d;
    if (sys === L.SYS_HP_AIR_AIR || sys === L.SYS_HP_AIR_WATER || sys === L.SYS_HP_GROUND) heatPumpDwellings += d;
    if (sys === L.SYS_DISTRICT) dhDwellings += d;
  }
  const evCount = stock.evs;
  const extra = city as CityDataset & {
    population?: number;
    carFleet?: { cars: number; evShare: number; evShareYear: number };
  };
  const fleet = extra.carFleet;
  const d: Diagnostics = {
    residents,
    dwellings,
    heatPumpDwellingShare_pct: (100 * heatPumpDwellings) / dwellings,
    dhDwellingShare_pct: (100 * dhDwellings) / dwellings,
    householdAmbient_MWh_inh: householdAmbient_Wh / residents / 1e6,
    householdUseful_MWh_inh: householdUseful_Wh / residents / 1e6,
    dhFloor_m2,
    dh_kWh_m2: dhDelivered_Wh / 1000 / Math.max(dhFloor_m2, 1),
    wastePlantHeat_GWh: waste.incineration.heat_MWh / 1000,
    wastePlantBurnt_kt: waste.incineration.burnt_t / 1000,
    evCount,
    evPerDwelling: stock.evsPerDwelling,
    cars: stock.cars,
    datasetEvShare_pct: 100 * (fleet?.evShare ?? 0),
  };

  const rows: Row[] = [
    {
      indicator: "population",
      twin: residents,
      statistic: extra.population ?? null,
      unit: "inhabitants",
      source: "SSB via aprestmo/norway-geodata (verified)",
      note: "the stock generator distributes exactly this figure over the dwellings",
    },
    {
      indicator: "electricity per capita, all buildings and EV charging",
      twin: allEl_Wh / residents / 1e6,
      statistic: null,
      unit: "MWh/inhabitant/yr",
      source: "no municipal statistic offline",
      note: "delivered electricity (space, hot water, cooling, appliances, EVs) before PV; shown for context",
    },
    {
      indicator: "household electricity per dwelling (no EV)",
      twin: householdEl_Wh / dwellings / 1000,
      statistic: STATISTICS.householdElectricity2023_kWh_household,
      unit: "kWh/dwelling/yr",
      source: "SSB 'Hva er gjennomsnittlig strømforbruk i husholdningene', national mean 2023 (verified)",
      note: "",
    },
    {
      indicator: "household energy per capita, all end uses (delivered el + DH + bio)",
      twin: householdDelivered_Wh / residents / 1e6,
      statistic: key === "baerum" ? STATISTICS.householdEnergy2009_MWh_inh : null,
      unit: "MWh/inhabitant/yr",
      source:
        key === "baerum"
          ? "SSB stationary energy use in households 2009, Bærum (verified)"
          : "no municipal statistic offline",
      note: "",
    },
  ];
  if (key === "alesund") {
    const s = model.supply;
    let dh_Wh = 0;
    for (let h = 0; h < model.hours; h++) dh_Wh += s.dhSeries[h * L.D_STRIDE + L.D_DEMAND];
    rows.push({
      indicator: "district heat delivered to buildings (Tafjord network)",
      twin: dh_Wh / 1e9,
      statistic: STATISTICS.grautnesetHeat_GWh,
      unit: "GWh/yr",
      source: "Grautneset heat made available after line 2, fjernvarme.no 2007 plan (verified, approximate)",
      note: "",
    });
  }
  rows.push({
    indicator: "household waste per capita",
    twin: waste.householdWaste_kg_per_inh_yr,
    statistic: STATISTICS.wasteNorway2023_kg_inh,
    unit: "kg/inhabitant/yr",
    source: `${SSB_WASTE}, national`,
    note: "the materials model's rates are the national 2023 per-capita rates (no municipal rate offline)",
  });
  const county = STATISTICS.treatment2023_kt[key];
  const countyName = key === "baerum" ? "Viken" : "Møre og Romsdal";
  const t = waste.treatment_t;
  const gen = waste.generated_t;
  const share = (v: number) => (100 * v) / gen;
  const treat: [string, number, number][] = [
    ["material recycling", t.recycling, county.recycling],
    ["incineration", t.incineration, county.incineration],
    ["biogas", t.biogas, county.biogas],
    ["composting", t.composting, county.composting],
    ["landfill", t.landfill, county.landfill],
    ["other (special, reuse)", t.special + t.reused, county.other],
  ];
  for (const [name, twin, stat] of treat)
    rows.push({
      indicator: `household waste to ${name}`,
      twin: share(twin),
      statistic: (100 * stat) / county.total,
      unit: "% of household waste",
      source: `${SSB_WASTE}, county ${countyName} (${stat} of ${county.total} kt)`,
      note: "",
    });
  if (key === "alesund")
    rows.push({
      indicator: "GHG from waste incineration (Grautneset, fossil CO2)",
      twin: waste.incineration.fossilCO2_t / 1000,
      statistic: (STATISTICS.alesundIncinerationShare_pct / 100) * (STATISTICS.alesundGhg2018_t / 1000),
      unit: "kt CO2e/yr",
      source:
        "18 % of ≈300 kt (Ålesund klimabudsjett via Sunnmørsposten 2021; Møre og Romsdal fylkesstatistikk 2018, 1507 borders)",
      note: "",
    });
  else
    rows.push({
      indicator: "GHG from waste (collection, landfill methane) of Bærum's household waste",
      twin: (waste.ghgFromWaste_tCO2e - waste.incineration.fossilCO2_t) / 1000,
      statistic: null,
      unit: "kt CO2e/yr",
      source: "Bærum Klimastrategi 2030: waste, wastewater and landfill gas 3 % of direct emissions (a share only)",
      note: "",
    });
  rows.push({
    indicator: "EV share of the passenger-car stock",
    twin: stock.cars > 0 ? (100 * evCount) / stock.cars : 0,
    statistic: key === "baerum" ? STATISTICS.baerumEvShare2019_pct : null,
    unit: "% of cars",
    source:
      key === "baerum"
        ? "OFV 30 Jun 2019 (verified)"
        : "no municipal statistic offline (dataset input 30 %, approximate)",
    note: "",
  });
  const notes = NOTES[key];
  return rows.map((r) => ({ ...r, note: notes[r.indicator]?.(d, r) ?? r.note }));
}
