// Validation of client messages: every message is checked before anything is applied.
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const SETPOINT_RANGE_C = { min: 12, max: 26 } as const;
export const SPEED_RANGE_H_S = { min: 0.25, max: 240 } as const;

function numberField(message: unknown, field: string, range: { min: number; max: number }): Parsed<number> {
  if (typeof message !== "object" || message === null)
    return { ok: false, error: `expected an object with "${field}"` };
  const v = (message as Record<string, unknown>)[field];
  if (typeof v !== "number" || !Number.isFinite(v)) return { ok: false, error: `${field}: expected a finite number` };
  if (v < range.min || v > range.max)
    return { ok: false, error: `${field}: ${v} is outside ${range.min}-${range.max}` };
  return { ok: true, value: v };
}

export const parseSetpoint = (m: unknown) => numberField(m, "setpoint_C", SETPOINT_RANGE_C);
export const parseSpeed = (m: unknown) => numberField(m, "speed_h_s", SPEED_RANGE_H_S);
export function parsePlaying(m: unknown): Parsed<boolean> {
  const v = typeof m === "object" && m !== null ? (m as Record<string, unknown>).playing : undefined;
  return typeof v === "boolean" ? { ok: true, value: v } : { ok: false, error: "playing: expected true or false" };
}
