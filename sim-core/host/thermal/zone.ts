/** One thermal zone (a building treated as one zone) of the ISO 13790 5R1C model. */
export interface ThermalZone {
  floorArea_m2: number;
  volume_m3: number;
  windowArea_m2: number;
  opaqueArea_m2: number;
  /** A_t: area of all surfaces facing the zone (ISO 13790 uses 4.5·A_f by default). */
  internalSurfaceArea_m2: number;
  uWindow_W_m2K: number;
  uOpaque_W_m2K: number;
  achVent_1_h: number;
  achInfiltration_1_h: number;
  /** η of the ventilation heat recovery, 0–1. */
  heatRecoveryEfficiency: number;
  /** κ: effective heat capacity per floor area [J/(m²K)]; C_m = κ·A_f. */
  capacitance_J_m2K: number;
  setpointHeating_C: number;
  setpointCooling_C: number;
  /** ≥ 0, may be Infinity. */
  maxHeating_W: number;
  /** ≤ 0, may be -Infinity. */
  maxCooling_W: number;
}

/** The driving conditions of one hour. */
export interface ThermalHour {
  tOut_C: number;
  internalGains_W: number;
  /** Solar gains Φ_sol; may be negative where sky radiation from opaque parts is included. */
  solarGains_W: number;
  tMassPrev_C: number;
}

export interface ThermalHourResult {
  /** ≥ 0 */
  heating_W: number;
  /** ≤ 0 */
  cooling_W: number;
  tAir_C: number;
  tSurface_C: number;
  tMassEnd_C: number;
}

/** Slot order of the zone parameters in WASM buffers (sim-core/assembly/thermal/zoneLayout.ts). */
export const ZONE_KEYS = [
  "floorArea_m2",
  "volume_m3",
  "windowArea_m2",
  "opaqueArea_m2",
  "internalSurfaceArea_m2",
  "uWindow_W_m2K",
  "uOpaque_W_m2K",
  "achVent_1_h",
  "achInfiltration_1_h",
  "heatRecoveryEfficiency",
  "capacitance_J_m2K",
  "setpointHeating_C",
  "setpointCooling_C",
  "maxHeating_W",
  "maxCooling_W",
] as const satisfies readonly (keyof ThermalZone)[];

/** Zone-hour buffer slots of the hour and of the results (sim-core/assembly/thermal/zoneHour.ts). */
export const ZONE_HOUR_SLOTS = {
  tOut_C: 15,
  internalGains_W: 16,
  solarGains_W: 17,
  tMassPrev_C: 18,
  heating_W: 20,
  cooling_W: 21,
  tAir_C: 22,
  tSurface_C: 23,
  tMassEnd_C: 24,
} as const;
