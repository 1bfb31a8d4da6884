// Incineration with energy recovery: a bunker stock per fraction, burnt hour by hour.
// Burn rate r = min(capacity, S/τ): a bunker controller that settles at the delivery rate
// (steady state S = F·τ) and saturates at the plant's capacity. The bunker is well mixed, so each
// fraction burns in proportion to its share of the bunker. Fuel power = Σ burn_f · LHV_f;
// recovered heat and electricity = fuel power · η_heat, · η_el.
import { loadF64, storeF64 } from "../buffers";
import {
  BOUNDARY,
  BUF_ELEC_W,
  BUF_HEAT_W,
  BUF_LHV,
  BUF_P_DSTOCK,
  BUF_P_IN,
  BUF_P_OUT,
  BUF_P_STOCK,
  BUF_PLANT,
  BUF_PLANT_OUT,
  DEST_COUNT,
  FRACTION_COUNT,
  HOURS_PER_DAY,
  HOURS_PER_YEAR,
  P_INCINERATION,
  PL_BUNKER_MAX_T,
  PL_CAPACITY_T_YR,
  PL_ETA_EL,
  PL_ETA_HEAT,
  PL_RESIDENCE_H,
} from "./layout";
import { ptr } from "./state";

const J_PER_MJ_PER_S_H: f64 = 1.0e6 / 3600.0; // MJ burnt in one hour → W

/** One day at the plant: the day's deliveries enter the bunker at the step boundary, then 24 hourly burns. */
export function stepIncineratorDay(dayOfYear: i32, flowStep: usize): void {
  const F = FRACTION_COUNT;
  const pin = ptr(BUF_P_IN);
  const pout = ptr(BUF_P_OUT);
  const dstock = ptr(BUF_P_DSTOCK);
  const stock = ptr(BUF_P_STOCK);
  const plant = ptr(BUF_PLANT);
  const lhv = ptr(BUF_LHV);
  const plantOut = ptr(BUF_PLANT_OUT);
  const heat = ptr(BUF_HEAT_W);
  const elec = ptr(BUF_ELEC_W);
  const row = P_INCINERATION * F;

  // Deliveries in; stock at the start of the day kept in dstock to form Δstock at the end.
  let bunker_t: f64 = 0;
  for (let f = 0; f < F; f++) {
    const s0 = loadF64(stock, row + f);
    storeF64(dstock, row + f, s0);
    const s = s0 + loadF64(pin, row + f);
    storeF64(stock, row + f, s);
    bunker_t += s;
  }
  // A full bunker turns further deliveries away (they leave the system to another plant).
  const bunkerMax_t = loadF64(plant, PL_BUNKER_MAX_T);
  if (bunker_t > bunkerMax_t && bunker_t > 0) {
    const keep = bunkerMax_t / bunker_t;
    for (let f = 0; f < F; f++) {
      const s = loadF64(stock, row + f);
      const diverted = s - s * keep;
      storeF64(stock, row + f, s - diverted);
      storeF64(plantOut, F + f, loadF64(plantOut, F + f) + diverted);
      storeF64(pout, row + f, loadF64(pout, row + f) + diverted);
    }
  }

  const cap_t_h = loadF64(plant, PL_CAPACITY_T_YR) / <f64>HOURS_PER_YEAR;
  const tau_h = loadF64(plant, PL_RESIDENCE_H);
  const etaHeat = loadF64(plant, PL_ETA_HEAT);
  const etaEl = loadF64(plant, PL_ETA_EL);
  const hour0 = dayOfYear * HOURS_PER_DAY;
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    let s_t: f64 = 0;
    for (let f = 0; f < F; f++) s_t += loadF64(stock, row + f);
    let rate_t_h = s_t / tau_h;
    if (rate_t_h > cap_t_h) rate_t_h = cap_t_h;
    let fuel_MJ: f64 = 0;
    if (s_t > 0 && rate_t_h > 0) {
      const share = rate_t_h / s_t;
      for (let f = 0; f < F; f++) {
        const s = loadF64(stock, row + f);
        const burnt_t = s * share;
        storeF64(stock, row + f, s - burnt_t);
        storeF64(plantOut, f, loadF64(plantOut, f) + burnt_t);
        storeF64(pout, row + f, loadF64(pout, row + f) + burnt_t);
        fuel_MJ += burnt_t * 1000.0 * loadF64(lhv, f);
      }
    }
    const fuel_W = fuel_MJ * J_PER_MJ_PER_S_H;
    const heat_W = fuel_W * etaHeat;
    const elec_W = fuel_W * etaEl;
    storeF64(heat, hour0 + h, heat_W);
    storeF64(elec, hour0 + h, elec_W);
    // one hour at P watts is P watt-hours
    storeF64(plantOut, 2 * F, loadF64(plantOut, 2 * F) + heat_W);
    storeF64(plantOut, 2 * F + 1, loadF64(plantOut, 2 * F + 1) + elec_W);
  }

  // Everything that left the plant (burnt or diverted) crosses the system boundary.
  for (let f = 0; f < F; f++) {
    const out = loadF64(pout, row + f);
    storeF64(flowStep, (P_INCINERATION * DEST_COUNT + BOUNDARY) * F + f, out);
    storeF64(dstock, row + f, loadF64(stock, row + f) - loadF64(dstock, row + f));
  }
}
