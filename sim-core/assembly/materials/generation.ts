// Waste generation: households by dwelling type (persons × kg/person/yr) and businesses by use type
// (floor area × kg/m²/yr), per fraction, as a constant daily rate t/day (a year is 365 days).
import { loadF64, storeF64 } from "../buffers";
import {
  BUF_AREA_USE,
  BUF_GEN_AREA,
  BUF_GEN_DAILY,
  BUF_GEN_PERSON,
  BUF_POP,
  DAYS_PER_YEAR,
  FRACTION_COUNT,
} from "./layout";
import { dwellingCount, ptr, useCount } from "./state";

export function computeDailyGeneration(): void {
  const F = FRACTION_COUNT;
  const pop = ptr(BUF_POP);
  const perPerson = ptr(BUF_GEN_PERSON);
  const area = ptr(BUF_AREA_USE);
  const perArea = ptr(BUF_GEN_AREA);
  const out = ptr(BUF_GEN_DAILY);
  for (let f = 0; f < F; f++) {
    let households_kg: f64 = 0;
    for (let d = 0; d < dwellingCount; d++) households_kg += loadF64(pop, d) * loadF64(perPerson, d * F + f);
    let businesses_kg: f64 = 0;
    for (let u = 0; u < useCount; u++) businesses_kg += loadF64(area, u) * loadF64(perArea, u * F + f);
    storeF64(out, f, (households_kg + businesses_kg) / 1000.0 / <f64>DAYS_PER_YEAR);
    storeF64(out, F + f, households_kg / 1000.0 / <f64>DAYS_PER_YEAR);
  }
}
