/** Area of a simple polygon ring by the shoelace formula [m²] (orientation-independent). */
export function polygonArea_m2(ring: readonly (readonly [number, number])[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/** Perimeter of a ring, closing it implicitly [m]. */
export function polygonPerimeter_m(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += Math.hypot(x2 - x1, y2 - y1);
  }
  return sum;
}
