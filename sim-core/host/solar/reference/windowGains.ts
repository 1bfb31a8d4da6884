// Plain-TypeScript mirror of sim-core/assembly/solar/windowGains.ts (ISO 13790 eq. 43-44 for a stock).

/**
 * Φ_sol [W] of every building for `hour`. windowArea_m2: plane-major f64[planes × count]; poa_W_m2:
 * plane-major f64[planes × hours] as the solar kernel writes it.
 */
export function windowGainsForHourReference(
  hour: number,
  hours: number,
  poa_W_m2: ArrayLike<number>,
  windowArea_m2: ArrayLike<number>,
  g: ArrayLike<number>,
  frameFraction: ArrayLike<number>,
  shadingFactor: ArrayLike<number>,
): Float64Array {
  const count = g.length;
  const planes = poa_W_m2.length / hours;
  const out = new Float64Array(count);
  for (let p = 0; p < planes; p++) {
    const irradiance = poa_W_m2[p * hours + hour];
    const base = p * count;
    for (let i = 0; i < count; i++) out[i] = out[i] + windowArea_m2[base + i] * irradiance;
  }
  for (let i = 0; i < count; i++) out[i] = g[i] * (1 - frameFraction[i]) * shadingFactor[i] * out[i];
  return out;
}
