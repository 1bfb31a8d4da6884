// The mix of generated buildings shared by the sample-city generator (tools/make-sample-city.ts) and the client's
// synthetic city (client/src/city/syntheticCity.ts): uses with their weights, plan sizes [m] and floors, and the
// construction years drawn from.
export const SYNTHETIC_USES = [
  { use: "house", weight: 0.55, w: [9, 14], d: [8, 12], floors: [1, 2] },
  { use: "rowhouse", weight: 0.2, w: [20, 36], d: [8, 10], floors: [2, 2] },
  { use: "apartment", weight: 0.15, w: [20, 45], d: [12, 16], floors: [3, 6] },
  { use: "office", weight: 0.06, w: [25, 50], d: [15, 20], floors: [3, 8] },
  { use: "school", weight: 0.04, w: [40, 60], d: [15, 25], floors: [2, 3] },
] as const;
export const SYNTHETIC_YEARS = [1930, 1962, 1978, 1991, 2001, 2011, 2020] as const;
