import type { PvParameters } from "./reference/kernel.ts";

/**
 * Default PV parameters. γ = −0.004/K (crystalline Si, as PVWatts v5 "standard" module −0.47 %/K
 * rounded to the brief's value); PR = (1 − 0.1408)·0.96 = 0.8248: PVWatts v5 default system losses
 * 14.08 % (Dobos 2014, NREL/TP-6A20-62641, Table 3) times its nominal inverter efficiency 96 %;
 * Faiman U0 = 25 W/m²K, U1 = 6.84 W·s/m³K (pvlib temperature.faiman defaults, from IEC 61853-2).
 */
export const DEFAULT_PV: PvParameters = Object.freeze({
  gamma_1_K: -0.004,
  performanceRatio: (1 - 0.1408) * 0.96,
  faimanU0_W_m2K: 25,
  faimanU1_Ws_m3K: 6.84,
});
