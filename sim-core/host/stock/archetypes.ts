// Archetype tables (assets/archetypes/periods.json, use-types.json) and their lookup by use and year.
// The table is factorised: a construction period gives the envelope, a use type gives the operation;
// an archetype is one (use, period) pair.
import periodsJson from "../../../assets/archetypes/periods.json" with { type: "json" };
import useTypesJson from "../../../assets/archetypes/use-types.json" with { type: "json" };
import { SimInputError } from "../errors.ts";

import { USE_TYPES, type UseType } from "../useTypes.ts";

export { USE_TYPES, type UseType };

export const PERIOD_IDS = ["pre1956", "1956-70", "TEK69", "TEK87", "TEK97", "TEK07", "TEK17", "passive"] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

export interface PeriodArchetype {
  id: PeriodId;
  label: string;
  /** First and last construction year of the period; null for passive house (chosen explicitly). */
  fromYear: number | null;
  toYear: number | null;
  uWall_W_m2K: number;
  uRoof_W_m2K: number;
  uFloor_W_m2K: number;
  uWindow_W_m2K: number;
  n50_1_h: number;
  heatRecoveryResidential: number;
  heatRecoveryNonResidential: number;
  status: string;
}

export interface UseArchetype {
  residential: boolean;
  /** Operating hours [start, end) on weekdays and weekends. */
  weekday: [number, number];
  weekend: [number, number];
  people_W_m2: number;
  lighting_W_m2: number;
  equipment_W_m2: number;
  baseShareOutside: number;
  ventInOperation_m3_hm2: number;
  ventOutside_m3_hm2: number;
  dhw_kWh_m2yr: number;
  setpointHeating_C: number;
  setpointCooling_C: number;
  coolingCapacity_W_m2: number;
  capacitance_J_m2K: number;
  windowShare: number;
  dhwProfile: "residential" | "operation";
}

export interface DhwProfile {
  weekday: number[];
  weekend: number[];
}

export const PERIODS: readonly PeriodArchetype[] = periodsJson.periods as PeriodArchetype[];
export const USES: Readonly<Record<UseType, UseArchetype>> = useTypesJson.useTypes as unknown as Record<
  UseType,
  UseArchetype
>;
export const RESIDENTIAL_DHW_PROFILE: DhwProfile = useTypesJson.dhwProfiles.residential;

/** Infiltration from air tightness: n_inf ≈ n50 / 20 (rule of thumb for sheltered, multi-facade buildings). */
export const N50_TO_INFILTRATION = 1 / 20;

export function useArchetype(use: string): UseArchetype {
  if (!(USE_TYPES as readonly string[]).includes(use))
    throw new SimInputError(`unknown use type "${use}"; expected one of ${USE_TYPES.join(", ")}`);
  return USES[use as UseType];
}

export function periodById(id: string): PeriodArchetype {
  const p = PERIODS.find((q) => q.id === id);
  if (!p) throw new SimInputError(`unknown construction period "${id}"; expected one of ${PERIOD_IDS.join(", ")}`);
  return p;
}

/** The period a construction year falls in (passive house is never chosen by year). */
export function periodForConstructionYear(year: number): PeriodArchetype {
  if (!Number.isInteger(year) || year < 1000 || year > 2100)
    throw new SimInputError(`construction year ${year} must be an integer between 1000 and 2100`);
  const p = PERIODS.find((q) => q.fromYear !== null && q.toYear !== null && year >= q.fromYear && year <= q.toYear);
  if (!p) throw new SimInputError(`no construction period covers year ${year}`);
  return p;
}
