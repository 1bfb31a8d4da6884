// Per-hour constants of each system type: COP depends only on temperatures, so it is computed once
// per hour per type here, never per building.
import { carnotCop, carnotCoolingCop } from "./cop";
import {
  GP_COOL_COND_OFFSET_K,
  GP_COOL_COP_MAX,
  GP_COOL_ETA,
  GP_COOL_EVAP_C,
  GP_GROUND_C,
  GP_MIN_LIFT_K,
  KIND_BOILER,
  KIND_DISTRICT,
  KIND_HEAT_PUMP,
  SP_COP_MAX,
  SP_CUTOFF_C,
  SP_DHW_ON_SYSTEM,
  SP_EFFICIENCY,
  SP_ETA_CARNOT,
  SP_KIND,
  SP_SINK_DHW_C,
  SP_SINK_SPACE_C,
  SP_SOURCE_GROUND,
  SP_STRIDE,
  SYS_COUNT,
} from "./layout";
import { T_A_DHW, T_A_SPACE, T_BIO, T_BIO_LOSS, T_DH, T_DHW_ON, T_E_DHW, T_E_SPACE, T_ON, T_STRIDE } from "./state";

function param(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}
function put(base: usize, index: i32, value: f64): void {
  store<f64>(base + ((<usize>index) << 3), value);
}

/** Fills the type table for outdoor temperature tOut_C. */
export function fillTypeTable(table: usize, systemParams: usize, globalParams: usize, tOut_C: f64): void {
  const ground_C = param(globalParams, GP_GROUND_C);
  const minLift_K = param(globalParams, GP_MIN_LIFT_K);
  for (let s = 0; s < SYS_COUNT; s++) {
    const p = systemParams + ((<usize>(s * SP_STRIDE)) << 3);
    const t = table + ((<usize>(s * T_STRIDE)) << 3);
    const kind = param(p, SP_KIND);
    let eSpace: f64 = 1;
    let eDhw: f64 = 1;
    let aSpace: f64 = 0;
    let aDhw: f64 = 0;
    let dh: f64 = 0;
    let bio: f64 = 0;
    let bioLoss: f64 = 0;
    let on: f64 = 1;
    if (kind === KIND_HEAT_PUMP) {
      const source_C = param(p, SP_SOURCE_GROUND) > 0 ? ground_C : tOut_C;
      const eta = param(p, SP_ETA_CARNOT);
      const copMax = param(p, SP_COP_MAX);
      eSpace = 1 / carnotCop(eta, param(p, SP_SINK_SPACE_C), source_C, minLift_K, copMax);
      eDhw = 1 / carnotCop(eta, param(p, SP_SINK_DHW_C), source_C, minLift_K, copMax);
      aSpace = 1 - eSpace;
      aDhw = 1 - eDhw;
      on = tOut_C >= param(p, SP_CUTOFF_C) ? 1 : 0;
    } else if (kind === KIND_DISTRICT) {
      eSpace = 0;
      eDhw = 0;
      dh = 1;
    } else if (kind === KIND_BOILER) {
      eSpace = 0;
      eDhw = 0;
      bio = 1 / param(p, SP_EFFICIENCY);
      bioLoss = bio - 1;
    }
    put(t, T_ON, on);
    put(t, T_E_SPACE, eSpace);
    put(t, T_E_DHW, eDhw);
    put(t, T_A_SPACE, aSpace);
    put(t, T_A_DHW, aDhw);
    put(t, T_DH, dh);
    put(t, T_BIO, bio);
    put(t, T_BIO_LOSS, bioLoss);
    put(t, T_DHW_ON, param(p, SP_DHW_ON_SYSTEM));
  }
}

/** Electricity per W of cooling this hour: 1/EER with the condenser offset above outdoor air. */
export function coolingElectricPerW(globalParams: usize, tOut_C: f64): f64 {
  const eer = carnotCoolingCop(
    param(globalParams, GP_COOL_ETA),
    param(globalParams, GP_COOL_EVAP_C),
    tOut_C + param(globalParams, GP_COOL_COND_OFFSET_K),
    param(globalParams, GP_MIN_LIFT_K),
    param(globalParams, GP_COOL_COP_MAX),
  );
  return 1 / eer;
}
