// Colour by construction period (older = warmer), the thin slice's map metric.
const STOPS: [number, [number, number, number]][] = [
  [1956, [0.75, 0.32, 0.28]],
  [1971, [0.85, 0.5, 0.3]],
  [1987, [0.9, 0.7, 0.4]],
  [1997, [0.8, 0.8, 0.6]],
  [2007, [0.6, 0.78, 0.7]],
  [2017, [0.45, 0.7, 0.8]],
  [Infinity, [0.4, 0.6, 0.9]],
];

export function periodColor(year: number): [number, number, number] {
  for (const [before, rgb] of STOPS) if (year < before) return rgb;
  return STOPS[STOPS.length - 1][1];
}
