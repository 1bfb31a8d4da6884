// Deterministic draws per building: a fraction in [0, 1) from a hash of the building id, the scenario seed and
// a salt (one salt per lever), so a building keeps its draw when the stock is split, reordered or filtered,
// and a share s of buildings is "the buildings with draw < s" (a larger share is a superset of a smaller one).

/** FNV-1a over the id, the seed and the salt, finished with MurmurHash3's fmix32. */
export function draw(id: string, seed: number, salt: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ (seed >>> 0), 0x01000193);
  h = Math.imul(h ^ (salt >>> 0), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** One salt per lever family, so the draws of different levers are independent. */
export const SALT = {
  retrofit: 11,
  retrofitDepth: 12,
  heatPump: 13,
  pv: 14,
  battery: 15,
  ev: 16,
  smartCharging: 17,
  districtHeat: 18,
} as const;
