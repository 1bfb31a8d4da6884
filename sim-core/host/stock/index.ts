// Building stock: archetype tables → per-building zone parameters and hourly schedules.
export {
  PERIOD_IDS,
  PERIODS,
  USE_TYPES,
  USES,
  periodById,
  periodForConstructionYear,
  useArchetype,
  type PeriodArchetype,
  type PeriodId,
  type UseArchetype,
  type UseType,
} from "./archetypes.ts";
export {
  buildingSchedules,
  HOURS_PER_YEAR,
  useProfiles,
  type BuildingSchedules,
  type UseProfiles,
} from "./schedules.ts";
export { zoneParameters, type BuildingRecord, type ZoneOptions, type ZoneParameters } from "./zone.ts";
