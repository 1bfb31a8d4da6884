// Heat-pump coefficient of performance as a fraction of the Carnot limit.

const KELVIN: f64 = 273.15;

/**
 * COP = η_C · T_sink / (T_sink − T_source), temperatures in kelvin; the lift is floored at
 * minLift_K (the Carnot limit diverges as the lift vanishes) and the result capped at copMax.
 */
export function carnotCop(etaCarnot: f64, sink_C: f64, source_C: f64, minLift_K: f64, copMax: f64): f64 {
  const sink_K = sink_C + KELVIN;
  const lift_K = Math.max(sink_C - source_C, minLift_K);
  return Math.min((etaCarnot * sink_K) / lift_K, copMax);
}

/** Cooling COP (EER) = η_C · T_evap / (T_cond − T_evap), lift floored and result capped as above. */
export function carnotCoolingCop(etaCarnot: f64, evap_C: f64, cond_C: f64, minLift_K: f64, copMax: f64): f64 {
  const lift_K = Math.max(cond_C - evap_C, minLift_K);
  return Math.min((etaCarnot * (evap_C + KELVIN)) / lift_K, copMax);
}
