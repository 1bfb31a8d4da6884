// Heating systems per building: the base mix, then heatPumpShare.
// - Base: district heat where the building is connected, else the model's own draw from its system mix
//   (sim-core/host/model: spread(id, 3) against DEFAULT_SYSTEM_MIX, SSB 2012 national shares — no municipal
//   heating-system statistic offline), so the base year equals `tvilling simulate`.
// - heatPumpShare p [% of direct-electric buildings]: a direct-electric building gets a heat pump when its
//   draw is below p/100: air-air in houses and row houses (the common Norwegian retrofit, Enova), air-water
//   (hydronic, also hot water) in every other use. Cost basis: buildings converted.
import type { CityBuilding } from "../../../host/city.ts";
import { spread } from "../../../host/model/inputs.ts";
import { DEFAULT_SYSTEM_MIX, type ModelOptions } from "../../../host/model/options.ts";
import { SYSTEM_NAMES } from "../../../host/supply/defaults.ts";
import { SALT } from "../draw.ts";
import { type LeverContext, drawOf, valueAt } from "./context.ts";

export const SYSTEM = { direct: 0, airAir: 1, airWater: 2, ground: 3, district: 4, bio: 5 } as const;

/** The system mix's shares and their sum (once per call of heatingForYear, not per building). */
function mixOf(options: ModelOptions): { shares: number[]; total: number } {
  const mix = { ...DEFAULT_SYSTEM_MIX, ...options.systemMix };
  const shares = SYSTEM_NAMES.map((s) => mix[s]);
  return { shares, total: shares.reduce((a, x) => a + x, 0) };
}

/** The model's base draw of a system for a building not on district heat (same rule as model/inputs.ts). */
export function baseSystem(b: CityBuilding, options: ModelOptions = {}, mix = mixOf(options)): number {
  if (b.districtHeating !== undefined) return SYSTEM.district;
  const { shares, total } = mix;
  const u = spread(String(b.id), 3);
  let acc = 0;
  for (let k = 0; k < shares.length; k++) {
    acc += shares[k] / total;
    if (u < acc) return k;
  }
  return shares.length - 1;
}

export function heatPumpFor(b: CityBuilding): number {
  return b.use === "house" || b.use === "rowhouse" ? SYSTEM.airAir : SYSTEM.airWater;
}

export interface HeatingResult {
  system: Int32Array;
  converted: number;
}

/** Systems of the year; `city` carries the year's district-heat connections. */
export function heatingForYear(
  c: LeverContext,
  buildings: readonly CityBuilding[],
  options: ModelOptions,
): HeatingResult {
  let converted = 0;
  const mix = mixOf(options);
  const system = Int32Array.from(buildings, (b) => {
    const s = baseSystem(b, options, mix);
    if (s !== SYSTEM.direct) return s;
    if (drawOf(c, b, SALT.heatPump) < valueAt(c, "heatPumpShare", b) / 100) {
      converted++;
      return heatPumpFor(b);
    }
    return s;
  });
  return { system, converted };
}
