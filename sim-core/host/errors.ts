/** Thrown by the host API for input the core must never see (NaN, negative areas, empty series …). */
export class SimInputError extends Error {
  override name = "SimInputError";
}

/** Checks every value is finite and ≥ min; names the first offender. */
export function assertFiniteArray(label: string, values: ArrayLike<number>, min = -Infinity): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new SimInputError(`${label}[${i}]: ${v} is not a finite number`);
    if (v < min) throw new SimInputError(`${label}[${i}]: ${v} is below the minimum ${min}`);
  }
}
