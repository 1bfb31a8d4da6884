// The plain-TypeScript reference of the solar kernel (mirror of sim-core/assembly/solar/).
export * from "./irradiance.ts";
export * from "./kernel.ts";
export * from "./pv.ts";
export * from "./sunPosition.ts";
