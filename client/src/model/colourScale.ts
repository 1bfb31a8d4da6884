// Colour scales as 256-entry lookup tables of packed RGBA bytes, so colouring a building is one
// multiply, one clamp and one 32-bit store.

export type Rgb = [number, number, number];

export interface ColourScale {
  min: number;
  max: number;
  /** 256 colours, little-endian packed 0xAABBGGRR (the byte order of an RGBA Uint8Array). */
  lut: Uint32Array;
  stops: Rgb[];
}

/** Sequential: light yellow → orange → dark red (low → high demand). */
export const SEQUENTIAL: Rgb[] = [
  [0.99, 0.95, 0.75],
  [0.99, 0.75, 0.4],
  [0.94, 0.42, 0.2],
  [0.7, 0.12, 0.15],
];
/** Diverging for changes: blue (less) → pale grey (no change) → red (more). */
export const DIVERGING: Rgb[] = [
  [0.16, 0.38, 0.75],
  [0.6, 0.75, 0.9],
  [0.92, 0.92, 0.9],
  [0.95, 0.65, 0.5],
  [0.75, 0.15, 0.15],
];
/** Construction period: older = warmer, newer = cooler. */
export const PERIOD: Rgb[] = [
  [0.75, 0.32, 0.28],
  [0.9, 0.7, 0.4],
  [0.6, 0.78, 0.7],
  [0.4, 0.6, 0.9],
];

export function sampleStops(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i];
  const b = stops[i + 1];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

export function makeScale(min: number, max: number, stops: Rgb[]): ColourScale {
  const lut = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    const [r, g, b] = sampleStops(stops, i / 255);
    lut[i] = (255 << 24) | (Math.round(b * 255) << 16) | (Math.round(g * 255) << 8) | Math.round(r * 255);
  }
  return { min, max: max > min ? max : min + 1, lut, stops };
}

/** Writes the colour of every value into `out` (packed RGBA, one uint32 per building). */
export function colourInto(values: Float64Array, scale: ColourScale, out: Uint32Array): void {
  const k = 255 / (scale.max - scale.min);
  const { min, lut } = scale;
  for (let i = 0; i < values.length; i++) {
    const t = (values[i] - min) * k;
    out[i] = lut[t <= 0 ? 0 : t >= 255 ? 255 : t | 0];
  }
}

/** The value at quantile q (0-1) of the finite values: robust scale ends that outliers do not stretch. */
export function quantile(values: Float64Array, q: number): number {
  const finite = values.filter(Number.isFinite).sort();
  if (finite.length === 0) return 0;
  return finite[Math.min(finite.length - 1, Math.max(0, Math.round(q * (finite.length - 1))))];
}
