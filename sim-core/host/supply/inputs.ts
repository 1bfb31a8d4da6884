// Validation of the per-hour (or per-block) demand inputs the thermal, DHW, schedule and PV models write.
import { SimInputError } from "../errors.ts";

export interface DemandInputs {
  spaceHeat_W: ArrayLike<number>;
  spaceCool_W: ArrayLike<number>;
  dhw_W: ArrayLike<number>;
  appliances_W: ArrayLike<number>;
  pv_W: ArrayLike<number>;
}

const SIGNS: Record<keyof DemandInputs, "≥ 0" | "≤ 0"> = {
  spaceHeat_W: "≥ 0",
  spaceCool_W: "≤ 0",
  dhw_W: "≥ 0",
  appliances_W: "≥ 0",
  pv_W: "≥ 0",
};

/** Throws naming the first bad value; `where(k)` describes element k (e.g. "building 12, hour 3"). */
export function checkDemandInputs(inputs: DemandInputs, length: number, where: (k: number) => string): void {
  for (const key of Object.keys(SIGNS) as (keyof DemandInputs)[]) {
    const a = inputs[key];
    if (a.length < length) throw new SimInputError(`${key} has ${a.length} entries, expected ${length}`);
    const positive = SIGNS[key] === "≥ 0";
    for (let k = 0; k < length; k++) {
      const v = a[k];
      if (!Number.isFinite(v) || (positive ? v < 0 : v > 0))
        throw new SimInputError(`${key} at ${where(k)}: ${v} must be a finite number ${SIGNS[key]}`);
    }
  }
}
