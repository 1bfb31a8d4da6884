// Public WASM exports of the supply module (filled in by its issue).
export const SUPPLY_MODULE_VERSION: i32 = 0;
