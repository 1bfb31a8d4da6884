// Reading numbers and years out of free-text tags ("2", "12.5 m", "1914-05", "~1920", "1930s").

/** First number in a tag, or undefined ("12,5 m" → 12.5). */
export function tagNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /-?\d+(?:[.,]\d+)?/.exec(v);
  return m ? Number(m[0].replace(",", ".")) : undefined;
}

/** A plausible construction year (1000–2100) from a date-like tag, or undefined. */
export function tagYear(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1000 && v <= 2100 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(v);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1000 && y <= 2100 ? y : undefined;
}

/** The first of several keys whose value parses. */
export function firstTag<T>(
  props: Record<string, unknown>,
  keys: readonly string[],
  read: (v: unknown) => T | undefined,
) {
  for (const k of keys) {
    const v = read(props[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}
