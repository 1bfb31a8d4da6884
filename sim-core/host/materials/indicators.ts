// Indicators of the materials model from its accumulated buffers (shared by the WASM host and the
// TS reference). Avoided-emission credits are reported beside the emissions, never netted.
import {
  BOUNDARY,
  BUILDING_MATERIALS,
  BY,
  D,
  DAYS_PER_YEAR,
  F,
  FRACTIONS,
  M,
  type MaterialsBuffers,
  P,
  type Process,
  proc,
  R,
} from "./layout.ts";
import type { MaterialsParams } from "./params.ts";

export interface TreatmentTonnes {
  recycling: number;
  biogas: number;
  composting: number;
  incineration: number;
  landfill: number;
  special: number;
  reused: number;
}

export interface MaterialsIndicators {
  days: number;
  population: number;
  householdWaste_t: number;
  householdWaste_kg_per_inh_yr: number;
  /** All waste generated (households and businesses) [t]. */
  generated_t: number;
  /** First treatment each tonne of generated waste is delivered to (SSB's basis) [t]. */
  treatment_t: TreatmentTonnes;
  /** U4SSC EN:EN:WA:1C shares of generated waste [%]; recycled includes biogas and composting. */
  u4sscTreatmentShares_pct: { landfill: number; incinerated: number; recycled: number; other: number };
  materialRecoveryRate_pct: number;
  reuse_kg_per_inh_yr: number;
  collection: { tonnes: number; km: number; co2_t: number };
  incineration: {
    burnt_t: number;
    diverted_t: number;
    bunker_t: number;
    heat_MWh: number;
    electricity_MWh: number;
    fossilCO2_t: number;
  };
  biogas: { biogas_MWh: number; digestate_t: number };
  secondaryMaterial_t: number;
  landfillCH4_t: number;
  ghgFromWaste_tCO2e: number;
  avoidedCredits_tCO2e: { recycling: number; biogas: number };
  districtHeatFromWaste_MWh: number;
  buildings: {
    stock_t: number;
    newMaterial_t: number;
    retrofitInsulation_t: number;
    demolition_t: number;
    cdWaste_t: number;
    reusedComponents_t: number;
    embodiedGHG_tCO2e: number;
  };
}

const flowInto = (b: MaterialsBuffers, target: number, fromOnly?: number[]): Float64Array => {
  const total = b.buf("flowTotal");
  const out = new Float64Array(F);
  for (let p = 0; p < P; p++) {
    if (fromOnly && !fromOnly.includes(p)) continue;
    for (let f = 0; f < F; f++) out[f] += total[(p * D + target) * F + f];
  }
  return out;
};
const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
};
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
const byFraction = (rec: Record<string, number>, order: readonly string[]) => order.map((k) => rec[k]);

export function computeIndicators(b: MaterialsBuffers, params: MaterialsParams, days: number): MaterialsIndicators {
  const population = params.households.reduce((s, h) => s + h.persons, 0);
  const genDaily = b.buf("genDaily");
  const yearScale = days > 0 ? DAYS_PER_YEAR / days : 0;
  const total = b.buf("flowTotal");
  // Generated = everything that left the generation process; the household part at today's rates.
  const generated_t = sum(flowInto(b, proc("separation"), [proc("generation")]));
  const allDaily = sum(genDaily.subarray(0, F));
  const householdWaste_t = allDaily > 0 ? (generated_t * sum(genDaily.subarray(F))) / allDaily : 0;
  const into = (p: Process) => flowInto(b, proc(p));
  const intoLandfill = into("landfill");
  const intoBiogas = into("biogas");
  const intoRecycling = into("recycling");
  const reuse = proc("reuse");
  let reused = 0;
  for (let f = 0; f < F; f++) reused += total[(reuse * D + BOUNDARY) * F + f];
  const chain = PROCESSES_EXCEPT_PLANT;
  const treatment: TreatmentTonnes = {
    recycling: sum(intoRecycling),
    biogas: sum(intoBiogas),
    composting: sum(into("composting")),
    incineration: sum(flowInto(b, proc("incineration"), chain)),
    landfill: sum(intoLandfill),
    special: sum(into("special")),
    reused,
  };
  const pct = (v: number) => (generated_t > 0 ? (100 * v) / generated_t : 0);
  const recovered = treatment.recycling + treatment.biogas + treatment.composting;

  const c = params.collection;
  const collected_t = sum(into("collectionSeparate")) + sum(into("collectionResidual"));
  const km = collected_t * c.km_per_t;
  const collectionCO2_t =
    (km * (1 - c.electricShare) * c.diesel_L_per_km * c.dieselCO2_kg_L +
      km * c.electricShare * c.electric_kWh_per_km * c.gridCO2_kg_kWh) /
    1000;

  const inc = params.incineration;
  const plantOut = b.buf("plantOut");
  const burnt = plantOut.subarray(0, F);
  const fossilCO2_t = dot(burnt, byFraction(inc.fossilCO2_t_t, FRACTIONS));
  const heat_MWh = plantOut[2 * F] / 1e6;
  const electricity_MWh = plantOut[2 * F + 1] / 1e6;
  const bunker_t = sum(b.buf("pStock").subarray(proc("incineration") * F, proc("incineration") * F + F));

  const t = params.treatment;
  const biogas_kWh = dot(intoBiogas, byFraction(t.biogas_kWh_t, FRACTIONS));
  const secondary = Float64Array.from(intoRecycling, (v, f) => v * t.recyclingYield[FRACTIONS[f]]);
  const landfillCH4_t = dot(intoLandfill, byFraction(t.landfillCH4_t_t, FRACTIONS));
  const ghgFromWaste = fossilCO2_t + landfillCH4_t * t.gwpCH4 + collectionCO2_t;

  const year = b.buf("bYear");
  const block = (k: number) => sum(year.subarray(k * M, k * M + M));
  const ef = BUILDING_MATERIALS.map((m) => params.buildings.embodiedCO2e_kg_kg[m]);
  let embodied_kg = 0;
  let reusedComponents_kg = 0;
  for (let m = 0; m < M; m++) {
    embodied_kg += (year[BY.delivered * M + m] + year[BY.retrofit * M + m]) * ef[m];
    reusedComponents_kg += year[BY.routes * M + m * R];
  }

  return {
    days,
    population,
    householdWaste_t,
    householdWaste_kg_per_inh_yr: population > 0 ? ((householdWaste_t * 1000) / population) * yearScale : 0,
    generated_t,
    treatment_t: treatment,
    u4sscTreatmentShares_pct: {
      landfill: pct(treatment.landfill),
      incinerated: pct(treatment.incineration),
      recycled: pct(recovered),
      other: pct(treatment.special + treatment.reused),
    },
    materialRecoveryRate_pct: pct(recovered),
    reuse_kg_per_inh_yr: population > 0 ? ((reused * 1000) / population) * yearScale : 0,
    collection: { tonnes: collected_t, km, co2_t: collectionCO2_t },
    incineration: {
      burnt_t: sum(burnt),
      diverted_t: sum(plantOut.subarray(F, 2 * F)),
      bunker_t,
      heat_MWh,
      electricity_MWh,
      fossilCO2_t,
    },
    biogas: { biogas_MWh: biogas_kWh / 1000, digestate_t: treatment.biogas * t.digestate_t_t },
    secondaryMaterial_t: sum(secondary),
    landfillCH4_t,
    ghgFromWaste_tCO2e: ghgFromWaste,
    avoidedCredits_tCO2e: {
      recycling: dot(secondary, byFraction(t.avoidedCO2e_t_per_t_secondary, FRACTIONS)),
      biogas: (biogas_kWh * t.biogasAvoidedCO2_kg_kWh) / 1000,
    },
    districtHeatFromWaste_MWh: heat_MWh,
    buildings: {
      stock_t: sum(b.buf("bStock")) / 1000,
      newMaterial_t: block(BY.delivered) / 1000,
      retrofitInsulation_t: block(BY.retrofit) / 1000,
      demolition_t: block(BY.demolition) / 1000,
      cdWaste_t: (block(BY.demolition) + block(BY.siteWaste)) / 1000,
      reusedComponents_t: reusedComponents_kg / 1000,
      embodiedGHG_tCO2e: embodied_kg / 1000,
    },
  };
}

/** Deliveries to the plant from the municipality's own chain (imports excluded). */
const PROCESSES_EXCEPT_PLANT = Array.from({ length: proc("incineration") }, (_, p) => p);
