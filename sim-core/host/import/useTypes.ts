// Maps OSM building tags and Matrikkel building-type codes to the twin's use types, and the per-type fallbacks.
import { MATRIKKEL_TO_OSM } from "./matrikkelCodes.ts";

import { USE_TYPES, type UseType } from "../useTypes.ts";

export { USE_TYPES, type UseType };

/** OSM building=* values that are heated buildings of a known use. */
const OSM_TO_USE: Record<string, UseType> = {
  house: "house",
  detached: "house",
  semidetached_house: "house",
  farm: "house",
  bungalow: "house",
  cabin: "house",
  terrace: "rowhouse",
  apartments: "apartment",
  residential: "apartment",
  dormitory: "apartment",
  office: "office",
  commercial: "office",
  government: "office",
  civic: "office",
  public: "office",
  transportation: "office",
  train_station: "office",
  fire_station: "office",
  prison: "office",
  religious: "office",
  church: "office",
  chapel: "office",
  school: "school",
  university: "school",
  college: "school",
  kindergarten: "kindergarten",
  hospital: "nursinghome",
  retail: "retail",
  supermarket: "retail",
  kiosk: "retail",
  hotel: "hotel",
  industrial: "industry",
  warehouse: "industry",
  manufacture: "industry",
  service: "industry",
  sports_centre: "sports",
  sports_hall: "sports",
  stadium: "sports",
  riding_hall: "sports",
};

/** OSM building=* values of unheated structures: skipped with a warning. */
const UNHEATED = new Set([
  "garage",
  "garages",
  "shed",
  "carport",
  "roof",
  "hut",
  "barn",
  "greenhouse",
  "boathouse",
  "container",
  "bunker",
  "parking",
  "toilets",
  "transformer_tower",
  "ruins",
  "construction",
]);

/** Matrikkel codes the building2osm table maps coarser than our types (nursing homes are "civic" there). */
const MATRIKKEL_OVERRIDES: Record<number, UseType> = { 721: "nursinghome", 722: "nursinghome", 729: "nursinghome" };

export type UseLookup = { use: UseType } | { unheated: true; tag: string } | { unknown: string };

export function useFromOsmTag(tag: string | undefined): UseLookup {
  const t = (tag ?? "yes").trim().toLowerCase();
  if (OSM_TO_USE[t]) return { use: OSM_TO_USE[t] };
  if (UNHEATED.has(t)) return { unheated: true, tag: t };
  return { unknown: t };
}

export function useFromMatrikkelCode(code: number): UseLookup {
  if (MATRIKKEL_OVERRIDES[code]) return { use: MATRIKKEL_OVERRIDES[code] };
  const tag = MATRIKKEL_TO_OSM[code];
  if (!tag) return { unknown: `matrikkel ${code}` };
  return useFromOsmTag(tag);
}

/** Typical storeys above ground when a building states neither levels nor height (assumed, per use type). */
export const TYPICAL_LEVELS: Record<UseType, number> = {
  house: 2,
  rowhouse: 2,
  apartment: 4,
  office: 4,
  school: 2,
  kindergarten: 1,
  nursinghome: 3,
  retail: 2,
  hotel: 5,
  industry: 1,
  sports: 1,
};

export function isUseType(s: string): s is UseType {
  return (USE_TYPES as readonly string[]).includes(s);
}
