// The WASM core's public surface: init/step and buffer accessors, each with a one-line contract
// in its own module. Hosts use sim-core/index.ts, never these exports directly.
export * from "./heatloss";
export * from "./solar/exports";
export * from "./thermal/exports";
export * from "./supply/exports";
export * from "./materials/exports";
export * from "./model/exports";
