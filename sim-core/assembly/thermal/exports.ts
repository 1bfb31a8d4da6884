// Public WASM exports of the thermal module (filled in by its issue).
export const THERMAL_MODULE_VERSION: i32 = 0;
