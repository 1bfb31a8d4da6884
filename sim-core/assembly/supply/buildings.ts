// One hour of every building's supply: heat and DHW by system, cooling, appliances, EV charging,
// battery and the electricity exchanged with the grid. Allocation-free, a handful of flops per building.
// Building energy balance (each hour, W = Wh per hour):
//   electricity: import + pv = elSpace + elDhw + elCool + appliances + ev + export + ΔSOC + batteryLoss
//   heat:        elSpace + elDhw + ambient + districtHeat + bioFuel − bioLoss = spaceHeat + dhw
import {
  A_EXPORT,
  A_IMPORT,
  A_STRIDE,
  BAT_PEAK_SHAVING,
  EV_UNCONTROLLED,
  M_BAT_LOSS,
  M_CO2_EL_G,
  M_COOLING,
  M_DHW,
  M_EL_APPLIANCES,
  M_EL_COOL,
  M_EL_DHW,
  M_EL_SPACE,
  M_EXPORT,
  M_IMPORT,
  M_PRIMARY_HEAT,
  M_PV,
  M_SPACE_HEAT,
  M_STRIDE,
  OUT_AMBIENT,
  OUT_BAT_CHARGE,
  OUT_BAT_DISCHARGE,
  OUT_BAT_LOSS,
  OUT_BIO_FUEL,
  OUT_BIO_LOSS,
  OUT_CO2_G,
  OUT_DISTRICT_HEAT,
  OUT_EL_COOL,
  OUT_EL_DHW,
  OUT_EL_EV,
  OUT_EL_SPACE,
  OUT_EXPORT,
  OUT_IMPORT,
  OUT_STRIDE,
} from "./layout";
import {
  T_A_DHW,
  T_A_SPACE,
  T_BIO,
  T_BIO_LOSS,
  T_DH,
  T_DHW_ON,
  T_E_DHW,
  T_E_SPACE,
  T_ON,
  T_STRIDE,
  appliances_W,
  batCapacity_Wh,
  batEtaCharge,
  batEtaDischarge,
  batMode,
  batPower_W,
  batThreshold_W,
  buildingCount,
  buildingOut,
  detail,
  dhw_W,
  evDaily_Wh,
  evMode,
  gridArea,
  monthly,
  primaryCapacity_W,
  pv_W,
  soc_Wh,
  spaceCool_W,
  spaceHeat_W,
  system,
  typeTable,
} from "./state";

function acc(rec: usize, q: i32, value: f64): void {
  const p = rec + ((<usize>q) << 3);
  store<f64>(p, load<f64>(p) + value);
}
function out(rec: usize, k: i32, value: f64): void {
  store<f64>(rec + ((<usize>k) << 3), value);
}

/**
 * Steps every building for one hour; adds its grid exchange to the area row `areaRow`
 * (f64[areas · A_STRIDE]) and returns the district heat delivered to buildings [W].
 */
export function stepBuildings(
  month: i32,
  areaRow: usize,
  efEl_g_Wh: f64,
  efBio_g_Wh: f64,
  elPerCool: f64,
  evShareUncontrolled: f64,
  evShareSmart: f64,
): f64 {
  const n = buildingCount;
  const monthBase = monthly + ((<usize>month * <usize>n * <usize>M_STRIDE) << 3);
  let districtHeat_W: f64 = 0;
  for (let i = 0; i < n; i++) {
    const o8 = (<usize>i) << 3;
    const o4 = (<usize>i) << 2;
    const t = typeTable + ((<usize>(load<i32>(system + o4) * T_STRIDE)) << 3);
    const qSpace = load<f64>(spaceHeat_W + o8);
    const qCool = load<f64>(spaceCool_W + o8);
    const qDhw = load<f64>(dhw_W + o8);
    const appliances = load<f64>(appliances_W + o8);
    const pv = load<f64>(pv_W + o8);

    // Heat: the primary unit first covers space heat, then DHW, within its capacity; the rest is electric.
    const capacity = load<f64>(t, T_ON << 3) > 0 ? load<f64>(primaryCapacity_W + o8) : 0.0;
    const primSpace = Math.min(qSpace, capacity);
    const primDhw = Math.min(qDhw, capacity - primSpace) * load<f64>(t, T_DHW_ON << 3);
    const prim = primSpace + primDhw;
    const elSpace = primSpace * load<f64>(t, T_E_SPACE << 3) + (qSpace - primSpace);
    const elDhw = primDhw * load<f64>(t, T_E_DHW << 3) + (qDhw - primDhw);
    const ambient = primSpace * load<f64>(t, T_A_SPACE << 3) + primDhw * load<f64>(t, T_A_DHW << 3);
    const districtHeat = prim * load<f64>(t, T_DH << 3);
    const bioFuel = prim * load<f64>(t, T_BIO << 3);
    const bioLoss = prim * load<f64>(t, T_BIO_LOSS << 3);
    const elCool = -qCool * elPerCool;
    const ev =
      load<f64>(evDaily_Wh + o8) * (load<i32>(evMode + o4) === EV_UNCONTROLLED ? evShareUncontrolled : evShareSmart);
    const net = elSpace + elDhw + elCool + appliances + ev - pv;

    // Battery: toward net = 0 (self-consumption) or net = threshold (peak shaving), SOC kept in [0, capacity].
    let charge: f64 = 0;
    let discharge: f64 = 0;
    let batLoss: f64 = 0;
    const batCap = load<f64>(batCapacity_Wh + o8);
    if (batCap > 0) {
      const soc = load<f64>(soc_Wh + o8);
      const power = load<f64>(batPower_W + o8);
      const etaC = load<f64>(batEtaCharge + o8);
      const etaD = load<f64>(batEtaDischarge + o8);
      const target = load<i32>(batMode + o4) === BAT_PEAK_SHAVING ? load<f64>(batThreshold_W + o8) : 0.0;
      const gap = net - target;
      if (gap < 0) charge = Math.max(0, Math.min(Math.min(-gap, power), (batCap - soc) / etaC));
      else discharge = Math.min(Math.min(gap, power), soc * etaD);
      const socNew = soc + charge * etaC - discharge / etaD;
      store<f64>(soc_Wh + o8, Math.min(Math.max(socNew, 0), batCap));
      batLoss = charge * (1 - etaC) + discharge * (1 / etaD - 1);
    }
    const grid = net + charge - discharge;
    const imported = Math.max(grid, 0);
    const exported = Math.max(-grid, 0);
    const co2El = imported * efEl_g_Wh;
    const co2Bio = bioFuel * efBio_g_Wh;

    const area = areaRow + ((<usize>(load<i32>(gridArea + o4) * A_STRIDE)) << 3);
    acc(area, A_IMPORT, imported);
    acc(area, A_EXPORT, exported);
    districtHeat_W += districtHeat;

    if (detail) {
      const rec = buildingOut + ((<usize>i * <usize>OUT_STRIDE) << 3);
      out(rec, OUT_EL_SPACE, elSpace);
      out(rec, OUT_EL_DHW, elDhw);
      out(rec, OUT_EL_COOL, elCool);
      out(rec, OUT_EL_EV, ev);
      out(rec, OUT_IMPORT, imported);
      out(rec, OUT_EXPORT, exported);
      out(rec, OUT_BAT_CHARGE, charge);
      out(rec, OUT_BAT_DISCHARGE, discharge);
      out(rec, OUT_DISTRICT_HEAT, districtHeat);
      out(rec, OUT_BIO_FUEL, bioFuel);
      out(rec, OUT_AMBIENT, ambient);
      out(rec, OUT_BIO_LOSS, bioLoss);
      out(rec, OUT_BAT_LOSS, batLoss);
      out(rec, OUT_CO2_G, co2El + co2Bio);
    }

    const m = monthBase + ((<usize>i * <usize>M_STRIDE) << 3);
    acc(m, M_SPACE_HEAT, qSpace);
    acc(m, M_DHW, qDhw);
    acc(m, M_COOLING, -qCool);
    acc(m, M_EL_SPACE, elSpace);
    acc(m, M_EL_DHW, elDhw);
    acc(m, M_EL_COOL, elCool);
    acc(m, M_EL_APPLIANCES, appliances);
    acc(m, M_PV, pv);
    acc(m, M_IMPORT, imported);
    acc(m, M_EXPORT, exported);
    acc(m, M_PRIMARY_HEAT, prim);
    acc(m, M_BAT_LOSS, batLoss);
    acc(m, M_CO2_EL_G, co2El);
  }
  return districtHeat_W;
}
