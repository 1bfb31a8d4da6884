// Plain-TypeScript reference of the 5R1C kernel: ISO 13790:2008 Annex C, the straightforward scalar
// algorithm, one building at a time, with the literal 10 W/m² trial of C.13. The WASM kernel (closed
// form, precomputed coefficients) must agree with it to 1e-9; see tests/unit/thermal-kernel.test.ts.
import type { ThermalHour, ThermalHourResult, ThermalZone } from "./zone.ts";

/** Conductances [W/K], capacity [J/K] and gain split of a zone, per the conventions of issue 3. */
export interface Rc5Network {
  hVe_W_K: number;
  hTrIs_W_K: number;
  hTrMs_W_K: number;
  hTrW_W_K: number;
  hTrEm_W_K: number;
  cM_J_K: number;
  hTr1_W_K: number;
  hTr2_W_K: number;
  hTr3_W_K: number;
  /** H_tr,1/H_ve, finite when H_ve = 0 */
  air1Share: number;
  /** H_tr,3/H_tr,2, finite when H_tr,2 = 0 */
  mass3Share: number;
  /** A_m/A_t */
  massGainShare: number;
  /** 1 − A_m/A_t − H_tr,w/(9.1·A_t) */
  surfaceGainShare: number;
}

export function rc5Network(z: ThermalZone): Rc5Network {
  const massArea_m2 = 2.5 * z.floorArea_m2;
  const hTrIs_W_K = 3.45 * z.internalSurfaceArea_m2;
  const hTrMs_W_K = 9.1 * massArea_m2;
  const hTrW_W_K = z.uWindow_W_m2K * z.windowArea_m2;
  const hTrEm_W_K = z.uOpaque_W_m2K * z.opaqueArea_m2;
  // 1200·V/3600·ach_tot·(1 − η·ach_vent/ach_tot) without dividing by ach_tot (which may be 0)
  const hVe_W_K =
    ((1200 * z.volume_m3) / 3600) * (z.achInfiltration_1_h + (1 - z.heatRecoveryEfficiency) * z.achVent_1_h);
  const hTr1_W_K = (hVe_W_K * hTrIs_W_K) / (hVe_W_K + hTrIs_W_K); // C.6
  const hTr2_W_K = hTr1_W_K + hTrW_W_K; // C.7
  const hTr3_W_K = (hTr2_W_K * hTrMs_W_K) / (hTr2_W_K + hTrMs_W_K); // C.8
  const massGainShare = massArea_m2 / z.internalSurfaceArea_m2;
  return {
    hVe_W_K,
    hTrIs_W_K,
    hTrMs_W_K,
    hTrW_W_K,
    hTrEm_W_K,
    cM_J_K: z.capacitance_J_m2K * z.floorArea_m2,
    hTr1_W_K,
    hTr2_W_K,
    hTr3_W_K,
    air1Share: hTrIs_W_K / (hVe_W_K + hTrIs_W_K),
    mass3Share: hTrMs_W_K / (hTr2_W_K + hTrMs_W_K),
    massGainShare,
    surfaceGainShare: 1 - massGainShare - hTrW_W_K / (9.1 * z.internalSurfaceArea_m2),
  };
}

/** Node temperatures of one hour for a given heating (+)/cooling (−) power at the air node. */
export interface Rc5Temperatures {
  tAir_C: number;
  tSurface_C: number;
  tMassEnd_C: number;
}

export function solveRc5(
  net: Rc5Network,
  tMassPrev_C: number,
  tOut_C: number,
  internalGains_W: number,
  solarGains_W: number,
  hc_W: number,
  out: Rc5Temperatures,
): void {
  const tSupply_C = tOut_C;
  const radiant_W = 0.5 * internalGains_W + solarGains_W;
  const phiIa_W = 0.5 * internalGains_W; // C.1
  const phiM_W = net.massGainShare * radiant_W; // C.2
  const phiSt_W = net.surfaceGainShare * radiant_W; // C.3
  const airPower_W = phiIa_W + hc_W;
  const airPath_W = net.air1Share * airPower_W + net.hTr1_W_K * tSupply_C; // H_tr,1·((Φ_ia+Φ_HC)/H_ve + θ_sup)
  const phiMtot_W = phiM_W + net.hTrEm_W_K * tOut_C + net.mass3Share * (phiSt_W + net.hTrW_W_K * tOut_C + airPath_W); // C.5
  const cM_W_K = net.cM_J_K / 3600;
  const halfH_W_K = 0.5 * (net.hTr3_W_K + net.hTrEm_W_K);
  const tMassEnd_C = (tMassPrev_C * (cM_W_K - halfH_W_K) + phiMtot_W) / (cM_W_K + halfH_W_K); // C.4
  const tMass_C = 0.5 * (tMassEnd_C + tMassPrev_C); // C.9
  const tSurface_C =
    (net.hTrMs_W_K * tMass_C + phiSt_W + net.hTrW_W_K * tOut_C + airPath_W) /
    (net.hTrMs_W_K + net.hTrW_W_K + net.hTr1_W_K); // C.10
  out.tAir_C = (net.hTrIs_W_K * tSurface_C + net.hVe_W_K * tSupply_C + airPower_W) / (net.hTrIs_W_K + net.hVe_W_K); // C.11
  out.tSurface_C = tSurface_C;
  out.tMassEnd_C = tMassEnd_C;
}

/**
 * Heating/cooling power of one hour: none if the free-floating air stays within the setpoints, else
 * the 10 W/m² trial (C.13), clipped to capacity; `out` holds the temperatures for that power.
 */
export function demandRc5(
  zone: ThermalZone,
  net: Rc5Network,
  tMassPrev_C: number,
  tOut_C: number,
  internalGains_W: number,
  solarGains_W: number,
  out: Rc5Temperatures,
): number {
  solveRc5(net, tMassPrev_C, tOut_C, internalGains_W, solarGains_W, 0, out);
  const air0_C = out.tAir_C;
  let hc_W = 0;
  if (air0_C < zone.setpointHeating_C || air0_C > zone.setpointCooling_C) {
    const set_C = air0_C < zone.setpointHeating_C ? zone.setpointHeating_C : zone.setpointCooling_C;
    const trial_W = 10 * zone.floorArea_m2;
    solveRc5(net, tMassPrev_C, tOut_C, internalGains_W, solarGains_W, trial_W, out);
    const unlimited_W = (trial_W * (set_C - air0_C)) / (out.tAir_C - air0_C); // C.13
    hc_W = Math.min(Math.max(unlimited_W, zone.maxCooling_W), zone.maxHeating_W);
  }
  solveRc5(net, tMassPrev_C, tOut_C, internalGains_W, solarGains_W, hc_W, out);
  return hc_W;
}

/** One zone-hour in TypeScript (same contract as ThermalCore.solveZoneHour, without validation). */
export function referenceZoneHour(zone: ThermalZone, hour: ThermalHour): ThermalHourResult {
  const t: Rc5Temperatures = { tAir_C: 0, tSurface_C: 0, tMassEnd_C: 0 };
  const hc_W = demandRc5(
    zone,
    rc5Network(zone),
    hour.tMassPrev_C,
    hour.tOut_C,
    hour.internalGains_W,
    hour.solarGains_W,
    t,
  );
  return { heating_W: Math.max(hc_W, 0), cooling_W: Math.min(hc_W, 0), ...t };
}

/** Hourly series of one building, each of length `hours`. */
export interface ReferenceSeries {
  heating_W: Float64Array;
  cooling_W: Float64Array;
  tAir_C: Float64Array;
  tMass_C: Float64Array;
}

/**
 * Simulates one building over consecutive hours (gains and outdoor temperature per hour) starting
 * from mass temperature tMass0_C; writes into `out` from index `offset` (allocation-free per hour).
 */
export function referenceBuildingHours(
  zone: ThermalZone,
  tOut_C: ArrayLike<number>,
  internalGains_W: ArrayLike<number>,
  solarGains_W: ArrayLike<number>,
  tMass0_C: number,
  out: ReferenceSeries,
): void {
  const net = rc5Network(zone);
  const t: Rc5Temperatures = { tAir_C: 0, tSurface_C: 0, tMassEnd_C: 0 };
  let tMass_C = tMass0_C;
  for (let h = 0; h < tOut_C.length; h++) {
    const hc_W = demandRc5(zone, net, tMass_C, tOut_C[h], internalGains_W[h], solarGains_W[h], t);
    out.heating_W[h] = Math.max(hc_W, 0);
    out.cooling_W[h] = Math.min(hc_W, 0);
    out.tAir_C[h] = t.tAir_C;
    out.tMass_C[h] = t.tMassEnd_C;
    tMass_C = t.tMassEnd_C;
  }
}
