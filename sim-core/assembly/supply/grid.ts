// Grid areas: after the buildings, add area-level EV fleets and district-heat plant electricity,
// then emissions and the capacity statistics of the hour.
// Area balance: import − export = Σ_buildings (import − export) + areaEv + dhElectric.
import { A_CO2_G, A_DH_ELECTRIC, A_EV, A_EXPORT, A_IMPORT, A_STRIDE, EV_UNCONTROLLED } from "./layout";
import {
  areaCapacity_W,
  areaCount,
  areaEvDaily_Wh,
  areaEvMode,
  areaHoursOver,
  areaPeakExport_W,
  areaPeakImport_W,
} from "./state";

function at(rec: usize, k: i32): usize {
  return rec + ((<usize>k) << 3);
}

export function finishAreas(
  areaRow: usize,
  dhArea: i32,
  dhElectric_W: f64,
  efEl_g_Wh: f64,
  evShareUncontrolled: f64,
  evShareSmart: f64,
): void {
  for (let a = 0; a < areaCount; a++) {
    const rec = areaRow + ((<usize>(a * A_STRIDE)) << 3);
    const o8 = (<usize>a) << 3;
    const ev =
      load<f64>(areaEvDaily_Wh + o8) *
      (load<i32>(areaEvMode + ((<usize>a) << 2)) === EV_UNCONTROLLED ? evShareUncontrolled : evShareSmart);
    const dhElectric = a === dhArea ? dhElectric_W : 0.0;
    // The area's own loads are netted against its buildings' export before import/export are split.
    const net = load<f64>(at(rec, A_IMPORT)) - load<f64>(at(rec, A_EXPORT)) + ev + dhElectric;
    const imported = Math.max(net, 0);
    const exported = Math.max(-net, 0);
    store<f64>(at(rec, A_IMPORT), imported);
    store<f64>(at(rec, A_EXPORT), exported);
    store<f64>(at(rec, A_EV), ev);
    store<f64>(at(rec, A_DH_ELECTRIC), dhElectric);
    store<f64>(at(rec, A_CO2_G), imported * efEl_g_Wh);
    if (net > load<f64>(areaPeakImport_W + o8)) store<f64>(areaPeakImport_W + o8, net);
    if (-net > load<f64>(areaPeakExport_W + o8)) store<f64>(areaPeakExport_W + o8, -net);
    if (net > load<f64>(areaCapacity_W + o8)) store<f64>(areaHoursOver + o8, load<f64>(areaHoursOver + o8) + 1);
  }
}
