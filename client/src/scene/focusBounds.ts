/**
 * The part of the city the camera frames first: the 10th-90th percentile box of building centres. A municipality
 * with far-flung districts (Ålesund spans ~39 km) would otherwise open on a view where every building is a speck.
 */
export function focusBounds(
  centreX_m: ArrayLike<number>,
  centreZ_m: ArrayLike<number>,
  lowQuantile = 0.1,
  highQuantile = 0.9,
): { minX: number; maxX: number; minZ: number; maxZ: number } {
  const quantiles = (values: ArrayLike<number>) => {
    const sorted = Float64Array.from(values).sort();
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
    return [at(lowQuantile), at(highQuantile)];
  };
  if (centreX_m.length === 0) return { minX: 0, maxX: 0, minZ: 0, maxZ: 0 };
  const [minX, maxX] = quantiles(centreX_m);
  const [minZ, maxZ] = quantiles(centreZ_m);
  return { minX, maxX, minZ, maxZ };
}
