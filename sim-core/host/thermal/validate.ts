import { SimInputError } from "../errors.ts";
import { type ThermalHour, type ThermalZone, ZONE_KEYS } from "./zone.ts";

function finite(label: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new SimInputError(`${label}: ${String(v)} is not a finite number`);
  return v;
}

function atLeast(label: string, v: number, min: number, strict = false): void {
  if (strict ? !(v > min) : !(v >= min))
    throw new SimInputError(`${label}: ${v} must be ${strict ? "greater than" : "at least"} ${min}`);
}

/** Checks a zone for the 5R1C model; `path` names it in messages (e.g. "zones[12]"). */
export function validateZone(zone: ThermalZone, path = "zone"): void {
  if (zone === null || typeof zone !== "object") throw new SimInputError(`${path}: not an object`);
  const at = (k: keyof ThermalZone) => `${path}.${k}`;
  for (const k of ZONE_KEYS) {
    if (k === "maxHeating_W" || k === "maxCooling_W") continue;
    finite(at(k), zone[k]);
  }
  const maxHeat = zone.maxHeating_W;
  if (typeof maxHeat !== "number" || Number.isNaN(maxHeat) || maxHeat === Number.NEGATIVE_INFINITY || maxHeat < 0)
    throw new SimInputError(`${at("maxHeating_W")}: ${String(maxHeat)} must be ≥ 0 (Infinity allowed)`);
  const maxCool = zone.maxCooling_W;
  if (typeof maxCool !== "number" || Number.isNaN(maxCool) || maxCool === Number.POSITIVE_INFINITY || maxCool > 0)
    throw new SimInputError(`${at("maxCooling_W")}: ${String(maxCool)} must be ≤ 0 (-Infinity allowed)`);
  atLeast(at("floorArea_m2"), zone.floorArea_m2, 0, true);
  atLeast(at("volume_m3"), zone.volume_m3, 0, true);
  atLeast(at("windowArea_m2"), zone.windowArea_m2, 0);
  atLeast(at("opaqueArea_m2"), zone.opaqueArea_m2, 0);
  atLeast(at("internalSurfaceArea_m2"), zone.internalSurfaceArea_m2, 0, true);
  atLeast(at("uWindow_W_m2K"), zone.uWindow_W_m2K, 0);
  atLeast(at("uOpaque_W_m2K"), zone.uOpaque_W_m2K, 0);
  atLeast(at("achVent_1_h"), zone.achVent_1_h, 0);
  atLeast(at("achInfiltration_1_h"), zone.achInfiltration_1_h, 0);
  atLeast(at("capacitance_J_m2K"), zone.capacitance_J_m2K, 0, true);
  const eta = zone.heatRecoveryEfficiency;
  if (eta < 0 || eta > 1) throw new SimInputError(`${at("heatRecoveryEfficiency")}: ${eta} is outside 0–1`);
  if (zone.setpointCooling_C < zone.setpointHeating_C)
    throw new SimInputError(
      `${at("setpointCooling_C")}: ${zone.setpointCooling_C} °C is below the heating setpoint ${zone.setpointHeating_C} °C`,
    );
  // C.2/C.3 split the radiant gains A_m/A_t to the mass and the rest (less H_tr,w/(9.1·A_t)) to the
  // surfaces; both shares are non-negative only if A_t ≥ A_m + H_tr,w/9.1.
  const minSurface_m2 = 2.5 * zone.floorArea_m2 + (zone.uWindow_W_m2K * zone.windowArea_m2) / 9.1;
  if (zone.internalSurfaceArea_m2 < minSurface_m2)
    throw new SimInputError(
      `${at("internalSurfaceArea_m2")}: ${zone.internalSurfaceArea_m2} m² is below A_m + H_tr,w/9.1 = ${minSurface_m2} m² (2.5·floor area + window conductance/9.1)`,
    );
}

/** Checks the driving conditions of one hour. */
export function validateHour(hour: ThermalHour, path = "hour"): void {
  if (hour === null || typeof hour !== "object") throw new SimInputError(`${path}: not an object`);
  finite(`${path}.tOut_C`, hour.tOut_C);
  finite(`${path}.internalGains_W`, hour.internalGains_W);
  finite(`${path}.solarGains_W`, hour.solarGains_W);
  finite(`${path}.tMassPrev_C`, hour.tMassPrev_C);
}
