// Thin-slice energy model: steady-state transmission + ventilation heat loss per building,
//   Φ_i = H_i · max(0, θ_set,i − θ_e)          [W]
// over an hourly outdoor-temperature series. The full ISO 13790 5R1C model replaces this
// step in the energy-core issue; the buffer layout and clock stay.
import { allocF64, loadF64, storeF64 } from "./buffers";

let buildingCount: i32 = 0;
let hourCount: i32 = 0;
let hour: i32 = 0;

let heatLossCoeff_W_K: usize = 0; // per building, input
let setpoint_C: usize = 0; // per building, input (applied at the next step)
let outdoorTemp_C: usize = 0; // per hour, input
let heatLoad_W: usize = 0; // per building, output of the last step
let heatEnergy_kWh: usize = 0; // per building, output accumulated since init
let totalLoad_W: f64 = 0;
let totalEnergy_kWh: f64 = 0;

/** Error codes returned by init (0 = ok). */
export const ERR_BAD_BUILDING_COUNT: i32 = 1;
export const ERR_BAD_HOUR_COUNT: i32 = 2;

/** Allocates buffers for `buildings` buildings and `hours` weather hours; clock to hour 0.
 *  Never resets the shared heap (other modules own blocks in it): an instance is set up once. */
export function init(buildings: i32, hours: i32): i32 {
  if (buildings < 0 || buildings > 10_000_000) return ERR_BAD_BUILDING_COUNT;
  if (hours < 1 || hours > 1_000_000) return ERR_BAD_HOUR_COUNT;
  buildingCount = buildings;
  hourCount = hours;
  hour = 0;
  heatLossCoeff_W_K = allocF64(buildings);
  setpoint_C = allocF64(buildings);
  outdoorTemp_C = allocF64(hours);
  heatLoad_W = allocF64(buildings);
  heatEnergy_kWh = allocF64(buildings);
  totalLoad_W = 0;
  totalEnergy_kWh = 0;
  return 0;
}

/** Advances one hour: loads of every building at the current hour, then clock + 1 (wraps). */
export function step(): i32 {
  const tOut_C = loadF64(outdoorTemp_C, hour);
  let sum_W: f64 = 0;
  for (let i = 0; i < buildingCount; i++) {
    const dT = loadF64(setpoint_C, i) - tOut_C;
    const load_W = dT > 0 ? loadF64(heatLossCoeff_W_K, i) * dT : 0.0;
    storeF64(heatLoad_W, i, load_W);
    storeF64(heatEnergy_kWh, i, loadF64(heatEnergy_kWh, i) + load_W / 1000.0);
    sum_W += load_W;
  }
  totalLoad_W = sum_W;
  totalEnergy_kWh += sum_W / 1000.0;
  hour = hour + 1 < hourCount ? hour + 1 : 0;
  return hour;
}

/** Hour index the next step will simulate. */
export function currentHour(): i32 {
  return hour;
}
/** Sets the clock (clamped into the weather series). */
export function setHour(h: i32): void {
  hour = h < 0 ? 0 : h >= hourCount ? hourCount - 1 : h;
}
/** Number of buildings allocated by init. */
export function getBuildingCount(): i32 {
  return buildingCount;
}
/** Number of weather hours allocated by init. */
export function getHourCount(): i32 {
  return hourCount;
}
/** Sum of all buildings' heat load in the last step [W]. */
export function getTotalLoad_W(): f64 {
  return totalLoad_W;
}
/** Sum of all buildings' heat energy since init [kWh]. */
export function getTotalEnergy_kWh(): f64 {
  return totalEnergy_kWh;
}
/** f64[buildings]: heat-loss coefficient H [W/K] (input). */
export function heatLossCoeffPtr(): usize {
  return heatLossCoeff_W_K;
}
/** f64[buildings]: heating setpoint [°C] (input). */
export function setpointPtr(): usize {
  return setpoint_C;
}
/** f64[hours]: outdoor air temperature [°C] (input). */
export function outdoorTempPtr(): usize {
  return outdoorTemp_C;
}
/** f64[buildings]: heat load of the last step [W] (output). */
export function heatLoadPtr(): usize {
  return heatLoad_W;
}
/** f64[buildings]: heat energy since init [kWh] (output). */
export function heatEnergyPtr(): usize {
  return heatEnergy_kWh;
}
