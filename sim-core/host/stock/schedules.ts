// Hourly schedules per use type (per m² heated floor area) over a simulated period:
// occupancy, internal gains (people + lighting + equipment), appliance + lighting electricity and DHW.
// Hour 0 is midnight of a day whose weekday is `startWeekday` (0 = Monday … 6 = Sunday).
import { SimInputError } from "../errors.ts";
import { RESIDENTIAL_DHW_PROFILE, type UseArchetype, useArchetype } from "./archetypes.ts";
import { type BuildingRecord, zoneParameters } from "./zone.ts";

export interface UseProfiles {
  /** 0-1 presence. */
  occupancy: Float64Array;
  /** People + lighting + equipment heat to the zone [W/m²]. */
  internalGains_W_m2: Float64Array;
  /** Lighting + equipment electricity [W/m²] (the supply model's appliances input). */
  appliances_W_m2: Float64Array;
  /** Domestic hot water heat need [W/m²]; sums to dhw_kWh_m2yr · hours/8760 over the period. */
  dhw_W_m2: Float64Array;
}

export const HOURS_PER_YEAR = 8760;

function inOperation(u: UseArchetype, weekend: boolean, hourOfDay: number): boolean {
  const [start, end] = weekend ? u.weekend : u.weekday;
  return hourOfDay >= start && hourOfDay < end;
}

function checkPeriod(hours: number, startWeekday: number): void {
  if (!Number.isInteger(hours) || hours < 1 || hours > 1_000_000)
    throw new SimInputError(`hours ${hours} must be an integer between 1 and 1,000,000`);
  if (!Number.isInteger(startWeekday) || startWeekday < 0 || startWeekday > 6)
    throw new SimInputError(`startWeekday ${startWeekday} must be an integer 0 (Monday) … 6 (Sunday)`);
}

/** Profiles of one use type; 2025-01-01 was a Wednesday (startWeekday 2). */
export function useProfiles(use: string, hours = HOURS_PER_YEAR, startWeekday = 2): UseProfiles {
  const u = useArchetype(use);
  checkPeriod(hours, startWeekday);
  const occupancy = new Float64Array(hours);
  const internalGains_W_m2 = new Float64Array(hours);
  const appliances_W_m2 = new Float64Array(hours);
  const dhw_W_m2 = new Float64Array(hours);
  let weightSum = 0;
  for (let h = 0; h < hours; h++) {
    const day = Math.floor(h / 24);
    const hourOfDay = h % 24;
    const weekend = (startWeekday + day) % 7 >= 5;
    const on = inOperation(u, weekend, hourOfDay);
    const electric = (u.lighting_W_m2 + u.equipment_W_m2) * (on ? 1 : u.baseShareOutside);
    occupancy[h] = on ? 1 : 0;
    appliances_W_m2[h] = electric;
    internalGains_W_m2[h] = electric + (on ? u.people_W_m2 : 0);
    const w =
      u.dhwProfile === "residential"
        ? (weekend ? RESIDENTIAL_DHW_PROFILE.weekend : RESIDENTIAL_DHW_PROFILE.weekday)[hourOfDay]
        : on
          ? 1
          : 0;
    dhw_W_m2[h] = w;
    weightSum += w;
  }
  // Spread the annual DHW need over the period in proportion to the weights (energy conserved).
  const dhw_Wh_m2 = (u.dhw_kWh_m2yr * 1000 * hours) / HOURS_PER_YEAR;
  if (weightSum > 0) for (let h = 0; h < hours; h++) dhw_W_m2[h] *= dhw_Wh_m2 / weightSum;
  else dhw_W_m2.fill(dhw_Wh_m2 / hours);
  return { occupancy, internalGains_W_m2, appliances_W_m2, dhw_W_m2 };
}

export interface BuildingSchedules {
  internalGains_W: Float64Array;
  appliances_W: Float64Array;
  dhw_W: Float64Array;
}

/** Hourly internal gains, appliance electricity and DHW of one building (profile × heated floor area). */
export function buildingSchedules(b: BuildingRecord, hours = HOURS_PER_YEAR, startWeekday = 2): BuildingSchedules {
  const { floorArea_m2 } = zoneParameters(b);
  const p = useProfiles(b.use, hours, startWeekday);
  const scale = (a: Float64Array) => a.map((v) => v * floorArea_m2);
  return {
    internalGains_W: scale(p.internalGains_W_m2),
    appliances_W: scale(p.appliances_W_m2),
    dhw_W: scale(p.dhw_W_m2),
  };
}
