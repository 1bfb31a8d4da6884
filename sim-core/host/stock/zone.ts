// One building record → the zone parameters of the ISO 13790 5R1C model (issue 3 item 2 conventions).
import type { ThermalZone } from "../thermal/zone.ts";
import { SimInputError } from "../errors.ts";
import {
  N50_TO_INFILTRATION,
  type PeriodArchetype,
  type UseArchetype,
  periodById,
  periodForConstructionYear,
  useArchetype,
} from "./archetypes.ts";

export interface BuildingRecord {
  use: string;
  /** Construction year; mapped to a period unless `period` is given (e.g. "passive"). */
  year: number;
  period?: string;
  footprint_m2: number;
  perimeter_m: number;
  floors: number;
  storeyHeight_m: number;
  /** Heated share of the gross floor area (0-1]; scales floor area, volume and envelope. */
  heatedShare: number;
}

/** The 5R1C zone the thermal model takes (one definition, in the thermal host). */
export type ZoneParameters = ThermalZone;

export interface ZoneOptions {
  /** Design outdoor temperature for sizing the heating [°C] (NS-EN 12831; Oslo area ≈ −20 °C). */
  designOutdoor_C?: number;
  /** Installed heating over the design heat loss; Infinity = unlimited (ideal) heating. */
  heatingOversize?: number;
}

/** Reduction factor b for the floor against ground (as in host/envelope.ts, simplified EN ISO 13370). */
export const GROUND_FLOOR_FACTOR = 0.5;
/** ISO 13790 §7.2.2.2: A_t = 4.5 · A_f (Λ_at = 4.5). */
export const SURFACE_TO_FLOOR_RATIO = 4.5;
const AIR_HEAT_CAPACITY_J_m3K = 1200;

function positive(label: string, v: number): void {
  if (!Number.isFinite(v) || v <= 0) throw new SimInputError(`${label} ${v} must be a positive finite number`);
}

/** The envelope period of a record: explicit `period`, else by construction year. */
export function recordPeriod(b: BuildingRecord): PeriodArchetype {
  return b.period !== undefined ? periodById(b.period) : periodForConstructionYear(b.year);
}

/** Mean ventilation rate over a typical week [m³/(h·m²)] (the zone model takes one constant rate). */
export function meanVentilation_m3_hm2(u: UseArchetype): number {
  const hoursOn = (r: [number, number]) => Math.max(0, r[1] - r[0]);
  const onShare = (5 * hoursOn(u.weekday) + 2 * hoursOn(u.weekend)) / (7 * 24);
  return onShare * u.ventInOperation_m3_hm2 + (1 - onShare) * u.ventOutside_m3_hm2;
}

export function zoneParameters(b: BuildingRecord, options: ZoneOptions = {}): ZoneParameters {
  const use = useArchetype(b.use);
  const period = recordPeriod(b);
  positive("footprint_m2", b.footprint_m2);
  positive("perimeter_m", b.perimeter_m);
  positive("storeyHeight_m", b.storeyHeight_m);
  if (!Number.isInteger(b.floors) || b.floors < 1) throw new SimInputError(`floors ${b.floors} must be an integer ≥ 1`);
  if (!(b.heatedShare > 0 && b.heatedShare <= 1))
    throw new SimInputError(`heatedShare ${b.heatedShare} must be in (0, 1]`);
  const share = b.heatedShare;
  const floorArea_m2 = b.footprint_m2 * b.floors * share;
  const volume_m3 = floorArea_m2 * b.storeyHeight_m;
  const facade_m2 = b.perimeter_m * b.floors * b.storeyHeight_m * share;
  const windowArea_m2 = facade_m2 * use.windowShare;
  const wall_m2 = facade_m2 - windowArea_m2;
  const roof_m2 = b.footprint_m2 * share;
  const floor_m2 = b.footprint_m2 * share;
  const opaqueArea_m2 = wall_m2 + roof_m2 + floor_m2;
  // Area-weighted U of wall, roof and floor; the ground floor carries its reduction factor b.
  const uOpaque_W_m2K =
    (period.uWall_W_m2K * wall_m2 +
      period.uRoof_W_m2K * roof_m2 +
      GROUND_FLOOR_FACTOR * period.uFloor_W_m2K * floor_m2) /
    opaqueArea_m2;
  const achVent_1_h = (meanVentilation_m3_hm2(use) * floorArea_m2) / volume_m3;
  const achInfiltration_1_h = period.n50_1_h * N50_TO_INFILTRATION;
  const heatRecoveryEfficiency = use.residential ? period.heatRecoveryResidential : period.heatRecoveryNonResidential;
  const achTot = achVent_1_h + achInfiltration_1_h;
  // H_ve as the thermal model computes it (ISO 13790 eq. 21 with the recovery on the ventilation share).
  const hVe_W_K =
    ((AIR_HEAT_CAPACITY_J_m3K * volume_m3 * achTot) / 3600) * (1 - (heatRecoveryEfficiency * achVent_1_h) / achTot);
  const hTr_W_K = period.uWindow_W_m2K * windowArea_m2 + uOpaque_W_m2K * opaqueArea_m2;
  const designOutdoor_C = options.designOutdoor_C ?? -20;
  const oversize = options.heatingOversize ?? 1.5;
  if (!(oversize > 0)) throw new SimInputError(`heatingOversize ${oversize} must be positive (or Infinity)`);
  const maxHeating_W =
    oversize === Number.POSITIVE_INFINITY
      ? Number.POSITIVE_INFINITY
      : oversize * (hTr_W_K + hVe_W_K) * Math.max(0, use.setpointHeating_C - designOutdoor_C);
  return {
    floorArea_m2,
    volume_m3,
    windowArea_m2,
    opaqueArea_m2,
    internalSurfaceArea_m2: SURFACE_TO_FLOOR_RATIO * floorArea_m2,
    uWindow_W_m2K: period.uWindow_W_m2K,
    uOpaque_W_m2K,
    achVent_1_h,
    achInfiltration_1_h,
    heatRecoveryEfficiency,
    capacitance_J_m2K: use.capacitance_J_m2K,
    setpointHeating_C: use.setpointHeating_C,
    setpointCooling_C: use.setpointCooling_C,
    maxHeating_W,
    maxCooling_W: use.coolingCapacity_W_m2 > 0 ? -use.coolingCapacity_W_m2 * floorArea_m2 : 0,
  };
}
