// Inputs of the materials model, validated with path-specific messages, then written into buffers.
import { SimInputError } from "../errors.ts";
import {
  type BUF,
  BUILDING_MATERIALS,
  type BuildingMaterial,
  CD_ROUTES,
  type CdRoute,
  D,
  DESTINATIONS,
  type Destination,
  type Dimensions,
  F,
  FRACTIONS,
  type Fraction,
  M,
  type MaterialsBuffers,
  PL,
  PROCESSES,
  type Process,
  R,
  ROUTERS,
} from "./layout.ts";

export type FractionValues = Record<Fraction, number>;
export type MaterialValues = Record<BuildingMaterial, number>;
/** Transfer coefficients: process → fraction → destination → share (each row sums to 1). */
export type TransferTable = Partial<Record<Process, Partial<Record<Fraction, Partial<Record<Destination, number>>>>>>;

export interface Households {
  dwellingType: string;
  persons: number;
  kgPerPersonYr: FractionValues;
}
export interface Businesses {
  useType: string;
  floorArea_m2: number;
  kgPerM2Yr: FractionValues;
}
export interface Incineration {
  capacity_t_yr: number;
  bunkerMax_t: number;
  /** Bunker time constant τ of the burn controller r = min(capacity, S/τ) [h], ≥ 1. */
  residence_h: number;
  heatEfficiency: number;
  electricEfficiency: number;
  lhv_MJ_kg: FractionValues;
  fossilCO2_t_t: FractionValues;
  /** Waste from outside the municipality delivered straight to the bunker [t/yr]. */
  imported_t_yr: FractionValues;
}
export interface Collection {
  km_per_t: number;
  electricShare: number;
  diesel_L_per_km: number;
  dieselCO2_kg_L: number;
  electric_kWh_per_km: number;
  gridCO2_kg_kWh: number;
}
export interface Treatment {
  recyclingYield: FractionValues;
  avoidedCO2e_t_per_t_secondary: FractionValues;
  biogas_kWh_t: FractionValues;
  digestate_t_t: number;
  /** Avoided emission of biogas replacing diesel [kg CO2/kWh] (credit, reported separately). */
  biogasAvoidedCO2_kg_kWh: number;
  landfillCH4_t_t: FractionValues;
  gwpCH4: number;
}
export interface Archetype {
  name: string;
  intensity_kg_m2: MaterialValues;
  weibullShape: number;
  weibullScale_yr: number;
  retrofitRate_per_yr: number;
  retrofitInsulation_kg_m2: number;
  construction_m2_yr: number;
}
export interface BuildingStock {
  archetypes: Archetype[];
  /** One entry per building: floor area, archetype index, age at the start [yr]. */
  area_m2: ArrayLike<number>;
  archetype: ArrayLike<number>;
  age_yr: ArrayLike<number>;
  siteWasteShare: number;
  cdTreatment: Record<BuildingMaterial, Record<CdRoute, number>>;
  embodiedCO2e_kg_kg: MaterialValues;
}
export interface MaterialsParams {
  households: Households[];
  businesses: Businesses[];
  transfer: TransferTable;
  incineration: Incineration;
  collection: Collection;
  treatment: Treatment;
  buildings: BuildingStock;
}

const TC_TOLERANCE = 1e-9;

function fail(path: string, message: string): never {
  throw new SimInputError(`${path}: ${message}`);
}

function checkNumber(path: string, v: unknown, min = 0, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(path, `${String(v)} is not a finite number`);
  if (v < min) fail(path, `${v} is below the minimum ${min}${min === 0 ? " (negative rates are not allowed)" : ""}`);
  if (v > max) fail(path, `${v} is above the maximum ${max}`);
  return v;
}

function checkKeys(path: string, obj: object, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key)) fail(`${path}.${key}`, `unknown ${what} '${key}' (known: ${allowed.join(", ")})`);
}

/** Reads a complete per-fraction record; unknown or missing fractions are errors. */
export function fractionArray(path: string, values: FractionValues, max = Infinity): Float64Array {
  if (typeof values !== "object" || values === null) fail(path, "expected a record by fraction");
  checkKeys(path, values, FRACTIONS, "fraction");
  return Float64Array.from(FRACTIONS, (f) => checkNumber(`${path}.${f}`, values[f], 0, max));
}

function materialArray(path: string, values: MaterialValues, max = Infinity): Float64Array {
  if (typeof values !== "object" || values === null) fail(path, "expected a record by building material");
  checkKeys(path, values, BUILDING_MATERIALS, "building material");
  return Float64Array.from(BUILDING_MATERIALS, (m) => checkNumber(`${path}.${m}`, values[m], 0, max));
}

/** Flattens the transfer table to [P × F × D]; every router row must sum to 1 and go downstream. */
export function transferArray(table: TransferTable): Float64Array {
  const tc = new Float64Array(PROCESSES.length * F * D);
  checkKeys("transfer", table, PROCESSES, "process");
  for (const [p, process] of PROCESSES.entries()) {
    const rows = table[process];
    if (!ROUTERS.includes(process)) {
      if (rows !== undefined)
        fail(`transfer.${process}`, "this process keeps a stock; its outflow is not set by transfer coefficients");
      continue;
    }
    if (rows === undefined) fail(`transfer.${process}`, "missing transfer coefficients");
    checkKeys(`transfer.${process}`, rows, FRACTIONS, "fraction");
    for (const [f, fraction] of FRACTIONS.entries()) {
      const row = rows[fraction];
      const path = `transfer.${process}.${fraction}`;
      if (row === undefined) fail(path, "missing transfer coefficients");
      checkKeys(path, row, DESTINATIONS, "destination");
      let sum = 0;
      for (const [q, dest] of DESTINATIONS.entries()) {
        const share = row[dest];
        if (share === undefined) continue;
        checkNumber(`${path}.${dest}`, share, 0, 1);
        if (share > 0 && q <= p) fail(`${path}.${dest}`, `transfers must go downstream (to a later process)`);
        tc[(p * F + f) * D + q] = share;
        sum += share;
      }
      if (Math.abs(sum - 1) > TC_TOLERANCE)
        fail(path, `transfer coefficients sum to ${sum}, not 1 (every tonne must go somewhere)`);
    }
  }
  return tc;
}

export function dimensionsOf(params: MaterialsParams): Dimensions {
  return {
    dwellings: params.households.length,
    uses: params.businesses.length,
    buildings: params.buildings.area_m2.length,
    archetypes: params.buildings.archetypes.length,
  };
}

export function assertSameDimensions(now: Dimensions, next: Dimensions): void {
  for (const key of ["dwellings", "uses", "buildings", "archetypes"] as const)
    if (now[key] !== next[key])
      fail(`applyInputs`, `${key} changed from ${now[key]} to ${next[key]}; call setup for a different shape`);
}

/** Validates everything; throws SimInputError naming the first bad entry. */
export function validateParams(params: MaterialsParams): void {
  writeInputs(null, params);
}

/** Validates and writes every input buffer (target null: validate only). Without `buildingState`
 *  the per-building area and age (which the model advances) are validated but not overwritten. */
export function writeInputs(target: MaterialsBuffers | null, params: MaterialsParams, buildingState = true): void {
  const dims = dimensionsOf(params);
  const put = (name: keyof typeof BUF, values: ArrayLike<number>, offset = 0) => {
    if (target) target.buf(name).set(values, offset);
  };
  params.households.forEach((h, d) => {
    put("pop", [checkNumber(`households[${d}].persons`, h.persons)], d);
    put("genPerson", fractionArray(`households[${d}].kgPerPersonYr`, h.kgPerPersonYr), d * F);
  });
  params.businesses.forEach((b, u) => {
    put("areaUse", [checkNumber(`businesses[${u}].floorArea_m2`, b.floorArea_m2)], u);
    put("genArea", fractionArray(`businesses[${u}].kgPerM2Yr`, b.kgPerM2Yr), u * F);
  });
  put("tc", transferArray(params.transfer));

  const inc = params.incineration;
  put("imports", fractionArray("incineration.imported_t_yr", inc.imported_t_yr));
  put("lhv", fractionArray("incineration.lhv_MJ_kg", inc.lhv_MJ_kg, 50));
  fractionArray("incineration.fossilCO2_t_t", inc.fossilCO2_t_t, 4);
  const plant = new Float64Array(5);
  plant[PL.capacity_t_yr] = checkNumber("incineration.capacity_t_yr", inc.capacity_t_yr);
  plant[PL.bunkerMax_t] = checkNumber("incineration.bunkerMax_t", inc.bunkerMax_t);
  plant[PL.residence_h] = checkNumber("incineration.residence_h", inc.residence_h, 1);
  plant[PL.etaHeat] = checkNumber("incineration.heatEfficiency", inc.heatEfficiency, 0, 1);
  plant[PL.etaEl] = checkNumber("incineration.electricEfficiency", inc.electricEfficiency, 0, 1);
  if (plant[PL.etaHeat] + plant[PL.etaEl] > 1) fail("incineration", "heat + electric efficiency exceeds 1");
  put("plant", plant);

  const c = params.collection;
  checkNumber("collection.km_per_t", c.km_per_t);
  checkNumber("collection.electricShare", c.electricShare, 0, 1);
  checkNumber("collection.diesel_L_per_km", c.diesel_L_per_km);
  checkNumber("collection.dieselCO2_kg_L", c.dieselCO2_kg_L);
  checkNumber("collection.electric_kWh_per_km", c.electric_kWh_per_km);
  checkNumber("collection.gridCO2_kg_kWh", c.gridCO2_kg_kWh);
  const t = params.treatment;
  fractionArray("treatment.recyclingYield", t.recyclingYield, 1);
  fractionArray("treatment.avoidedCO2e_t_per_t_secondary", t.avoidedCO2e_t_per_t_secondary);
  fractionArray("treatment.biogas_kWh_t", t.biogas_kWh_t);
  fractionArray("treatment.landfillCH4_t_t", t.landfillCH4_t_t, 1);
  checkNumber("treatment.digestate_t_t", t.digestate_t_t, 0, 1);
  checkNumber("treatment.biogasAvoidedCO2_kg_kWh", t.biogasAvoidedCO2_kg_kWh);
  checkNumber("treatment.gwpCH4", t.gwpCH4);

  const b = params.buildings;
  if (b.archetypes.length === 0) fail("buildings.archetypes", "at least one archetype is needed");
  if (b.archetype.length !== dims.buildings || b.age_yr.length !== dims.buildings)
    fail("buildings", `area_m2, archetype and age_yr need one entry per building (${dims.buildings})`);
  // Per-building arrays can be long: the message (and its path string) is built only on failure.
  for (let i = 0; i < dims.buildings; i++) {
    const area = b.area_m2[i];
    if (!(area >= 0 && area < Infinity)) checkNumber(`buildings.area_m2[${i}]`, area);
    const age = b.age_yr[i];
    if (!(age >= 0 && age < Infinity)) checkNumber(`buildings.age_yr[${i}]`, age);
    const a = b.archetype[i];
    if (!Number.isInteger(a) || a < 0 || a >= dims.archetypes)
      fail(`buildings.archetype[${i}]`, `${a} is not an archetype index (0..${dims.archetypes - 1})`);
  }
  if (buildingState) {
    put("bArea", b.area_m2);
    put("bArch", b.archetype);
    put("bAge", b.age_yr);
  }
  b.archetypes.forEach((a, i) => {
    const path = `buildings.archetypes[${i}]`;
    put("intensity", materialArray(`${path}.intensity_kg_m2`, a.intensity_kg_m2), i * M);
    put(
      "weibull",
      [
        checkNumber(`${path}.weibullShape`, a.weibullShape, 0.1, 20),
        checkNumber(`${path}.weibullScale_yr`, a.weibullScale_yr, 1),
      ],
      i * 2,
    );
    put(
      "retrofit",
      [
        checkNumber(`${path}.retrofitRate_per_yr`, a.retrofitRate_per_yr, 0, 1),
        checkNumber(`${path}.retrofitInsulation_kg_m2`, a.retrofitInsulation_kg_m2),
      ],
      i * 2,
    );
    put("construction", [checkNumber(`${path}.construction_m2_yr`, a.construction_m2_yr)], i);
  });
  checkKeys("buildings.cdTreatment", b.cdTreatment, BUILDING_MATERIALS, "building material");
  const cd = new Float64Array(M * R);
  BUILDING_MATERIALS.forEach((m, mi) => {
    const row = b.cdTreatment[m];
    const path = `buildings.cdTreatment.${m}`;
    if (!row) fail(path, "missing C&D treatment shares");
    checkKeys(path, row, CD_ROUTES, "C&D route");
    let sum = 0;
    CD_ROUTES.forEach((r, ri) => {
      cd[mi * R + ri] = checkNumber(`${path}.${r}`, row[r], 0, 1);
      sum += cd[mi * R + ri];
    });
    if (Math.abs(sum - 1) > TC_TOLERANCE) fail(path, `C&D treatment shares sum to ${sum}, not 1`);
  });
  put("cdTc", cd);
  put("bScalars", [checkNumber("buildings.siteWasteShare", b.siteWasteShare, 0, 0.5)]);
  materialArray("buildings.embodiedCO2e_kg_kg", b.embodiedCO2e_kg_kg);
}
