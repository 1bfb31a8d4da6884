/** Number with fixed decimals and a thin space before the unit, e.g. "12.3 MW". */
export function withUnit(value: number, decimals: number, unit: string): string {
  return `${value.toFixed(decimals)}\u2009${unit}`;
}
