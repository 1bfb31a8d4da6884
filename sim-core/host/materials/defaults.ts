// Norwegian default parameters, derived from the published 2023 household-waste statistics (SSB)
// and the documented assumptions in assets/materials/*.json. Derivation (docs/materials-calibration.md):
//  1. Separately collected stream s_f (SSB, t) and the residual bin R (SSB 851 kt) with its pick-analysis
//     composition c_f give the generated amount g_f = s_f + c_f·R and the sorting efficiency s_f/g_f.
//  2. Per-capita rates scale g_f by SSB's 375 kg ÷ 2,080 kt; dwelling-type multipliers are normalised so
//     the population-weighted average is the national rate.
//  3. Each separate stream goes to its principal treatment (paper, plastic, glass/metal → sorting plant;
//     EE → recycling; garden → composting; residual bin → incineration). Four shares are not published
//     per stream and are closed from SSB's treatment table: food → biogas = biogas ÷ food (rest composted);
//     separately delivered residual (inert) → landfill = landfill ÷ residual stream (rest recycled);
//     hazardous → special treatment = "other" ÷ hazardous (rest incinerated); wood → recycling = the
//     material-recycling total minus every other stream's recycled tonnes (rest incinerated).
//  4. Plant efficiencies: η = published yearly heat (power) ÷ (capacity × LHV of the residual-bin mix).
import archetypesJson from "../../../assets/materials/building-archetypes.json";
import wasteJson from "../../../assets/materials/waste-norway-2023.json";
import { type Destination, FRACTIONS, type Fraction, PROCESSES, type Process } from "./layout.ts";
import type {
  Archetype,
  BuildingStock,
  Businesses,
  FractionValues,
  Households,
  MaterialsParams,
  TransferTable,
} from "./params.ts";

type Partial10 = Partial<Record<Fraction, number>>;
const full = (rec: Partial10, fill = 0): FractionValues =>
  Object.fromEntries(FRACTIONS.map((f) => [f, rec[f] ?? fill])) as FractionValues;
const pick = (rec: Record<string, unknown>): FractionValues => full(rec as Partial10);

export const wasteData = wasteJson;
export const archetypeData = archetypesJson;

export interface DerivedWaste {
  /** Generated household waste per fraction, national [kt] (step 1). */
  generated_kt: FractionValues;
  /** National per-capita rate per fraction [kg/person/yr] (step 2). */
  perCapita_kg: FractionValues;
  sourceSeparation: FractionValues;
  transfer: TransferTable;
}

/** Steps 1-3 of the derivation above. */
export function deriveNorwayWaste(): DerivedWaste {
  const ssb = wasteJson.ssb2023;
  const streams = pick(ssb.streams_kt);
  const residualBin = ssb.streams_kt.residualBin;
  const c = pick(wasteJson.residualBinComposition);
  const rejects = pick(wasteJson.sortingRejects);
  const reuseRate = pick(wasteJson.reuseRate);
  const generated_kt = full(Object.fromEntries(FRACTIONS.map((f) => [f, streams[f] + c[f] * residualBin])));
  const perCapita_kg = full(
    Object.fromEntries(FRACTIONS.map((f) => [f, (generated_kt[f] * ssb.kg_per_capita) / ssb.total_kt])),
  );
  const sourceSeparation = full(
    Object.fromEntries(FRACTIONS.map((f) => [f, generated_kt[f] > 0 ? streams[f] / generated_kt[f] : 0])),
  );

  const tr = ssb.treatment_kt;
  const foodToBiogas = tr.biogas / streams.food;
  const residualToLandfill = tr.landfill / streams.residual;
  const hazardousToSpecial = tr.other / streams.hazardous;
  const recycledOther =
    streams.paper * (1 - rejects.paper) +
    streams.plastic * (1 - rejects.plastic) +
    streams.glassMetal * (1 - rejects.glassMetal) +
    streams.ee +
    streams.residual * (1 - residualToLandfill);
  const woodToRecycling = (tr.material_recycling - recycledOther) / streams.wood;

  const row = (rec: Partial<Record<Destination, number>>) => rec;
  const each = (fn: (f: Fraction) => Partial<Record<Destination, number>>) =>
    Object.fromEntries(FRACTIONS.map((f) => [f, fn(f)])) as Record<Fraction, Partial<Record<Destination, number>>>;
  const separateRoute: Record<Fraction, Partial<Record<Destination, number>>> = {
    food: row({ biogas: foodToBiogas, composting: 1 - foodToBiogas }),
    paper: row({ sorting: 1 }),
    plastic: row({ sorting: 1 }),
    glassMetal: row({ sorting: 1 }),
    textiles: row({ reuse: 1 }),
    wood: row({ recycling: woodToRecycling, incineration: 1 - woodToRecycling }),
    garden: row({ composting: 1 }),
    ee: row({ recycling: 1 }),
    hazardous: row({ special: hazardousToSpecial, incineration: 1 - hazardousToSpecial }),
    residual: row({ landfill: residualToLandfill, recycling: 1 - residualToLandfill }),
  };
  const transfer: TransferTable = {
    generation: each(() => ({ separation: 1 })),
    separation: each((f) => ({
      collectionSeparate: sourceSeparation[f],
      collectionResidual: 1 - sourceSeparation[f],
    })),
    collectionSeparate: separateRoute,
    collectionResidual: each(() => ({ incineration: 1 })),
    sorting: each((f) => ({ recycling: 1 - rejects[f], incineration: rejects[f] })),
    reuse: each((f) => ({ boundary: reuseRate[f], recycling: 1 - reuseRate[f] })),
    recycling: each(() => ({ boundary: 1 })),
    biogas: each(() => ({ boundary: 1 })),
    composting: each(() => ({ boundary: 1 })),
    special: each(() => ({ boundary: 1 })),
  };
  return { generated_kt, perCapita_kg, sourceSeparation, transfer };
}

/** Lower heating value of the residual-bin mix [MJ/kg]. */
export function residualBinLhv_MJ_kg(): number {
  const c = pick(wasteJson.residualBinComposition);
  const lhv = pick(wasteJson.lhv_MJ_kg);
  return FRACTIONS.reduce((s, f) => s + c[f] * lhv[f], 0);
}

/** Step 4: heat and electric efficiency of the Ålesund plant from its published yearly output. */
export function alesundPlantEfficiencies(): { heat: number; electric: number } {
  const p = wasteJson.alesundPlant;
  const fuel_GWh = (p.capacity_t_yr * 1000 * residualBinLhv_MJ_kg()) / 3.6e6;
  return { heat: p.heat_GWh_yr / fuel_GWh, electric: p.electricity_GWh_yr / fuel_GWh };
}

/** Households by dwelling type with rates normalised to the national per-capita rate (step 2). */
export function householdsFor(population: number): Households[] {
  const { perCapita_kg } = deriveNorwayWaste();
  const types = wasteJson.dwellings.types;
  const mult = (t: (typeof types)[number], f: Fraction) => (t.multiplier as Partial10)[f] ?? 1;
  return types.map((t) => ({
    dwellingType: t.dwellingType,
    persons: population * t.populationShare,
    kgPerPersonYr: full(
      Object.fromEntries(
        FRACTIONS.map((f) => {
          const mean = types.reduce((s, u) => s + u.populationShare * mult(u, f), 0);
          return [f, (perCapita_kg[f] * mult(t, f)) / mean];
        }),
      ),
    ),
  }));
}

/** Businesses by use type for the given floor areas [m²] (assumed rates). */
export function businessesFor(floorArea_m2: Partial<Record<string, number>>): Businesses[] {
  return wasteJson.businesses.types.map((b) => ({
    useType: b.useType,
    floorArea_m2: floorArea_m2[b.useType] ?? 0,
    kgPerM2Yr: full(
      Object.fromEntries(FRACTIONS.map((f) => [f, b.kg_per_m2_yr * ((b.composition as Partial10)[f] ?? 0)])),
    ),
  }));
}

export interface BuildingList {
  area_m2: ArrayLike<number>;
  archetype: ArrayLike<number>;
  age_yr: ArrayLike<number>;
}

/** Building stock from the archetype asset; construction per archetype [m²/yr]. */
export function buildingStockFor(buildings: BuildingList, construction_m2_yr: readonly number[] = []): BuildingStock {
  const a = archetypesJson;
  const archetypes: Archetype[] = a.archetypes.map((x, i) => ({
    ...x,
    construction_m2_yr: construction_m2_yr[i] ?? 0,
  }));
  return {
    archetypes,
    ...buildings,
    siteWasteShare: a.siteWasteShare,
    cdTreatment: a.cdTreatment,
    embodiedCO2e_kg_kg: a.embodiedCO2e_kg_kg,
  };
}

export interface NorwayOptions {
  population: number;
  businessFloorArea_m2?: Partial<Record<string, number>>;
  buildings?: BuildingList;
  construction_m2_yr?: readonly number[];
  /** Plant: the Ålesund plant's parameters unless overridden. */
  plant?: Partial<{ capacity_t_yr: number; bunkerMax_t: number; residence_h: number }>;
  /** Waste from outside delivered to the plant [t/yr], with the residual-bin composition. */
  importedToPlant_t_yr?: number;
}

/** Complete default parameters for a Norwegian municipality. */
export function norwayDefaultParams(options: NorwayOptions): MaterialsParams {
  const w = wasteJson;
  const derived = deriveNorwayWaste();
  const eta = alesundPlantEfficiencies();
  const c = pick(w.residualBinComposition);
  const imported = options.importedToPlant_t_yr ?? 0;
  const lf = w.landfill;
  const ch4 = full(
    Object.fromEntries(
      FRACTIONS.map((f) => [
        f,
        ((((lf.doc as Partial10)[f] ?? 0) * lf.docf * lf.mcf * lf.f * 16) / 12) *
          (1 - lf.recovery) *
          (1 - lf.oxidation),
      ]),
    ),
  );
  return {
    households: householdsFor(options.population),
    businesses: businessesFor(options.businessFloorArea_m2 ?? {}),
    transfer: derived.transfer,
    incineration: {
      capacity_t_yr: options.plant?.capacity_t_yr ?? w.alesundPlant.capacity_t_yr,
      bunkerMax_t: options.plant?.bunkerMax_t ?? w.alesundPlant.bunkerMax_t,
      residence_h: options.plant?.residence_h ?? w.alesundPlant.residence_h,
      heatEfficiency: eta.heat,
      electricEfficiency: eta.electric,
      lhv_MJ_kg: pick(w.lhv_MJ_kg),
      fossilCO2_t_t: pick(w.fossilCO2_t_t),
      imported_t_yr: full(Object.fromEntries(FRACTIONS.map((f) => [f, imported * c[f]]))),
    },
    collection: { ...w.collection },
    treatment: {
      recyclingYield: pick(w.recycling.yield),
      avoidedCO2e_t_per_t_secondary: pick(w.recycling.avoidedCO2e_t_per_t),
      biogas_kWh_t: full({ food: w.biogas.kWh_per_t_food }),
      digestate_t_t: w.biogas.digestate_t_t,
      biogasAvoidedCO2_kg_kWh: w.biogas.avoidedCO2_kg_kWh,
      landfillCH4_t_t: ch4,
      gwpCH4: lf.gwpCH4,
    },
    buildings: buildingStockFor(
      options.buildings ?? { area_m2: [], archetype: [], age_yr: [] },
      options.construction_m2_yr,
    ),
  };
}

export { PROCESSES, type Process };
