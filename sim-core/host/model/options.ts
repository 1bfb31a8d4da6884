// Options of the integrated energy model, each with a documented default (assumptions, not measured
// values: a scenario overrides them).
import type { DhPlant, SystemName } from "../supply/defaults.ts";
import type { ZoneOptions } from "../stock/zone.ts";

export interface ModelOptions {
  /** Shares of heating systems among buildings not connected to district heat (normalised). */
  systemMix?: Partial<Record<SystemName, number>>;
  /** Buildings with a `districtHeating` name are on district heat; this extra share of the rest too. */
  districtHeatShare?: number;
  pv?: { share?: number; kWpPerFootprint_m2?: number; roofTilt_deg?: number; roofAzimuth_deg?: number };
  ev?: { carsPerDwelling?: number; km_day?: number; kWh_km?: number; smartShare?: number };
  /** Grid-area capacity per m² of heated floor area supplied [W/m²]. */
  areaCapacity_W_m2?: number;
  /** District-heat plants in merit order; default the Ålesund-like example. */
  plants?: readonly DhPlant[];
  /** Heat the waste plant can deliver per hour [W] (the materials model's output); default flat 150 GWh/yr. */
  wasteHeatAvailable_W?: ArrayLike<number>;
  /** Hourly grid emission factor [g/kWh] or a constant. */
  gridEf_g_kWh?: ArrayLike<number> | number;
  windows?: { g?: number; frameFraction?: number; shadingFactor?: number };
  zone?: ZoneOptions;
  initialMassTemp_C?: number;
  /** Calendar year of the sun positions. */
  year?: number;
  /** Ground albedo for the transposition. */
  albedo?: number;
  /** Write per-building hourly flows in hour-by-hour stepping (balance checks; slower). */
  detail?: boolean;
}

/** Heating systems in Norwegian dwellings, rounded (SSB energy use in households 2012: direct electric
 *  and heat pumps dominate; assumption until a municipality's figures are supplied). */
export const DEFAULT_SYSTEM_MIX: Readonly<Record<SystemName, number>> = {
  direct: 0.35,
  airAir: 0.35,
  airWater: 0.12,
  ground: 0.1,
  district: 0,
  bio: 0.08,
};

export const MODEL_DEFAULTS = {
  districtHeatShare: 0,
  pv: { share: 0.1, kWpPerFootprint_m2: 0.08, roofTilt_deg: 30, roofAzimuth_deg: 180 },
  ev: { carsPerDwelling: 0.6, km_day: 33, kWh_km: 0.18, smartShare: 0.3 },
  areaCapacity_W_m2: 40,
  windows: { g: 0.5, frameFraction: 0.25, shadingFactor: 0.8 },
  initialMassTemp_C: 20,
  year: 2025,
  albedo: 0.2,
} as const;
