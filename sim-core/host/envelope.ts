// Steady-state heat-loss coefficient of a building from its geometry and archetype envelope.
// H = Σ b·U·A (transmission, EN ISO 13789) + ρ_a·c_a·V·n_eff/3600 (ventilation, ρ_a·c_a = 1200 J/(m³K)
// as in ISO 13790 §9.3). n_eff = n_infiltration + n_ventilation·(1 − η_heat_recovery).
import { SimInputError } from "./errors.ts";

export interface Envelope {
  uWall_W_m2K: number;
  uRoof_W_m2K: number;
  uFloor_W_m2K: number;
  uWindow_W_m2K: number;
  /** Window area as a share of the facade area (0-1). */
  windowShare: number;
  achInfiltration_1_h: number;
  achVentilation_1_h: number;
  heatRecoveryEfficiency: number;
}

export interface BuildingGeometry {
  footprint_m2: number;
  perimeter_m: number;
  floors: number;
  storeyHeight_m: number;
}

/** Reduction factor b for the floor against ground (simplification of EN ISO 13370). */
export const GROUND_FLOOR_FACTOR = 0.5;
/** Volumetric heat capacity of air ρ_a·c_a [J/(m³K)], ISO 13790 §9.3.1. */
export const AIR_HEAT_CAPACITY_J_m3K = 1200;

export function buildingHeatLossCoeff_W_K(geometry: BuildingGeometry, envelope: Envelope): number {
  const { footprint_m2, perimeter_m, floors, storeyHeight_m } = geometry;
  if (!(footprint_m2 > 0)) throw new SimInputError(`footprint ${footprint_m2} m² must be positive`);
  if (!(perimeter_m > 0)) throw new SimInputError(`perimeter ${perimeter_m} m must be positive`);
  if (!(floors >= 1)) throw new SimInputError(`floors ${floors} must be at least 1`);
  if (!(storeyHeight_m > 0)) throw new SimInputError(`storey height ${storeyHeight_m} m must be positive`);
  if (!(envelope.windowShare >= 0 && envelope.windowShare < 1))
    throw new SimInputError(`window share ${envelope.windowShare} must be in [0, 1)`);
  const height_m = floors * storeyHeight_m;
  const facade_m2 = perimeter_m * height_m;
  const window_m2 = facade_m2 * envelope.windowShare;
  const transmission_W_K =
    envelope.uWall_W_m2K * (facade_m2 - window_m2) +
    envelope.uWindow_W_m2K * window_m2 +
    envelope.uRoof_W_m2K * footprint_m2 +
    GROUND_FLOOR_FACTOR * envelope.uFloor_W_m2K * footprint_m2;
  const volume_m3 = footprint_m2 * height_m;
  const achEffective_1_h =
    envelope.achInfiltration_1_h + envelope.achVentilation_1_h * (1 - envelope.heatRecoveryEfficiency);
  const ventilation_W_K = (AIR_HEAT_CAPACITY_J_m3K * volume_m3 * achEffective_1_h) / 3600;
  return transmission_W_K + ventilation_W_K;
}
