// PV and window solar gains. Mirror: host/solar/reference/pv.ts.

/** Cell temperature by Faiman (2008) / IEC 61853-2: T_c = T_a + G/(U0 + U1·v) [°C]. */
export function faimanCellTemp_C(tAir_C: f64, poa_W_m2: f64, windSpeed_m_s: f64, u0_W_m2K: f64, u1_Ws_m3K: f64): f64 {
  return tAir_C + poa_W_m2 / (u0_W_m2K + u1_Ws_m3K * windSpeed_m_s);
}

/**
 * AC power per kWp: P_ac/kWp = (G/1000)·(1 + γ·(T_c − 25))·PR·1000 [W per kWp]
 * (PVWatts-style linear temperature derating, γ ≈ −0.004/K; never negative).
 */
export function pvPower_W_per_kWp(poa_W_m2: f64, cellTemp_C: f64, gamma_1_K: f64, performanceRatio: f64): f64 {
  const p = poa_W_m2 * (1.0 + gamma_1_K * (cellTemp_C - 25.0)) * performanceRatio;
  return Math.max(p, 0.0);
}

/**
 * Solar heat gain through a window, ISO 13790:2008 §11.3.3 eq. (43)-(44) without the sky-radiation
 * term: Φ_sol = F_sh,ob · g_gl · (1 − F_F) · A_w · I_sol [W]. `g` is the (time-averaged) total solar
 * energy transmittance, eq. (45) g_gl = F_w · g_gl,n with F_w ≈ 0.9 if only g_n is known.
 */
export function windowSolarGain_W(
  g: f64,
  frameFraction: f64,
  shadingFactor: f64,
  windowArea_m2: f64,
  planeIrradiance_W_m2: f64,
): f64 {
  return g * (1.0 - frameFraction) * shadingFactor * windowArea_m2 * planeIrradiance_W_m2;
}
