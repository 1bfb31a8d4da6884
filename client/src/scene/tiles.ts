// Splits the city into a grid of tiles (few draw calls, and each tile is frustum-culled on its own).

/** Tile number of every building: a tilesX × tilesZ grid over the bounds, by footprint centre. */
export function assignTiles(
  centreX: Float64Array,
  centreZ: Float64Array,
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number },
  tilesX: number,
  tilesZ: number,
): { tileOf: Uint16Array; members: number[][] } {
  const tileOf = new Uint16Array(centreX.length);
  const members: number[][] = Array.from({ length: tilesX * tilesZ }, () => []);
  const w = (bounds.maxX - bounds.minX) / tilesX || 1;
  const h = (bounds.maxZ - bounds.minZ) / tilesZ || 1;
  for (let i = 0; i < centreX.length; i++) {
    const tx = Math.min(tilesX - 1, Math.max(0, Math.floor((centreX[i] - bounds.minX) / w)));
    const tz = Math.min(tilesZ - 1, Math.max(0, Math.floor((centreZ[i] - bounds.minZ) / h)));
    tileOf[i] = tz * tilesX + tx;
    members[tileOf[i]].push(i);
  }
  return { tileOf, members };
}
