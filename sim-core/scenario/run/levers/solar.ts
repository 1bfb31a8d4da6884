// rooftopPvShare, rooftopPvSize and batteryShare → PV and battery per building.
// - rooftopPvShare s [% of buildings]: a building has PV when its draw is below s/100 (the base is the
//   lever's default 2 %: no municipal PV statistic offline).
// - rooftopPvSize a [% of roof]: kWp = footprint × a/100 × 0.2 kWp/m² (module power density of 2024
//   crystalline modules ≈ 200 W/m² at STC, assumption); a = 40 % gives the model's default 0.08 kWp/m².
// - batteryShare b [% of PV buildings]: a PV building gets a battery of 1.5 kWh per kWp (assumption, a common
//   residential sizing), 0.5 C power, 90 % round trip (model default), self-consumption mode.
import { SALT } from "../draw.ts";
import { type LeverContext, drawOf, footprintOf, valueAt } from "./context.ts";

export const MODULE_KWP_PER_M2 = 0.2;
export const BATTERY_KWH_PER_KWP = 1.5;
export const BATTERY_C_RATE = 0.5;

export interface SolarResult {
  pv_kWp: Float64Array;
  batteryCapacity_Wh: Float64Array;
  batteryPower_W: Float64Array;
  totalKwp: number;
  batteryKwh: number;
}

export function solarForYear(c: LeverContext): SolarResult {
  const bs = c.base.city.buildings;
  const pv_kWp = new Float64Array(bs.length);
  const batteryCapacity_Wh = new Float64Array(bs.length);
  const batteryPower_W = new Float64Array(bs.length);
  let totalKwp = 0;
  let batteryKwh = 0;
  bs.forEach((b, i) => {
    if (!(drawOf(c, b, SALT.pv) < valueAt(c, "rooftopPvShare", b) / 100)) return;
    const kWp = footprintOf(b) * (valueAt(c, "rooftopPvSize", b) / 100) * MODULE_KWP_PER_M2;
    pv_kWp[i] = kWp;
    totalKwp += kWp;
    if (drawOf(c, b, SALT.battery) < valueAt(c, "batteryShare", b) / 100) {
      batteryCapacity_Wh[i] = kWp * BATTERY_KWH_PER_KWP * 1000;
      batteryPower_W[i] = batteryCapacity_Wh[i] * BATTERY_C_RATE;
      batteryKwh += kWp * BATTERY_KWH_PER_KWP;
    }
  });
  return { pv_kWp, batteryCapacity_Wh, batteryPower_W, totalKwp, batteryKwh };
}
