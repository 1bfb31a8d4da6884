// Model results of one simulated year reduced to the numbers the indicators, costs and Sankeys need.
// Everything is read from the EnergyModel's result views and the materials model's indicators once, so a
// year's metrics are plain data (they travel to workers, get interpolated and written to JSON).
import type { CityBuilding } from "../../host/city.ts";
import type { MaterialsIndicators } from "../../host/materials/indicators.ts";
import type { EnergyModel } from "../../host/model/EnergyModel.ts";
import * as L from "../../host/supply/layout.ts";
import { type EnergyYearView, totalOf, viewOfModel } from "./yearView.ts";

const PUBLIC_USES = new Set(["school", "kindergarten", "nursinghome"]);

/** Yearly totals [MWh, t, h] of one simulated year. */
export interface YearMetrics {
  population: number;
  /** Electricity used by buildings and EV charging (space, DHW, cooling, appliances, EV), before PV [MWh]. */
  electricityUse_MWh: number;
  elSpace_MWh: number;
  elDhw_MWh: number;
  elCool_MWh: number;
  elAppliances_MWh: number;
  elEv_MWh: number;
  smartEv_MWh: number;
  pv_MWh: number;
  gridImport_MWh: number;
  gridExport_MWh: number;
  /** Electricity drawn from the grid after netting within each grid area, each hour [MWh]. */
  areaImport_MWh: number;
  districtHeat_MWh: number;
  bioFuel_MWh: number;
  ambientHeat_MWh: number;
  residentialThermal_MWh: number;
  publicEnergy_MWh: number;
  publicFloor_m2: number;
  dhLoss_MWh: number;
  dhElectric_MWh: number;
  /** Heat of each DH plant kind [MWh]. */
  dhPlantHeat_MWh: Record<string, number>;
  peakGridLoad_MW: number;
  hoursOverGridCapacity: number;
  co2Electricity_t: number;
  co2Bio_t: number;
  co2DistrictHeat_t: number;
  batteryCapacity_MWh: number;
  /** Materials model: treatment of household waste [t] and its U4SSC shares [%]. */
  waste: {
    generated_t: number;
    treatment_t: Record<string, number>;
    shares_pct: { landfill: number; incinerated: number; recycled: number; other: number };
    ghg_t: number;
    biogas_MWh: number;
    districtHeatFromWaste_MWh: number;
    embodiedGHG_t: number;
    cdWaste_t: number;
    reusedComponents_t: number;
    newMaterial_t: number;
  };
  /** Transport account: fossil-car CO2 and the biogas credit for buses [t]. */
  transport: { fossilCar_t: number; biogasBusCredit_t: number; fossilFuel_MWh: number };
}

export interface TransportInputs {
  fossilKm_yr: number;
  biogasBusShare: number;
}

/** Fossil car: 0.15 kg CO2/km and 0.6 kWh fuel/km (≈ 0.065 L × 9.7 kWh/L; assumptions, tank-to-wheel). */
export const ICE_KG_CO2_PER_KM = 0.15;
export const ICE_KWH_FUEL_PER_KM = 0.6;

/** A run model's year (or a view of one, e.g. a stock run in district parts) reduced to its metrics. */
export function yearMetrics(
  model: EnergyModel | EnergyYearView,
  buildings: readonly CityBuilding[],
  waste: MaterialsIndicators,
  population: number,
  transport: TransportInputs,
  evMode: ArrayLike<number>,
  batteryCapacity_Wh: ArrayLike<number>,
): YearMetrics {
  const v = "supply" in model ? viewOfModel(model) : model;
  const y = v.yearly;
  const n = v.buildings;
  const sum = (q: number) => totalOf(v, q, L.M_STRIDE) / 1e6;
  let residentialThermal = 0;
  let publicEnergy = 0;
  let publicFloor = 0;
  let smartEv = 0;
  let battery = 0;
  for (let i = 0; i < n; i++) {
    const r = i * L.M_STRIDE;
    const b = buildings[i];
    if (b.dwellings !== undefined || ["house", "rowhouse", "apartment"].includes(b.use))
      residentialThermal += y[r + L.M_SPACE_HEAT] + y[r + L.M_DHW];
    if (PUBLIC_USES.has(b.use)) {
      publicEnergy +=
        y[r + L.M_EL_SPACE] +
        y[r + L.M_EL_DHW] +
        y[r + L.M_EL_COOL] +
        y[r + L.M_EL_APPLIANCES] +
        y[r + L.M_DISTRICT_HEAT] +
        y[r + L.M_BIO_FUEL];
      publicFloor += v.floorArea_m2[i];
    }
    if (evMode[i] === 1) smartEv += y[r + L.M_EL_EV];
    battery += batteryCapacity_Wh[i];
  }
  const s = v;
  let areaImport = 0;
  let peak = 0;
  let over = 0;
  const capacity = v.areaCapacity_W;
  for (let h = 0; h < s.hours; h++) {
    let net = 0;
    let anyOver = false;
    for (let a = 0; a < s.areas; a++) {
      const rec = (h * s.areas + a) * L.A_STRIDE;
      const imp = s.areaSeries[rec + L.A_IMPORT];
      areaImport += imp;
      net += imp - s.areaSeries[rec + L.A_EXPORT];
      if (imp > capacity[a]) anyOver = true;
    }
    if (net > peak) peak = net;
    if (anyOver) over++;
  }
  const dh = (k: number) => {
    let t = 0;
    for (let h = 0; h < s.hours; h++) t += s.dhSeries[h * L.D_STRIDE + k];
    return t / 1e6;
  };
  const dhPlantHeat_MWh: Record<string, number> = {};
  const plants = v.plants.length;
  v.plants.forEach((p, k) => {
    let heat = 0;
    for (let h = 0; h < s.hours; h++) heat += s.plantOut_W[h * plants + k];
    dhPlantHeat_MWh[p.kind] = (dhPlantHeat_MWh[p.kind] ?? 0) + heat / 1e6;
  });
  const elSpace = sum(L.M_EL_SPACE);
  const elDhw = sum(L.M_EL_DHW);
  const elCool = sum(L.M_EL_COOL);
  const elAppliances = sum(L.M_EL_APPLIANCES);
  const elEv = sum(L.M_EL_EV);
  const t = waste.treatment_t;
  const biogasCredit_t = waste.biogas.biogas_MWh * transport.biogasBusShare * BIOGAS_AVOIDED_T_PER_MWH;
  return {
    population,
    electricityUse_MWh: elSpace + elDhw + elCool + elAppliances + elEv,
    elSpace_MWh: elSpace,
    elDhw_MWh: elDhw,
    elCool_MWh: elCool,
    elAppliances_MWh: elAppliances,
    elEv_MWh: elEv,
    smartEv_MWh: smartEv / 1e6,
    pv_MWh: sum(L.M_PV),
    gridImport_MWh: sum(L.M_IMPORT),
    gridExport_MWh: sum(L.M_EXPORT),
    areaImport_MWh: areaImport / 1e6,
    districtHeat_MWh: sum(L.M_DISTRICT_HEAT),
    bioFuel_MWh: sum(L.M_BIO_FUEL),
    ambientHeat_MWh: sum(L.M_AMBIENT),
    residentialThermal_MWh: residentialThermal / 1e6,
    publicEnergy_MWh: publicEnergy / 1e6,
    publicFloor_m2: publicFloor,
    dhLoss_MWh: dh(L.D_LOSS),
    dhElectric_MWh: dh(L.D_ELECTRIC),
    dhPlantHeat_MWh,
    peakGridLoad_MW: peak / 1e6,
    hoursOverGridCapacity: over,
    co2Electricity_t: sum(L.M_CO2_EL_G),
    co2Bio_t: sum(L.M_CO2_BIO_G),
    co2DistrictHeat_t: sum(L.M_CO2_DH_G),
    batteryCapacity_MWh: battery / 1e6,
    waste: {
      generated_t: waste.generated_t,
      treatment_t: { ...t },
      shares_pct: { ...waste.u4sscTreatmentShares_pct },
      ghg_t: waste.ghgFromWaste_tCO2e,
      biogas_MWh: waste.biogas.biogas_MWh,
      districtHeatFromWaste_MWh: dhPlantHeat_MWh.waste ?? 0,
      embodiedGHG_t: waste.buildings.embodiedGHG_tCO2e,
      cdWaste_t: waste.buildings.cdWaste_t,
      reusedComponents_t: waste.buildings.reusedComponents_t,
      newMaterial_t: waste.buildings.newMaterial_t,
    },
    transport: {
      fossilCar_t: (transport.fossilKm_yr * ICE_KG_CO2_PER_KM) / 1000,
      biogasBusCredit_t: biogasCredit_t,
      fossilFuel_MWh: (transport.fossilKm_yr * ICE_KWH_FUEL_PER_KM) / 1000,
    },
  };
}

/** Biogas replacing bus diesel: 0.265 t CO2 per MWh (diesel factor, Miljødirektoratet NIR 2021, verified;
 *  assets/materials waste-norway-2023.json biogas.avoidedCO2_kg_kWh). */
export const BIOGAS_AVOIDED_T_PER_MWH = 0.265;
