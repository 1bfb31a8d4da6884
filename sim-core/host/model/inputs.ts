// CityDataset + options → the per-building inputs of every module (zones, schedules' scale, windows
// per plane, PV, supply systems, grid areas). Plain data, so the integrated model and the module-by-
// module chain run on exactly the same numbers.
import type { CityBuilding, CityDataset } from "../city.ts";
import { SimInputError } from "../errors.ts";
import { polygonArea_m2, polygonPerimeter_m } from "../polygon.ts";
import { buildingPlanes } from "../solar/planes.ts";
import type { Plane } from "../solar/reference/kernel.ts";
import { USE_TYPES, useArchetype } from "../stock/archetypes.ts";
import { useProfiles } from "../stock/schedules.ts";
import { type BuildingRecord, type ZoneParameters, zoneParameters } from "../stock/zone.ts";
import { EXAMPLE_DH_PLANTS, SYSTEM_NAMES } from "../supply/defaults.ts";
import type { SupplyConfig } from "../supply/config.ts";
import { plantsFromDataset } from "./plants.ts";
import { DEFAULT_SYSTEM_MIX, MODEL_DEFAULTS, type ModelOptions } from "./options.ts";

export const PLANES = 5; // roof, N, E, S, W (solar/planes.ts)

export interface ModelInputs {
  n: number;
  hours: number;
  planes: Plane[];
  zones: ZoneParameters[];
  /** Row of each building's use in the profile tables (USE_TYPES order). */
  useIndex: Int32Array;
  floorArea_m2: Float64Array;
  /** f64[n · PLANES], building-major: window area facing each plane [m²]. */
  windowArea_m2: Float64Array;
  g: Float64Array;
  frameFraction: Float64Array;
  shadingFactor: Float64Array;
  roofPlane: Int32Array;
  pv_kWp: Float64Array;
  /** Per use (USE_TYPES order): internal gains, appliances and DHW per m² for every hour. */
  profiles: { gains_W_m2: Float64Array[]; appliances_W_m2: Float64Array[]; dhw_W_m2: Float64Array[] };
  supply: SupplyConfig;
  areaNames: string[];
  ids: string[];
}

/**
 * Deterministic fraction in [0, 1) for a building id and a salt (FNV-1a of the id, mixed, then a golden-ratio
 * step): assignments follow the building, not its position, so a stock split across workers or
 * reordered gives every building the same system, PV and EV.
 */
export function spread(id: string, salt: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  // MurmurHash3 fmix32: ids differing in the last character land far apart
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  const x = (h >>> 0) / 4294967296 + salt * 0.6180339887498949;
  return x - Math.floor(x);
}

function pick(shares: readonly number[], u: number): number {
  const total = shares.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let k = 0; k < shares.length; k++) {
    acc += shares[k] / total;
    if (u < acc) return k;
  }
  return shares.length - 1;
}

/** Window area per facade N, E, S, W from the footprint edges' outward normals. */
export function facadeShares(ring: readonly [number, number][]): [number, number, number, number] {
  let twiceArea = 0;
  for (let k = 0; k < ring.length; k++) {
    const [x1, y1] = ring[k];
    const [x2, y2] = ring[(k + 1) % ring.length];
    twiceArea += x1 * y2 - x2 * y1;
  }
  const ccw = twiceArea >= 0 ? 1 : -1;
  const len = [0, 0, 0, 0];
  let total = 0;
  for (let k = 0; k < ring.length; k++) {
    const [x1, y1] = ring[k];
    const [x2, y2] = ring[(k + 1) % ring.length];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const l = Math.hypot(dx, dy);
    if (!(l > 0)) continue;
    // outward normal (east, north) of a counter-clockwise ring is (dy, −dx); azimuth clockwise from north
    const az = (Math.atan2(ccw * dy, -ccw * dx) * 180) / Math.PI;
    const a = (az + 360 + 45) % 360;
    len[Math.min(3, Math.floor(a / 90))] += l;
    total += l;
  }
  if (!(total > 0)) return [0.25, 0.25, 0.25, 0.25];
  return [len[0] / total, len[1] / total, len[2] / total, len[3] / total];
}

function record(b: CityBuilding, storeyHeight_m: number): BuildingRecord {
  return {
    use: b.use,
    year: b.year,
    footprint_m2: b.footprintArea_m2 ?? polygonArea_m2(b.footprint_m),
    perimeter_m: polygonPerimeter_m(b.footprint_m),
    floors: b.floors,
    storeyHeight_m,
    heatedShare: 1,
  };
}

function share(label: string, v: number): number {
  if (!(v >= 0 && v <= 1)) throw new SimInputError(`options.${label} ${v} must be within 0…1`);
  return v;
}

function nonNegative(label: string, v: number): number {
  if (!(v >= 0) || !Number.isFinite(v)) throw new SimInputError(`options.${label} ${v} must be a finite number ≥ 0`);
  return v;
}

export function buildModelInputs(
  city: CityDataset,
  hours: number,
  outdoor_C: Float64Array,
  o: ModelOptions = {},
): ModelInputs {
  if (!city || !Array.isArray(city.buildings)) throw new SimInputError("city: expected a CityDataset with buildings");
  const n = city.buildings.length;
  if (n === 0) throw new SimInputError("city has no buildings: the stock is empty");
  if (!(city.storeyHeight_m > 0))
    throw new SimInputError(`city.storeyHeight_m ${city.storeyHeight_m} must be positive`);
  const pvO = { ...MODEL_DEFAULTS.pv, ...o.pv };
  const evO = { ...MODEL_DEFAULTS.ev, ...o.ev };
  const winO = { ...MODEL_DEFAULTS.windows, ...o.windows };
  share("pv.share", pvO.share);
  nonNegative("pv.kWpPerFootprint_m2", pvO.kWpPerFootprint_m2);
  share("ev.smartShare", evO.smartShare);
  for (const k of ["carsPerDwelling", "km_day", "kWh_km"] as const) nonNegative(`ev.${k}`, evO[k]);
  for (const k of ["g", "frameFraction", "shadingFactor"] as const) share(`windows.${k}`, winO[k]);
  const dhShare = share("districtHeatShare", o.districtHeatShare ?? MODEL_DEFAULTS.districtHeatShare);
  const mix = { ...DEFAULT_SYSTEM_MIX, ...o.systemMix };
  const mixShares = SYSTEM_NAMES.map((s) => nonNegative(`systemMix.${s}`, mix[s]));
  if (!(mixShares.reduce((a, b) => a + b, 0) > 0)) throw new SimInputError("options.systemMix: shares sum to 0");
  const capacity_W_m2 = nonNegative("areaCapacity_W_m2", o.areaCapacity_W_m2 ?? MODEL_DEFAULTS.areaCapacity_W_m2);

  const zones: ZoneParameters[] = new Array(n);
  const useIndex = new Int32Array(n);
  const floorArea_m2 = new Float64Array(n);
  const windowArea_m2 = new Float64Array(n * PLANES);
  const roofPlane = new Int32Array(n);
  const pv_kWp = new Float64Array(n);
  const system: number[] = new Array(n);
  const gridArea: number[] = new Array(n);
  const evDaily_Wh: number[] = new Array(n);
  const evMode: number[] = new Array(n);
  const areaNames: string[] = [];
  const areaIndex = new Map<string, number>();
  const areaFloor: number[] = [];
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = city.buildings[i];
    ids[i] = String(b?.id ?? i);
    try {
      if (!Array.isArray(b?.footprint_m) || b.footprint_m.length < 3)
        throw new SimInputError("footprint_m needs at least 3 points");
      const rec = record(b, city.storeyHeight_m);
      const z = zoneParameters(rec, o.zone);
      zones[i] = z;
      useIndex[i] = (USE_TYPES as readonly string[]).indexOf(b.use);
      floorArea_m2[i] = z.floorArea_m2;
      const [sn, se, ss, sw] = facadeShares(b.footprint_m);
      windowArea_m2[i * PLANES + 1] = z.windowArea_m2 * sn;
      windowArea_m2[i * PLANES + 2] = z.windowArea_m2 * se;
      windowArea_m2[i * PLANES + 3] = z.windowArea_m2 * ss;
      windowArea_m2[i * PLANES + 4] = z.windowArea_m2 * sw;
      roofPlane[i] = 0;
      pv_kWp[i] = spread(ids[i], 1) < pvO.share ? pvO.kWpPerFootprint_m2 * rec.footprint_m2 : 0;
      const onDh = b.districtHeating !== undefined || spread(ids[i], 2) < dhShare;
      system[i] = onDh ? 4 : pick(mixShares, spread(ids[i], 3));
      const areaName = b.gridArea ?? b.district ?? "default";
      let a = areaIndex.get(areaName);
      if (a === undefined) {
        a = areaNames.length;
        areaIndex.set(areaName, a);
        areaNames.push(areaName);
        areaFloor.push(0);
      }
      gridArea[i] = a;
      areaFloor[a] += z.floorArea_m2;
      const residential = useArchetype(b.use).residential;
      const dwellings = residential ? (b.dwellings ?? Math.max(1, Math.round(z.floorArea_m2 / 100))) : 0;
      evDaily_Wh[i] = dwellings * evO.carsPerDwelling * evO.km_day * evO.kWh_km * 1000;
      evMode[i] = spread(ids[i], 4) < evO.smartShare ? 1 : 0;
    } catch (err) {
      if (err instanceof SimInputError) throw new SimInputError(`building ${ids[i]} (index ${i}): ${err.message}`);
      throw err;
    }
  }
  const profiles = {
    gains_W_m2: [] as Float64Array[],
    appliances_W_m2: [] as Float64Array[],
    dhw_W_m2: [] as Float64Array[],
  };
  for (const use of USE_TYPES) {
    const p = useProfiles(use, hours);
    profiles.gains_W_m2.push(p.internalGains_W_m2);
    profiles.appliances_W_m2.push(p.appliances_W_m2);
    profiles.dhw_W_m2.push(p.dhw_W_m2);
  }
  let dhFloor_m2 = 0;
  for (let i = 0; i < n; i++) if (system[i] === 4) dhFloor_m2 += floorArea_m2[i];
  const supply: SupplyConfig = {
    buildings: { system, gridArea, evDaily_Wh, evMode },
    areas: { capacity_W: areaFloor.map((f) => f * capacity_W_m2) },
    plants: o.plants ?? plantsFromDataset(city, dhFloor_m2) ?? EXAMPLE_DH_PLANTS,
    hourly: { outdoor_C, gridEf_g_kWh: o.gridEf_g_kWh, wasteHeatAvailable_W: o.wasteHeatAvailable_W },
    globals: { dhGridArea: 0 },
    detail: o.detail ?? false,
  };
  return {
    n,
    hours,
    planes: buildingPlanes(pvO.roofTilt_deg, pvO.roofAzimuth_deg),
    zones,
    useIndex,
    floorArea_m2,
    windowArea_m2,
    g: new Float64Array(n).fill(winO.g),
    frameFraction: new Float64Array(n).fill(winO.frameFraction),
    shadingFactor: new Float64Array(n).fill(winO.shadingFactor),
    roofPlane,
    pv_kWp,
    profiles,
    supply,
    areaNames,
    ids,
  };
}
