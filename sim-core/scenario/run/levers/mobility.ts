// evShare and smartChargingShare → EV charging per building; the cars that stay fossil for the GHG account.
// - evShare e [% of cars]: EVs of a building = its dwellings × the municipality's cars per dwelling × e/100
//   (cars and dwellings from the dataset: OFV/SSB); daily charging = EVs × km/day (dataset mean km per car
//   ÷ 365) × 0.18 kWh/km (model default, assumption). Base e: the dataset's carFleet.evShare.
// - smartChargingShare m [% of EVs]: a building's EVs charge at night (22-06) when its draw is below m/100.
// - Fossil cars: (1 − e) of the cars drive the same km at 0.15 kg CO2/km (assumption: Norwegian petrol/diesel
//   fleet average, tank-to-wheel) — the transport sector of the GHG indicator.
import { SALT } from "../draw.ts";
import { type LeverContext, drawOf, valueAt } from "./context.ts";

export const EV_KWH_PER_KM = 0.18;
export const ICE_KG_CO2_PER_KM = 0.15;

export interface MobilityResult {
  evDaily_Wh: Float64Array;
  evMode: Int32Array;
  cars: number;
  evs: number;
  smartEvs: number;
  fossilKm_yr: number;
}

export function mobilityForYear(c: LeverContext): MobilityResult {
  const { base } = c;
  const bs = base.city.buildings;
  const evDaily_Wh = new Float64Array(bs.length);
  const evMode = new Int32Array(bs.length);
  let cars = 0;
  let evs = 0;
  let smartEvs = 0;
  bs.forEach((b, i) => {
    const carsHere = base.dwellings[i] * base.carsPerDwelling;
    const evsHere = carsHere * (valueAt(c, "evShare", b) / 100);
    cars += carsHere;
    evs += evsHere;
    evDaily_Wh[i] = evsHere * base.km_day * EV_KWH_PER_KM * 1000;
    if (drawOf(c, b, SALT.smartCharging) < valueAt(c, "smartChargingShare", b) / 100) {
      evMode[i] = 1;
      smartEvs += evsHere;
    }
  });
  return { evDaily_Wh, evMode, cars, evs, smartEvs, fossilKm_yr: (cars - evs) * base.km_day * 365 };
}
