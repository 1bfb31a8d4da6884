// One zone-hour of the 5R1C model for validation and single-building checks. The host writes the
// zone and the hour into a static buffer (outside the heap, so no init of any module disturbs it),
// calls thermalSolveZoneHour and reads the results back.
import { rc5Air_C, rc5MassEnd_C, rc5Surface_C, setRc5Zone, solveRc5 } from "./rc5";
import * as P from "./zoneLayout";

export const ZH_T_OUT: i32 = 15;
export const ZH_INTERNAL_GAINS: i32 = 16;
export const ZH_SOLAR_GAINS: i32 = 17;
export const ZH_T_MASS_PREV: i32 = 18;
export const ZH_HEATING: i32 = 20;
export const ZH_COOLING: i32 = 21;
export const ZH_T_AIR: i32 = 22;
export const ZH_T_SURFACE: i32 = 23;
export const ZH_T_MASS_END: i32 = 24;
const ZH_SLOTS: i32 = 32;

const io: usize = memory.data(ZH_SLOTS << 3, 16);

function slot(k: i32): f64 {
  return load<f64>(io + ((<usize>k) << 3));
}
function setSlot(k: i32, v: f64): void {
  store<f64>(io + ((<usize>k) << 3), v);
}

/** f64[32]: zone parameters at 0–14 (zoneLayout order), hour at 15–18, results at 20–24. */
export function thermalZoneHourBufPtr(): usize {
  return io;
}

/**
 * Solves the zone-hour in the buffer: free-floating if the air stays within the setpoints, else the
 * power from the 10 W/m² trial (C.13), clipped to capacity, with temperatures recomputed.
 */
export function thermalSolveZoneHour(): void {
  setRc5Zone(
    slot(P.P_FLOOR_AREA),
    slot(P.P_VOLUME),
    slot(P.P_WINDOW_AREA),
    slot(P.P_OPAQUE_AREA),
    slot(P.P_INTERNAL_SURFACE_AREA),
    slot(P.P_U_WINDOW),
    slot(P.P_U_OPAQUE),
    slot(P.P_ACH_VENT),
    slot(P.P_ACH_INFILTRATION),
    slot(P.P_HEAT_RECOVERY),
    slot(P.P_CAPACITANCE),
  );
  const tMassPrev_C = slot(ZH_T_MASS_PREV);
  const tOut_C = slot(ZH_T_OUT);
  const internal_W = slot(ZH_INTERNAL_GAINS);
  const solar_W = slot(ZH_SOLAR_GAINS);
  const setHeat_C = slot(P.P_SETPOINT_HEATING);
  const setCool_C = slot(P.P_SETPOINT_COOLING);

  solveRc5(tMassPrev_C, tOut_C, internal_W, solar_W, 0.0);
  const air0_C = rc5Air_C();
  let hc_W: f64 = 0.0;
  if (air0_C < setHeat_C || air0_C > setCool_C) {
    const set_C = air0_C < setHeat_C ? setHeat_C : setCool_C;
    const trial_W = 10.0 * slot(P.P_FLOOR_AREA);
    solveRc5(tMassPrev_C, tOut_C, internal_W, solar_W, trial_W);
    const air10_C = rc5Air_C();
    const unlimited_W = (trial_W * (set_C - air0_C)) / (air10_C - air0_C); // C.13
    hc_W = Math.min(Math.max(unlimited_W, slot(P.P_MAX_COOLING)), slot(P.P_MAX_HEATING));
  }
  solveRc5(tMassPrev_C, tOut_C, internal_W, solar_W, hc_W);
  setSlot(ZH_HEATING, hc_W > 0.0 ? hc_W : 0.0);
  setSlot(ZH_COOLING, hc_W < 0.0 ? hc_W : 0.0);
  setSlot(ZH_T_AIR, rc5Air_C());
  setSlot(ZH_T_SURFACE, rc5Surface_C());
  setSlot(ZH_T_MASS_END, rc5MassEnd_C());
}
