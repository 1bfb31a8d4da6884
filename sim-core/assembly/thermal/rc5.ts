// ISO 13790:2008 Annex C, simple hourly method, 5R1C network, with the conventions of issue 3 so
// that an independent implementation gives the same numbers:
//   A_m = 2.5·A_f, C_m = κ·A_f, H_tr,is = 3.45·A_t, H_tr,ms = 9.1·A_m, H_tr,w = U_w·A_w,
//   H_tr,em = U_op·A_op (no opaque/mass split correction),
//   H_ve = 1200·V·ach_tot/3600·(1 − η·ach_vent/ach_tot), supply air at outdoor temperature.
// Time step 3600 s. The zone's conductances live in module globals (set once per zone by
// setRc5Zone) so that solving an hour allocates nothing.

let hVe_W_K: f64 = 0;
let hTrIs_W_K: f64 = 0;
let hTrMs_W_K: f64 = 0;
let hTrW_W_K: f64 = 0;
let hTrEm_W_K: f64 = 0;
let cM_J_K: f64 = 0;
let hTr1_W_K: f64 = 0;
let hTr2_W_K: f64 = 0;
let hTr3_W_K: f64 = 0;
let air1Share: f64 = 0; // H_tr,1/H_ve = H_tr,is/(H_ve + H_tr,is), finite even when H_ve = 0
let mass3Share: f64 = 0; // H_tr,3/H_tr,2 = H_tr,ms/(H_tr,2 + H_tr,ms), finite even when H_tr,2 = 0
let massGainShare: f64 = 0; // A_m/A_t
let surfaceGainShare: f64 = 0; // 1 − A_m/A_t − H_tr,w/(9.1·A_t)

let air_C: f64 = 0;
let surface_C: f64 = 0;
let massEnd_C: f64 = 0;

const STEP_S: f64 = 3600.0;

/** Derives the zone's conductances and gain split from its parameters (host-validated). */
export function setRc5Zone(
  floorArea_m2: f64,
  volume_m3: f64,
  windowArea_m2: f64,
  opaqueArea_m2: f64,
  internalSurfaceArea_m2: f64,
  uWindow_W_m2K: f64,
  uOpaque_W_m2K: f64,
  achVent_1_h: f64,
  achInfiltration_1_h: f64,
  heatRecoveryEfficiency: f64,
  capacitance_J_m2K: f64,
): void {
  const massArea_m2 = 2.5 * floorArea_m2;
  cM_J_K = capacitance_J_m2K * floorArea_m2;
  hTrIs_W_K = 3.45 * internalSurfaceArea_m2;
  hTrMs_W_K = 9.1 * massArea_m2;
  hTrW_W_K = uWindow_W_m2K * windowArea_m2;
  hTrEm_W_K = uOpaque_W_m2K * opaqueArea_m2;
  // 1200·V/3600·ach_tot·(1 − η·ach_vent/ach_tot) written without dividing by ach_tot (may be 0)
  hVe_W_K = ((1200.0 * volume_m3) / 3600.0) * (achInfiltration_1_h + (1.0 - heatRecoveryEfficiency) * achVent_1_h);
  hTr1_W_K = (hVe_W_K * hTrIs_W_K) / (hVe_W_K + hTrIs_W_K); // C.6
  air1Share = hTrIs_W_K / (hVe_W_K + hTrIs_W_K);
  hTr2_W_K = hTr1_W_K + hTrW_W_K; // C.7
  hTr3_W_K = (hTr2_W_K * hTrMs_W_K) / (hTr2_W_K + hTrMs_W_K); // C.8
  mass3Share = hTrMs_W_K / (hTr2_W_K + hTrMs_W_K);
  massGainShare = massArea_m2 / internalSurfaceArea_m2;
  surfaceGainShare = 1.0 - massGainShare - hTrW_W_K / (9.1 * internalSurfaceArea_m2);
}

/**
 * Solves one hour of the current zone for a given heating (+) / cooling (−) power at the air node;
 * results in rc5Air_C, rc5Surface_C, rc5MassEnd_C.
 */
export function solveRc5(tMassPrev_C: f64, tOut_C: f64, internalGains_W: f64, solarGains_W: f64, hc_W: f64): void {
  const tSupply_C = tOut_C;
  const radiant_W = 0.5 * internalGains_W + solarGains_W;
  const phiIa_W = 0.5 * internalGains_W; // C.1
  const phiM_W = massGainShare * radiant_W; // C.2
  const phiSt_W = surfaceGainShare * radiant_W; // C.3
  const airPower_W = phiIa_W + hc_W;
  // H_tr,1·((Φ_ia + Φ_HC)/H_ve + θ_sup) with H_tr,1/H_ve = air1Share
  const airPath_W = air1Share * airPower_W + hTr1_W_K * tSupply_C;
  const phiMtot_W = phiM_W + hTrEm_W_K * tOut_C + mass3Share * (phiSt_W + hTrW_W_K * tOut_C + airPath_W); // C.5
  const cM_W_K = cM_J_K / STEP_S;
  const halfH_W_K = 0.5 * (hTr3_W_K + hTrEm_W_K);
  massEnd_C = (tMassPrev_C * (cM_W_K - halfH_W_K) + phiMtot_W) / (cM_W_K + halfH_W_K); // C.4
  const mass_C = 0.5 * (massEnd_C + tMassPrev_C); // C.9
  surface_C = (hTrMs_W_K * mass_C + phiSt_W + hTrW_W_K * tOut_C + airPath_W) / (hTrMs_W_K + hTrW_W_K + hTr1_W_K); // C.10
  air_C = (hTrIs_W_K * surface_C + hVe_W_K * tSupply_C + airPower_W) / (hTrIs_W_K + hVe_W_K); // C.11
}

export function rc5Air_C(): f64 {
  return air_C;
}
export function rc5Surface_C(): f64 {
  return surface_C;
}
export function rc5MassEnd_C(): f64 {
  return massEnd_C;
}
