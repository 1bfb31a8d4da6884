/** The building use types of the twin, shared by the archetype tables and the building import. */
export const USE_TYPES = [
  "house",
  "rowhouse",
  "apartment",
  "office",
  "school",
  "kindergarten",
  "nursinghome",
  "retail",
  "hotel",
  "industry",
  "sports",
] as const;
export type UseType = (typeof USE_TYPES)[number];
