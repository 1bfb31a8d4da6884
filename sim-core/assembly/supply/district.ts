// District-heating network: connected demand plus losses, dispatched each hour in merit order over
// the plants; anything the plants cannot cover is reported as unserved, never dropped.
// Network balance: Σ plant output + unserved = demand + loss.
import {
  D_CO2_G,
  D_DEMAND,
  D_ELECTRIC,
  D_LOSS,
  D_STRIDE,
  D_UNSERVED,
  D_WASTE_UNUSED,
  GP_DH_FIXED_LOSS_W,
  GP_DH_LOSS_SHARE,
  PLANT_ELECTRIC_BOILER,
  PLANT_HEAT_PUMP,
  PLANT_WASTE,
  P_CAPACITY_W,
  P_EFFICIENCY,
  P_EF_G_KWH,
  P_KIND,
  P_STRIDE,
} from "./layout";
import { dhSeries, globalParams, plantCount, plantOut_W, plants, wasteHeatAvailable_W } from "./state";

function f(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}

/** Dispatches hour h for `demand_W` delivered heat; returns the plants' electricity use [W]. */
export function dispatchDistrictHeat(h: i32, demand_W: f64, efEl_g_Wh: f64): f64 {
  const loss_W = demand_W > 0 ? f(globalParams, GP_DH_LOSS_SHARE) * demand_W + f(globalParams, GP_DH_FIXED_LOSS_W) : 0;
  let remaining = demand_W + loss_W;
  const wasteAvailable = f(wasteHeatAvailable_W, h);
  let wasteUsed: f64 = 0;
  let electric: f64 = 0;
  let co2: f64 = 0;
  const outRow = plantOut_W + ((<usize>h * <usize>plantCount) << 3);
  for (let p = 0; p < plantCount; p++) {
    const plant = plants + ((<usize>(p * P_STRIDE)) << 3);
    const kind = f(plant, P_KIND);
    let available = f(plant, P_CAPACITY_W);
    if (kind === PLANT_WASTE) available = Math.min(available, Math.max(wasteAvailable - wasteUsed, 0));
    const output = Math.min(remaining, available);
    remaining -= output;
    const input = output / f(plant, P_EFFICIENCY);
    if (kind === PLANT_HEAT_PUMP || kind === PLANT_ELECTRIC_BOILER) {
      electric += input;
      co2 += input * efEl_g_Wh;
    } else {
      co2 += (input * f(plant, P_EF_G_KWH)) / 1000;
    }
    if (kind === PLANT_WASTE) wasteUsed += output;
    store<f64>(outRow + ((<usize>p) << 3), output);
  }
  const row = dhSeries + ((<usize>(h * D_STRIDE)) << 3);
  store<f64>(row + ((<usize>D_DEMAND) << 3), demand_W);
  store<f64>(row + ((<usize>D_LOSS) << 3), loss_W);
  store<f64>(row + ((<usize>D_UNSERVED) << 3), remaining);
  store<f64>(row + ((<usize>D_ELECTRIC) << 3), electric);
  store<f64>(row + ((<usize>D_CO2_G) << 3), co2);
  store<f64>(row + ((<usize>D_WASTE_UNUSED) << 3), Math.max(wasteAvailable - wasteUsed, 0));
  return electric;
}
