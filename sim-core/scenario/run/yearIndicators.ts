// Every indicator of indicators.ts from a year's metrics. Formulas (each documented in ../README.md):
// renewableShare = (0.98·E + r_DH·DH + Bio) / (E + DH + Bio + Fossil) · 100, where E electricity use, DH district
//   heat delivered, Bio bio fuel, Fossil fossil car fuel; 0.98 = renewable share of Norwegian electricity
//   production (NVE, ≈ 98 % hydro and wind; recalled), r_DH the plants' renewable share (waste 0.5 biogenic,
//   heat pump 0.98, bio 1, electric boiler 0.98, oil 0).
// electricityPerCapita = E·1000 / population [kWh]; residentialThermalPerCapita = 3.6·(space+DHW of dwellings)
//   [GJ per MWh] / population; publicBuildingEnergy = delivered energy of schools, kindergartens, nursing homes /
//   their heated floor [kWh/m²]; demandResponseShare = (smart-charged EV energy + 365 · battery capacity, one
//   cycle a day, an upper bound) / E · 100; waste shares = materials model's U4SSC shares of household waste;
//   ghgPerCapita = (buildings' electricity, bio and DH CO2 + fossil-car CO2 − biogas-bus credit + waste GHG +
//   embodied GHG of construction) / population [t]; peakGridLoad = max hourly Σ areas (import − export) [MW];
//   hoursOverGridCapacity = hours with any area's import above its capacity; selfSufficiency = (E + DH plants'
//   electricity − Σ hourly area imports) / (E + DH plants' electricity) · 100; districtHeatFromWaste = the waste plant's heat [MWh].
import type { YearMetrics } from "./yearMetrics.ts";

export const GRID_RENEWABLE_SHARE = 0.98;
export const DH_RENEWABLE: Record<string, number> = {
  waste: 0.5,
  heatPump: GRID_RENEWABLE_SHARE,
  bio: 1,
  electricBoiler: GRID_RENEWABLE_SHARE,
  oil: 0,
};

/** GHG by sector [t CO2e/yr] (the EN:EN:AQ:2C breakdown). */
export function ghgBySector(m: YearMetrics): Record<string, number> {
  return {
    buildings: m.co2Electricity_t + m.co2Bio_t + m.co2DistrictHeat_t,
    transport: m.transport.fossilCar_t - m.transport.biogasBusCredit_t,
    waste: m.waste.ghg_t,
    construction: m.waste.embodiedGHG_t,
  };
}

export function yearIndicators(m: YearMetrics): Record<string, number> {
  const E = m.electricityUse_MWh;
  let plantHeat = 0;
  let renewableHeat = 0;
  for (const [kind, heat] of Object.entries(m.dhPlantHeat_MWh)) {
    plantHeat += heat;
    renewableHeat += heat * (DH_RENEWABLE[kind] ?? 0);
  }
  const rDh = plantHeat > 0 ? renewableHeat / plantHeat : 0;
  const total = E + m.districtHeat_MWh + m.bioFuel_MWh + m.transport.fossilFuel_MWh;
  const renewable = GRID_RENEWABLE_SHARE * E + rDh * m.districtHeat_MWh + m.bioFuel_MWh;
  const pop = m.population > 0 ? m.population : Number.NaN;
  const ghg = Object.values(ghgBySector(m)).reduce((a, b) => a + b, 0);
  const flexible = m.smartEv_MWh + 365 * m.batteryCapacity_MWh;
  return {
    renewableShare: total > 0 ? (100 * renewable) / total : 0,
    electricityPerCapita: (E * 1000) / pop,
    residentialThermalPerCapita: (3.6 * m.residentialThermal_MWh) / pop,
    publicBuildingEnergy: m.publicFloor_m2 > 0 ? (m.publicEnergy_MWh * 1000) / m.publicFloor_m2 : 0,
    demandResponseShare: E > 0 ? (100 * Math.min(flexible, E)) / E : 0,
    wasteRecycledShare: m.waste.shares_pct.recycled,
    wasteIncineratedShare: m.waste.shares_pct.incinerated,
    wasteLandfillShare: m.waste.shares_pct.landfill,
    ghgPerCapita: ghg / pop,
    peakGridLoad: m.peakGridLoad_MW,
    hoursOverGridCapacity: m.hoursOverGridCapacity,
    selfSufficiency: E > 0 ? (100 * Math.max(0, E + m.dhElectric_MWh - m.areaImport_MWh)) / (E + m.dhElectric_MWh) : 0,
    districtHeatFromWaste: m.waste.districtHeatFromWaste_MWh,
  };
}
