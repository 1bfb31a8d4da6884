// Public WASM exports of the solar module (filled in by its issue).
export const SOLAR_MODULE_VERSION: i32 = 0;
