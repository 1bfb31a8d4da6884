// Public WASM exports of the materials module (filled in by its issue).
export const MATERIALS_MODULE_VERSION: i32 = 0;
