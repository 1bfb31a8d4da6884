// What the WASM supply core and its TypeScript reference share: the buffers a host reads and writes.
// Record layouts: see layout.ts (buildingOut: OUT_*, monthly/yearly: M_*, areaSeries: A_*, dhSeries: D_*).

export interface SupplyModel {
  readonly buildings: number;
  readonly areas: number;
  readonly plants: number;
  readonly hours: number;
  /** Hour the next step simulates. */
  readonly hour: number;
  /** Per-building inputs of the current hour [W]; write before step(). spaceCool_W ≤ 0. */
  readonly spaceHeat_W: Float64Array;
  readonly spaceCool_W: Float64Array;
  readonly dhw_W: Float64Array;
  readonly appliances_W: Float64Array;
  readonly pv_W: Float64Array;
  /** Battery state of charge [Wh] per building. */
  readonly soc_Wh: Float64Array;
  /** f64[buildings · OUT_STRIDE]: flows of the last step [W]. */
  readonly buildingOut: Float64Array;
  /**
   * [12 · buildings · M_STRIDE]: monthly energy [Wh] and emissions [g], complete after finalize(). The
   * WASM core stores them as f32 (summed in f64; the yearly totals stay f64), the reference as f64.
   */
  readonly monthly: Float32Array | Float64Array;
  /** f64[buildings · M_STRIDE]: yearly totals (after finalize()). */
  readonly yearly: Float64Array;
  /** f64[hours · areas · A_STRIDE]. */
  readonly areaSeries: Float64Array;
  readonly areaPeakImport_W: Float64Array;
  readonly areaPeakExport_W: Float64Array;
  readonly areaHoursOver: Float64Array;
  /** f64[hours · D_STRIDE]. */
  readonly dhSeries: Float64Array;
  /** f64[hours · plants]: heat output of each plant [W]. */
  readonly plantOut_W: Float64Array;
  /** Simulates the current hour; returns the next hour. Throws past the last hour. */
  step(): number;
  /** District-heat emissions per building and yearly totals; call after the last step. */
  finalize(): void;
  /** Zeroes results and battery state; clock to hour 0. */
  reset(): void;
}
