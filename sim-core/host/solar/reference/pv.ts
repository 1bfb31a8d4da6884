// Plain-TypeScript mirror of sim-core/assembly/solar/pv.ts; see there for the equations and sources.

/** Faiman (2008) / IEC 61853-2 cell temperature [°C]. */
export function faimanCellTemp_C(
  tAir_C: number,
  poa_W_m2: number,
  windSpeed_m_s: number,
  u0_W_m2K: number,
  u1_Ws_m3K: number,
): number {
  return tAir_C + poa_W_m2 / (u0_W_m2K + u1_Ws_m3K * windSpeed_m_s);
}

/** P_ac per kWp = G·(1 + γ·(T_c − 25))·PR [W per kWp], never negative. */
export function pvPower_W_per_kWp(
  poa_W_m2: number,
  cellTemp_C: number,
  gamma_1_K: number,
  performanceRatio: number,
): number {
  const p = poa_W_m2 * (1 + gamma_1_K * (cellTemp_C - 25)) * performanceRatio;
  return Math.max(p, 0);
}

/** ISO 13790:2008 §11.3.3 eq. (43)-(44) without the sky-radiation term: Φ_sol = F_sh·g·(1 − F_F)·A_w·I [W]. */
export function windowSolarGain_W(
  g: number,
  frameFraction: number,
  shadingFactor: number,
  windowArea_m2: number,
  planeIrradiance_W_m2: number,
): number {
  return g * (1 - frameFraction) * shadingFactor * windowArea_m2 * planeIrradiance_W_m2;
}
